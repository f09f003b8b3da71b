/**
 * Intercom's webhook signature: `X-Hub-Signature: sha1=<hex>`, the HMAC-SHA1 of the raw body under the
 * app's client secret. The scheme has no timestamp, so a replay is stopped by the notification id dedupe.
 */
import { hmac, safeEqual } from '../../safe-equal.js'
import type { InboundRequest, SignatureCheck } from '../../vendor-adapter.js'

export const INTERCOM_SIGNATURE_HEADER = 'x-hub-signature'

/** The header value Intercom sends for `rawBody` under `clientSecret`. */
export function intercomSignature(clientSecret: string, rawBody: Uint8Array): string {
  return 'sha1=' + hmac('sha1', clientSecret, rawBody, 'hex')
}

/** Checks the request against every active secret (two during rotation). */
export function verifyIntercomSignature(request: InboundRequest, secrets: readonly string[]): SignatureCheck {
  const presented = request.headers[INTERCOM_SIGNATURE_HEADER]?.trim().toLowerCase()
  if (presented === undefined || presented === '') return { ok: false, code: 'UT_E_SIGNATURE_MISSING' }
  let matched = false
  for (const secret of secrets) if (secret !== '' && safeEqual(intercomSignature(secret, request.rawBody), presented)) matched = true
  return matched ? { ok: true } : { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
}
