import type { ConversationInput, ConversationMessage } from './conversation-input.js'

/** A message after repair: it always has a time. */
export interface TimedMessage extends ConversationMessage {
  readonly at: number
}

/** What was repaired in the input, so callers can log or show it. Codes are stable. */
export type RepairCode = 'reordered' | 'duplicate-dropped' | 'timestamp-imputed' | 'timestamp-invalid' | 'no-customer-message'

export interface Repair {
  readonly code: RepairCode
  readonly messageId?: string
  readonly detail: string
}

/** A conversation whose messages are in time order, unique by id, all timed, internal notes removed. */
export interface NormalizedConversation {
  readonly input: ConversationInput
  readonly messages: readonly TimedMessage[]
  readonly repairs: readonly Repair[]
}

const ROLE_ORDER = { customer: 0, bot: 1, agent: 2, system: 3 } as const

/** Conversation order: by time; at the same instant the customer before replies, then by id. */
export function compareMessages(a: Pick<ConversationMessage, 'id' | 'role'> & { at: number }, b: Pick<ConversationMessage, 'id' | 'role'> & { at: number }): number {
  // Same instant: customer before replies, then by id, so the result never depends on row order.
  return a.at - b.at || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Repairs what real exports get wrong, in documented ways: messages out of order are sorted by
 * time (ties: customer first, then id); duplicate ids keep the earliest copy; a missing or invalid
 * timestamp is placed 1 ms after the previous message (or before the next one, for leading
 * messages); internal notes
 * are dropped. Never throws on shape problems a caller could not fix anyway.
 */
export function normalizeConversation(input: ConversationInput): NormalizedConversation {
  const repairs: Repair[] = []
  const rows = input.messages.map((m, index) => ({ m, index }))
  // Impute times in input order first, since that is the only order a timeless message has.
  const timed: (ConversationMessage & { at: number; index: number })[] = []
  let lastKnown: number | undefined
  const pending: typeof rows = []
  for (const r of rows) {
    const at = r.m.at
    const valid = typeof at === 'number' && Number.isFinite(at)
    if (at !== undefined && !valid) repairs.push({ code: 'timestamp-invalid', messageId: r.m.id, detail: `message ${r.m.id}: timestamp is not a finite number` })
    if (!valid) {
      if (lastKnown === undefined) pending.push(r)
      else {
        // One millisecond after the previous message keeps it in its place among equal times.
        lastKnown += 1
        repairs.push({ code: 'timestamp-imputed', messageId: r.m.id, detail: `message ${r.m.id}: no timestamp; placed just after the previous message` })
        timed.push({ ...r.m, at: lastKnown, index: r.index })
      }
      continue
    }
    if (lastKnown === undefined) {
      pending.forEach((p, k) => {
        repairs.push({ code: 'timestamp-imputed', messageId: p.m.id, detail: `message ${p.m.id}: no timestamp; placed just before the next message` })
        timed.push({ ...p.m, at: at - (pending.length - k), index: p.index })
      })
      pending.length = 0
    }
    lastKnown = at
    timed.push({ ...r.m, at, index: r.index })
  }
  for (const p of pending) {
    // No message has a time at all: keep input order on a zero clock.
    repairs.push({ code: 'timestamp-imputed', messageId: p.m.id, detail: `message ${p.m.id}: no timestamp anywhere; kept input order` })
    timed.push({ ...p.m, at: p.index, index: p.index })
  }
  const inOrder = timed.every((m, i) => i === 0 || compareMessages(timed[i - 1] as TimedMessage, m) <= 0)
  timed.sort(compareMessages)
  if (!inOrder && timed.length > 1) repairs.push({ code: 'reordered', detail: 'messages were not in time order; sorted by time' })
  const seen = new Set<string>()
  const messages: TimedMessage[] = []
  for (const m of timed) {
    if (seen.has(m.id)) {
      repairs.push({ code: 'duplicate-dropped', messageId: m.id, detail: `message ${m.id} appeared more than once; kept the earliest` })
      continue
    }
    seen.add(m.id)
    if (m.internal === true) continue
    const { index: _index, ...message } = m
    messages.push(message)
  }
  if (!messages.some((m) => m.role === 'customer')) repairs.push({ code: 'no-customer-message', detail: 'the conversation has no customer message; there is no arc to read' })
  return { input, messages, repairs }
}
