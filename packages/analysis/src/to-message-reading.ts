/**
 * The one conversion from a message's reading (fresh from the engine or stored) to what the
 * conversation analysis uses, shared by the server and `undertone converse`.
 */
import type { CueKind, SentimentLabel } from '@undertone/engine'
import type { MessageReading } from './conversation-input.js'
import type { StateReading } from './conversation-state.js'
import { problemKeys } from './problem-keys.js'

/** The fields of a reading the analysis needs, flat as storage keeps them. */
export interface ReadingFields {
  readonly score: number
  readonly label: SentimentLabel
  readonly emotions: Readonly<Record<string, number>>
  readonly intensity: number
  readonly cues: readonly { readonly kind: string; readonly count?: number }[]
  readonly language: string
}

/**
 * Keeps what the analysis uses, and marks a reading in a language outside `languages` (the
 * reader's; undetermined text counts as read) as not understood, so it stays out of trends,
 * escalation and urgency. With the message's `text`, its problem keys go along (no words, hashes).
 */
export function toMessageReading(r: ReadingFields, languages?: readonly string[], text?: string): MessageReading {
  const kept = toStateReading(r, text)
  return { ...kept, cues: kept.cues as CueKind[], languageSupported: readsLanguage(r.language, languages) }
}

/**
 * A reading as the conversation state keeps it: cue kinds, the contacts counted and, with the
 * message's `text`, its problem keys (hashes; the text itself is left behind).
 */
export function toStateReading(r: ReadingFields, text?: string): StateReading {
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

/** The most contacts any of a reading's cues says the message is ("my fourth time contacting you" 4), if one says. */
export function statedContactsOf(cues: readonly { readonly count?: number }[]): number | undefined {
  let stated = 0
  for (const c of cues) if (typeof c.count === 'number' && c.count > stated) stated = c.count
  return stated > 0 ? stated : undefined
}

/** Whether a reading in `language` was read with understanding: one of the reader's `languages` (English by default), or undetermined. */
export function readsLanguage(language: string, languages: readonly string[] = ['en']): boolean {
  return language === 'und' || languages.includes(language)
}
