/**
 * Checks a Standard Webhooks signature (`webhook-id`, `webhook-timestamp`, `webhook-signature`: a
 * space-separated list of `v1,<base64 HMAC-SHA256(secret, id.timestamp.body)>`) with the
 * `standardwebhooks` package. Its own `verify` reads the wall clock; the server's injected clock is
 * used instead, so the timestamp is checked here and the package computes the signature to compare.
 */
import { Webhook } from 'standardwebhooks'
import { safeEqual } from '../../safe-equal.js'
import type { InboundRequest, SignatureCheck } from '../../vendor-adapter.js'

/** The tolerance the Standard Webhooks libraries use, either way. */
export const GENERIC_TOLERANCE_MS = 5 * 60_000

/** A `whsec_…` secret's signer, or null for a secret that is not base64 (it can match nothing). */
export function standardWebhook(secret: string): Webhook | null {
  try {
    return new Webhook(secret)
  } catch {
    return null
  }
}

/** Constant-time check against every active secret (two during rotation). */
export function verifyGenericSignature(request: InboundRequest, secrets: readonly string[]): SignatureCheck {
  const id = request.headers['webhook-id']?.trim()
  const timestamp = request.headers['webhook-timestamp']?.trim()
  const signatures = request.headers['webhook-signature']?.trim()
  if (!id || !timestamp || !signatures) return { ok: false, code: 'UT_E_SIGNATURE_MISSING' }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
  const seconds = Number(timestamp)
  if (Math.abs(request.now - seconds * 1000) > GENERIC_TOLERANCE_MS) return { ok: false, code: 'UT_E_SIGNATURE_STALE' }
  const given = signatures.split(/\s+/)
  let matched = false
  for (const secret of secrets) {
    const expected = standardWebhook(secret)?.sign(id, new Date(seconds * 1000), request.rawBody)
    if (expected === undefined) continue
    for (const signature of given) matched = safeEqual(signature, expected) || matched
  }
  return matched ? { ok: true } : { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
}
