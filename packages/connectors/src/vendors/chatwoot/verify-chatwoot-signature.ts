/**
 * Checks a Chatwoot webhook's signature. Chatwoot builds that sign their webhooks send
 * `X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>` with
 * `X-Chatwoot-Timestamp` (unix seconds); the research marks the exact string "verify", and public
 * receivers agree on `timestamp.body`. Older self-hosted builds sign nothing and their webhook is a bare
 * URL, so for them the secret travels as a token in that URL, which the server hands over as
 * `CHATWOOT_TOKEN_HEADER` (an inbound request carries no URL).
 */
import { hmac, safeEqual } from '../../safe-equal.js'
import type { InboundRequest, SignatureCheck } from '../../vendor-adapter.js'

/** Where the server puts the `?token=` of the inbound URL for a Chatwoot build that does not sign. */
export const CHATWOOT_TOKEN_HEADER = 'x-undertone-webhook-token'

/** How far a signed timestamp may be from now, either way: a capture replayed later is refused. */
export const CHATWOOT_TOLERANCE_MS = 5 * 60_000

/** Constant-time check against every active secret (two during rotation). */
export function verifyChatwootSignature(request: InboundRequest, secrets: readonly string[]): SignatureCheck {
  const active = secrets.filter((secret) => secret !== '')
  const signature = request.headers['x-chatwoot-signature']?.trim()
  if (signature === undefined || signature === '') return verifyToken(request, active)
  const timestamp = request.headers['x-chatwoot-timestamp']?.trim()
  if (timestamp === undefined || timestamp === '') return { ok: false, code: 'UT_E_SIGNATURE_MISSING' }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
  if (Math.abs(request.now - Number(timestamp) * 1000) > CHATWOOT_TOLERANCE_MS) return { ok: false, code: 'UT_E_SIGNATURE_STALE' }
  const given = signature.toLowerCase().startsWith('sha256=') ? signature.toLowerCase() : `sha256=${signature.toLowerCase()}`
  const signed = Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), request.rawBody])
  // Every secret is tried, so the time taken does not tell which one (if any) matched.
  let matched = false
  for (const secret of active) matched = safeEqual(given, `sha256=${hmac('sha256', secret, signed, 'hex')}`) || matched
  return matched ? { ok: true } : { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
}

function verifyToken(request: InboundRequest, secrets: readonly string[]): SignatureCheck {
  const token = request.headers[CHATWOOT_TOKEN_HEADER]?.trim()
  if (token === undefined || token === '') return { ok: false, code: 'UT_E_SIGNATURE_MISSING' }
  let matched = false
  for (const secret of secrets) matched = safeEqual(token, secret) || matched
  return matched ? { ok: true } : { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
}
