/**
 * Checks a Zammad webhook's `X-Hub-Signature: sha1=<hex HMAC-SHA1(signature token, raw body)>`.
 * Zammad's scheme has no timestamp, so a replay of an unaltered delivery passes here and is stopped by
 * the dedupe on `X-Zammad-Delivery`; a replay with an altered body fails the HMAC.
 */
import { hmac, safeEqual } from '../../safe-equal.js'
import type { InboundRequest, SignatureCheck } from '../../vendor-adapter.js'

/** Constant-time check against every active signature token (two during rotation). */
export function verifyZammadSignature(request: InboundRequest, secrets: readonly string[]): SignatureCheck {
  const active = secrets.filter((secret) => secret !== '')
  const header = request.headers['x-hub-signature']?.trim().toLowerCase()
  if (header === undefined || header === '') return { ok: false, code: 'UT_E_SIGNATURE_MISSING' }
  // The research could not confirm the `sha1=` prefix on every build: a bare hex digest is read the same.
  const given = header.startsWith('sha1=') ? header : `sha1=${header}`
  // Every token is tried, so the time taken does not tell which one (if any) matched.
  let matched = false
  for (const secret of active) matched = safeEqual(given, `sha1=${hmac('sha1', secret, request.rawBody, 'hex')}`) || matched
  return matched ? { ok: true } : { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
}
