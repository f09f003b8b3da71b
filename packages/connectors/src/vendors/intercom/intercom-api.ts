/** How the Intercom adapter reaches the REST API: a bearer token and a pinned API version, so answers keep the shape this adapter reads. */
import type { ConnectorContext } from '../../vendor-adapter.js'
import { apiUrl, bearerAuth, requiredOption, type VendorRequest } from '../http-failure.js'

/** The API version the adapter is written against. */
export const INTERCOM_API_VERSION = '2.11'

/** A request to `path` under the connector's Intercom host (`https://api.intercom.io` or a regional one). */
export function intercomRequest(context: ConnectorContext, method: VendorRequest['method'], path: string, body?: unknown): VendorRequest {
  const request = { method, url: apiUrl(context.baseUrl, path), authorization: bearerAuth(requiredOption(context, 'accessToken', 'intercom')), headers: { 'intercom-version': INTERCOM_API_VERSION } }
  return body === undefined ? request : { ...request, body }
}
