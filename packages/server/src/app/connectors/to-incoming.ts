import type { Redactor } from '@undertone/analysis'
import type { CanonicalMessage } from '@undertone/connectors'
import type { IncomingMessage } from '@undertone/storage'
import { ProblemError } from '../../problem.js'
import { storableString } from '../../unsafe-string.js'

const MAX_TEXT = 100_000
const MAX_ID = 256

/** At most MAX_TEXT characters (a surrogate pair cut in half becomes U+FFFD, as in `storableString`). */
function cut(text: string): string {
  if (text.length <= MAX_TEXT) return text
  return storableString(text.slice(0, MAX_TEXT))
}

/**
 * A vendor message as storage takes it, its text redacted (`redact`: the workspace's privacy
 * settings), or a payload problem when an id cannot be stored.
 */
export function toIncoming(m: CanonicalMessage, source: string, redact: Redactor): IncomingMessage {
  for (const [name, id] of [
    ['message id', m.externalId],
    ['conversation id', m.conversationId],
    ['customer id', m.customerId],
  ] as const) {
    if (id === '' || id.length > MAX_ID) throw new ProblemError('UT_E_VENDOR_PAYLOAD', `the event's ${name} is empty or longer than ${MAX_ID} characters`)
  }
  if (!Number.isFinite(m.createdAt)) throw new ProblemError('UT_E_VENDOR_PAYLOAD', 'the event has no valid time')
  return {
    externalId: storableString(m.externalId),
    conversationId: storableString(m.conversationId),
    customerId: storableString(m.customerId),
    role: m.role,
    // Redacted before it is cut, so a cut never leaves half an address the redactor cannot recognise.
    text: cut(redact(storableString(m.text)).text),
    createdAt: m.createdAt,
    source,
    ...(m.channel === undefined ? {} : { channel: storableString(m.channel).slice(0, 64) }),
    ...(m.agentId === undefined ? {} : { agentId: storableString(m.agentId).slice(0, MAX_ID) }),
    ...(m.productArea === undefined ? {} : { productArea: storableString(m.productArea).slice(0, MAX_ID) }),
    ...(m.tags === undefined ? {} : { tags: m.tags.slice(0, 50).map((t) => storableString(t).slice(0, 100)) }),
    ...(m.internal === undefined ? {} : { internal: m.internal }),
    ...(m.status === undefined ? {} : { status: m.status }),
    ...(m.customer === undefined ? {} : { customer: m.customer }),
  }
}
