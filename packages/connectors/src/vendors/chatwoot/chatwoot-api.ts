/**
 * Calls to Chatwoot's Application API: account-scoped paths, the `api_access_token` header, failures
 * as `VendorHttpError` through the shared vendor-call helper.
 */
import { VendorHttpError } from '../../connector-errors.js'
import type { BoundedFetch, ConnectorContext } from '../../vendor-adapter.js'
import { vendorJson } from '../http-failure.js'

/**
 * The shared helper always sends `Authorization`; Chatwoot authenticates with `api_access_token`
 * instead, so the empty `Authorization` is taken out before the request leaves.
 */
function withoutAuthorization(fetch: BoundedFetch): BoundedFetch {
  return (url, init) => {
    const { authorization: _unused, ...headers } = init?.headers ?? {}
    return fetch(url, { ...init, headers })
  }
}

/** The Application API root of the configured account, e.g. `http://chatwoot.local/api/v1/accounts/3`. */
export function chatwootAccountUrl(context: ConnectorContext): string {
  const account = context.settings.accountId?.trim()
  if (!account) throw new VendorHttpError('Chatwoot: no account id is configured (accountId)', null, null, true)
  return `${context.baseUrl.replace(/\/+$/, '')}/api/v1/accounts/${encodeURIComponent(account)}`
}

/** One call under the account root (`path` starts with `/`); the parsed JSON answer. */
export async function chatwootJson(context: ConnectorContext, method: 'GET' | 'POST', path: string, what: string, body?: unknown): Promise<unknown> {
  const token = context.credentials.token ?? ''
  if (token === '') throw new VendorHttpError('Chatwoot: no API access token is configured (token)', null, null, true)
  return vendorJson(
    withoutAuthorization(context.fetch),
    { method, url: chatwootAccountUrl(context) + path, authorization: '', headers: { api_access_token: token }, ...(body === undefined ? {} : { body }) },
    what,
  )
}
