/**
 * Zendesk's webhook signature: base64 HMAC-SHA256 of the timestamp header followed directly by the raw
 * body, under the webhook's signing secret. The timestamp must be within five minutes of now, which is
 * what keeps a captured request from being replayed later.
 */
import { hmac, safeEqual } from '../../safe-equal.js'
import type { InboundRequest, SignatureCheck } from '../../vendor-adapter.js'

/** How far the signed timestamp may be from the server's clock, either way. */
export const ZENDESK_TIMESTAMP_TOLERANCE_MS = 5 * 60 * 1000

export const ZENDESK_SIGNATURE_HEADER = 'x-zendesk-webhook-signature'
export const ZENDESK_TIMESTAMP_HEADER = 'x-zendesk-webhook-signature-timestamp'

/** The signature Zendesk sends for `rawBody` at `timestamp` under `secret`. */
export function zendeskSignature(secret: string, timestamp: string, rawBody: Uint8Array): string {
  return hmac('sha256', secret, Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]), 'base64')
}

/** Checks the request against every active secret (two during rotation); a good signature on a stale timestamp is refused as stale. */
export function verifyZendeskSignature(request: InboundRequest, secrets: readonly string[]): SignatureCheck {
  const signature = request.headers[ZENDESK_SIGNATURE_HEADER]?.trim()
  const timestamp = request.headers[ZENDESK_TIMESTAMP_HEADER]?.trim()
  if (signature === undefined || signature === '' || timestamp === undefined || timestamp === '') return { ok: false, code: 'UT_E_SIGNATURE_MISSING' }
  let matched = false
  // Every secret is tried, whichever matches, so the time taken does not say which one is current.
  for (const secret of secrets) if (secret !== '' && safeEqual(zendeskSignature(secret, timestamp, request.rawBody), signature)) matched = true
  if (!matched) return { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
  const at = Date.parse(timestamp)
  if (!Number.isFinite(at) || Math.abs(request.now - at) > ZENDESK_TIMESTAMP_TOLERANCE_MS) return { ok: false, code: 'UT_E_SIGNATURE_STALE' }
  return { ok: true }
}
