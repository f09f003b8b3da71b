import { type CurrentState, type StateMessage, problemKeys, statedContactsOf } from '@undertone/analysis'
import type { StateMessageRow, StoredReading } from '@undertone/storage'

// Stored rows as the analysis takes them: a message for the conversation state, a status, a repair.

/** A stored message as the conversation state keeps it (internal notes never reach the state). */
export function toStateMessage(m: { id: string; role: StateMessage['role']; createdAt: number; agentId?: string; text?: string }, r: StoredReading | undefined): StateMessage {
  const base = { id: m.id, role: m.role, at: m.createdAt, ...(m.agentId === undefined ? {} : { agentId: m.agentId }) }
  if (r === undefined) return base
  const stated = statedContactsOf(r.cues)
  const keys = m.text === undefined ? [] : problemKeys(m.text)
  return {
    ...base,
    reading: {
      score: r.score,
      label: r.label,
      emotions: r.emotions,
      intensity: r.intensity,
      cues: r.cues.map((c) => c.kind),
      language: r.language,
      ...(stated === undefined ? {} : { statedContacts: stated }),
      ...(keys.length === 0 ? {} : { problemKeys: keys }),
    },
  }
}

/** A stored message row as the state keeps it: its text turned into problem keys, the text itself left behind. */
export function fromStateRow(m: StateMessageRow): StateMessage {
  const { text, ...rest } = m
  if (text === undefined || rest.reading === undefined) return rest
  const keys = problemKeys(text)
  return keys.length === 0 ? rest : { ...rest, reading: { ...rest.reading, problemKeys: keys } }
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
