import type { Redactor } from '@undertone/analysis'
import type { CanonicalMessage } from '@undertone/connectors'
import type { IncomingMessage } from '@undertone/storage'
import { ProblemError } from '../../problem.js'

const MAX_TEXT = 100_000
const MAX_ID = 256

/** Stored text is well-formed: a lone surrogate becomes U+FFFD and NUL is dropped (PostgreSQL refuses it). */
function clean(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replaceAll('\u0000', '')
}

/** At most MAX_TEXT characters (a surrogate pair cut in half becomes U+FFFD, as in `clean`). */
function cut(text: string): string {
  if (text.length <= MAX_TEXT) return text
  return clean(text.slice(0, MAX_TEXT))
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

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
    externalId: clean(m.externalId),
    conversationId: clean(m.conversationId),
    customerId: clean(m.customerId),
    role: m.role,
    // Redacted before it is cut, so a cut never leaves half an address the redactor cannot recognise.
    text: cut(redact(clean(m.text)).text),
    createdAt: m.createdAt,
    source,
    ...(m.channel === undefined ? {} : { channel: clean(m.channel).slice(0, 64) }),
    ...(m.agentId === undefined ? {} : { agentId: clean(m.agentId).slice(0, MAX_ID) }),
    ...(m.productArea === undefined ? {} : { productArea: clean(m.productArea).slice(0, MAX_ID) }),
    ...(m.tags === undefined ? {} : { tags: m.tags.slice(0, 50).map((t) => clean(t).slice(0, 100)) }),
    ...(m.internal === undefined ? {} : { internal: m.internal }),
    ...(m.status === undefined ? {} : { status: m.status }),
    ...(m.customer === undefined ? {} : { customer: m.customer }),
  }
}
