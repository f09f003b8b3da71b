import { type CurrentState, type StateMessage, type StateReading, problemKeys, statedContactsOf } from '@undertone/analysis'
import type { StateMessageRow, StoredReading } from '@undertone/storage'

// Stored rows as the analysis takes them: a message for the conversation state, a status, a repair.

type StoredFields = Pick<StoredReading, 'score' | 'label' | 'emotions' | 'intensity' | 'language'> & { readonly cues: readonly { readonly kind: string; readonly count?: number }[] }

/** A stored reading as the state keeps it: cue kinds, the contacts counted, and the text's problem keys (the text itself left behind). */
function stateReading(r: StoredFields, text: string | undefined): StateReading {
  const stated = statedContactsOf(r.cues)
  const keys = text === undefined ? [] : problemKeys(text)
  return {
    score: r.score,
    label: r.label,
    emotions: r.emotions,
    intensity: r.intensity,
    cues: r.cues.map((c) => c.kind),
    language: r.language,
    ...(stated === undefined ? {} : { statedContacts: stated }),
    ...(keys.length === 0 ? {} : { problemKeys: keys }),
  }
}

/** A stored message as the conversation state keeps it (internal notes never reach the state). */
export function toStateMessage(m: { id: string; role: StateMessage['role']; createdAt: number; agentId?: string; text?: string }, r: StoredReading | undefined): StateMessage {
  const base = { id: m.id, role: m.role, at: m.createdAt, ...(m.agentId === undefined ? {} : { agentId: m.agentId }) }
  return r === undefined ? base : { ...base, reading: stateReading(r, m.text) }
}

/** A stored message row, read back to rebuild a state, as the state keeps it. */
export function fromStateRow(m: StateMessageRow): StateMessage {
  const { text, reading, ...rest } = m
  return reading === undefined ? rest : { ...rest, reading: stateReading(reading, text) }
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
