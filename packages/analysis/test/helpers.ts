import { type CueKind, createReader } from '@undertone/engine'
import type { AuthorRole, ConversationMessage, MessageReading } from '../src/index.js'

const reader = createReader()

/** Reads a message with the real engine and keeps what the analysis uses. */
export function readingOf(text: string): MessageReading {
  const r = reader.read(text)
  return { score: r.sentiment.score, label: r.sentiment.label, emotions: r.emotions, intensity: r.intensity, cues: r.cues.map((c) => c.kind as CueKind) }
}

let n = 0
/** A message at an ISO time; customer messages are read by the engine. */
export function msg(role: AuthorRole, text: string, iso: string, id?: string): ConversationMessage {
  n++
  const base = { id: id ?? `m${n}`, role, at: Date.parse(iso) }
  return role === 'customer' ? { ...base, reading: readingOf(text) } : base
}
