/**
 * Freshdesk signs nothing: an automation rule's "Trigger webhook" can only send a custom header or basic
 * auth. So the request carries the connector's shared secret, in `X-Undertone-Secret` or as the
 * basic-auth password, compared constant-time against the active secrets. There is no timestamp, so
 * replays are stopped by the event id dedupe alone.
 */
import { safeEqual } from '../../safe-equal.js'
import type { InboundRequest, SignatureCheck } from '../../vendor-adapter.js'

export const FRESHDESK_SECRET_HEADER = 'x-undertone-secret'

/** The password of a basic `Authorization` header, or undefined. */
function basicPassword(authorization: string | undefined): string | undefined {
  const match = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '')
  if (match?.[1] === undefined) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon === -1 ? undefined : decoded.slice(colon + 1)
}

/** Checks the shared secret the rule sends against every active secret (two during rotation). */
export function verifyFreshdeskSecret(request: InboundRequest, secrets: readonly string[]): SignatureCheck {
  const presented = request.headers[FRESHDESK_SECRET_HEADER] ?? basicPassword(request.headers['authorization'])
  if (presented === undefined || presented === '') return { ok: false, code: 'UT_E_SIGNATURE_MISSING' }
  let matched = false
  for (const secret of secrets) if (secret !== '' && safeEqual(secret, presented)) matched = true
  return matched ? { ok: true } : { ok: false, code: 'UT_E_SIGNATURE_INVALID' }
}
