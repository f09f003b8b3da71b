/** How the Zendesk adapter reaches the Support API: the connector's credentials as HTTP Basic `email/token:token`. */
import type { ConnectorContext } from '../../vendor-adapter.js'
import { apiUrl, basicAuth, requiredOption, type VendorRequest } from '../http-failure.js'

/** A request to `path` under the connector's Zendesk, authenticated with its e-mail and API token. */
export function zendeskRequest(context: ConnectorContext, method: VendorRequest['method'], path: string, body?: unknown): VendorRequest {
  const authorization = basicAuth(`${requiredOption(context, 'email', 'zendesk')}/token`, requiredOption(context, 'token', 'zendesk'))
  return body === undefined ? { method, url: apiUrl(context.baseUrl, path), authorization } : { method, url: apiUrl(context.baseUrl, path), authorization, body }
}
