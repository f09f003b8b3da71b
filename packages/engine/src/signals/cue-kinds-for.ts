import type { Cue } from '../reader/reading.js'
import { splitSentences } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { detectCues } from './detect-cues.js'

/**
 * The distinct cue kinds found in a message, as the learned model sees them. Training and
 * reading both call this, so the model's cue features mean the same thing in both. `language` picks
 * the cue table as in {@link detectCues} (English when absent).
 */
export function cueKindsFor(text: string, tokens: readonly Token[], language?: string): string[] {
  return distinctCueKinds(detectCues(text, tokens, splitSentences(text, tokens), undefined, undefined, language).cues)
}

/** The kinds of `cues` in order of first appearance, once each (the model's cue features). */
export function distinctCueKinds(cues: readonly Cue[]): string[] {
  const kinds: string[] = []
  // 'awaiting' came after the models were trained; it is for the conversation analysis only.
  for (const c of cues) if (!kinds.includes(c.kind) && c.kind !== 'awaiting') kinds.push(c.kind)
  return kinds
}
