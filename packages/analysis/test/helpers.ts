import { type CueKind, createReader } from '@undertone/engine'
import { type AuthorRole, type ConversationMessage, type MessageReading, problemKeys, readingContext, statedContactsOf, toMessageReading } from '../src/index.js'

const reader = createReader()

/** Reads a message with the real engine and keeps what the analysis uses. */
export function readingOf(text: string): MessageReading {
  const r = reader.read(text)
  const stated = statedContactsOf(r.cues)
  const keys = problemKeys(text)
  return { score: r.sentiment.score, label: r.sentiment.label, emotions: r.emotions, intensity: r.intensity, cues: r.cues.map((c) => c.kind as CueKind), ...(stated === undefined ? {} : { statedContacts: stated }), ...(keys.length === 0 ? {} : { problemKeys: keys }) }
}

let n = 0
/** A message at an ISO time; customer messages are read by the engine. */
export function msg(role: AuthorRole, text: string, iso: string, id?: string): ConversationMessage {
  n++
  const base = { id: id ?? `m${n}`, role, at: Date.parse(iso) }
  return role === 'customer' ? { ...base, reading: readingOf(text) } : base
}

/** A conversation whose customer messages are read with the context the server gives them. */
export function thread(rows: readonly (readonly [AuthorRole, string, string])[]): ConversationMessage[] {
  const plain = rows.map(([role, text]) => ({ role, text }))
  return rows.map(([role, text, iso], i) => {
    n++
    const base = { id: `t${n}`, role, at: Date.parse(iso) }
    if (role !== 'customer') return base
    const r = reader.read(text, { previous: readingContext(plain, i) })
    return { ...base, reading: toMessageReading({ ...r.sentiment, emotions: r.emotions, intensity: r.intensity, cues: r.cues, language: r.language }, reader.languages, text) }
  })
}
