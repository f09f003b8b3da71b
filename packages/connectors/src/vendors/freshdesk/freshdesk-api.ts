/** How the Freshdesk adapter reaches the API v2: HTTP Basic with the API key as user name and `X` as password. */
import type { ConnectorContext } from '../../vendor-adapter.js'
import { apiUrl, basicAuth, requiredOption, type VendorRequest } from '../http-failure.js'

/** A request to `path` under the connector's Freshdesk, authenticated with its API key. */
export function freshdeskRequest(context: ConnectorContext, method: VendorRequest['method'], path: string, body?: unknown): VendorRequest {
  const authorization = basicAuth(requiredOption(context, 'apiKey', 'freshdesk'), 'X')
  return body === undefined ? { method, url: apiUrl(context.baseUrl, path), authorization } : { method, url: apiUrl(context.baseUrl, path), authorization, body }
}
