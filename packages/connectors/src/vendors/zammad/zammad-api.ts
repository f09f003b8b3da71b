/** Calls to Zammad's REST API: token auth (`Authorization: Token token=…`), failures as `VendorHttpError`. */
import { VendorHttpError } from '../../connector-errors.js'
import type { ConnectorContext } from '../../vendor-adapter.js'
import { vendorJson } from '../http-failure.js'

/** One call to `/api/v1` + `path`; the parsed JSON answer. */
export async function zammadJson(context: ConnectorContext, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, what: string, body?: unknown): Promise<unknown> {
  const token = context.credentials.token ?? ''
  if (token === '') throw new VendorHttpError('Zammad: no API token is configured (token)', null, null, true)
  const url = `${context.baseUrl.replace(/\/+$/, '')}/api/v1${path}`
  return vendorJson(context.fetch, { method, url, authorization: `Token token=${token}`, ...(body === undefined ? {} : { body }) }, what)
}

/** Zammad's ids are integers: sent as numbers where they look like one, as Zammad's own UI sends them. */
export function zammadIdValue(id: string): number | string {
  return /^\d{1,15}$/.test(id) ? Number(id) : id
}
