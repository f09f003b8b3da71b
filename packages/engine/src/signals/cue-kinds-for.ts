import { splitSentences } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { detectCues } from './detect-cues.js'

/**
 * The distinct cue kinds found in a message, as the learned model sees them. Training and
 * reading both call this, so the model's cue features mean the same thing in both.
 */
export function cueKindsFor(text: string, tokens: readonly Token[]): string[] {
  const kinds: string[] = []
  for (const c of detectCues(text, tokens, splitSentences(text, tokens)).cues) if (!kinds.includes(c.kind)) kinds.push(c.kind)
  return kinds
}
