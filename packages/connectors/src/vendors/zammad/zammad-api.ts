/** Calls to Zammad's REST API: token auth (`Authorization: Token token=…`), failures as `VendorHttpError`. */
import type { ConnectorContext } from '../../vendor-adapter.js'
import { apiUrl, requiredOption, vendorJson } from '../http-failure.js'

/** One call to `/api/v1` + `path`; the parsed JSON answer. */
export async function zammadJson(context: ConnectorContext, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, what: string, body?: unknown): Promise<unknown> {
  const authorization = `Token token=${requiredOption(context, 'token', 'zammad')}`
  return vendorJson(context.fetch, { method, url: apiUrl(context.baseUrl, `/api/v1${path}`), authorization, ...(body === undefined ? {} : { body }) }, what)
}

/** Zammad's ids are integers: sent as numbers where they look like one, as Zammad's own UI sends them. */
export function zammadIdValue(id: string): number | string {
  return /^\d{1,15}$/.test(id) ? Number(id) : id
}
