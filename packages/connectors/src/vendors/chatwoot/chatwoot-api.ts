/**
 * Calls to Chatwoot's Application API: account-scoped paths, the `api_access_token` header, failures
 * as `VendorHttpError` through the shared vendor-call helper.
 */
import type { BoundedFetch, ConnectorContext } from '../../vendor-adapter.js'
import { apiUrl, requiredOption, vendorJson } from '../http-failure.js'

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

/** One call under the configured account's root (`path` starts with `/`); the parsed JSON answer. */
export async function chatwootJson(context: ConnectorContext, method: 'GET' | 'POST', path: string, what: string, body?: unknown): Promise<unknown> {
  const token = requiredOption(context, 'token', 'chatwoot')
  const account = encodeURIComponent(requiredOption(context, 'accountId', 'chatwoot').trim())
  return vendorJson(
    withoutAuthorization(context.fetch),
    { method, url: apiUrl(context.baseUrl, `/api/v1/accounts/${account}${path}`), authorization: '', headers: { api_access_token: token }, ...(body === undefined ? {} : { body }) },
    what,
  )
}
