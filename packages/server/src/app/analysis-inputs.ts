import { type CurrentState, type StateMessage, toStateReading } from '@undertone/analysis'
import type { StateMessageRow, StoredReading } from '@undertone/storage'

// Stored rows as the analysis takes them: a message for the conversation state, a status, a repair.

/** A stored message as the conversation state keeps it (internal notes never reach the state). */
export function toStateMessage(m: { id: string; role: StateMessage['role']; createdAt: number; agentId?: string; text?: string }, r: StoredReading | undefined): StateMessage {
  const base = { id: m.id, role: m.role, at: m.createdAt, ...(m.agentId === undefined ? {} : { agentId: m.agentId }) }
  return r === undefined ? base : { ...base, reading: toStateReading(r, m.text) }
}

/** A stored message row, read back to rebuild a state, as the state keeps it. */
export function fromStateRow(m: StateMessageRow): StateMessage {
  const { text, reading, ...rest } = m
  return reading === undefined ? rest : { ...rest, reading: toStateReading(reading, text) }
}

/** The conversation's status as the analysis takes it (others, e.g. a helpdesk's own, count as open). */
export function statusOf(conv: { status: string } | undefined): { status?: 'open' | 'pending' | 'resolved' | 'closed' } {
  const s = conv?.status
  return s === 'resolved' || s === 'closed' || s === 'open' || s === 'pending' ? { status: s } : {}
}

/** The one repair a stored conversation can need: it has no customer message, so no arc. */
export function repairsOf(cur: CurrentState): { code: 'no-customer-message'; detail: string }[] {
  return cur.fold.customerMessages > 0 ? [] : [{ code: 'no-customer-message', detail: 'the conversation has no customer message; there is no arc to read' }]
}
