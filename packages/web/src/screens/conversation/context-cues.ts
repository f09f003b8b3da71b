/**
 * Cues that come from the conversation around a message rather than from words in it: the reader
 * reports them with an empty span (a repeat the customer makes or points at, a message louder than
 * their earlier ones). They are reasons about the message as a whole, never highlights.
 */
import type { Cue } from '../../api'
import { words } from '../../format'

const LINES: Readonly<Record<string, string>> = {
  'repeat-contact': 'Repeat contact: the customer points back at an earlier message, says they wrote before, or asks the same thing again',
  'restated-ask': 'Said again: a short reply repeating a detail the customer already gave, as if it was not understood',
  'escalating-intensity': "Rising intensity: louder than the customer's earlier messages (more exclamation marks or capitals)",
}

/** True for a cue with no words of its own to mark: its span is empty or lies outside the text. */
export function isContextCue(cue: Pick<Cue, 'start' | 'end'>, textLength: number): boolean {
  return cue.end <= cue.start || cue.start >= textLength
}

/** The sentence a message-level reason reads as; a kind without words of its own is named. */
export function contextCueLine(kind: string): string {
  const line = LINES[kind]
  if (line !== undefined) return line
  const name = words(kind)
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}: from the conversation before this message`
}

/** The distinct kinds of a message's context cues, in the order the reader gave them. */
export function contextCueKinds(cues: readonly Cue[], textLength: number): string[] {
  return [...new Set(cues.filter((c) => isContextCue(c, textLength)).map((c) => c.kind))]
}
