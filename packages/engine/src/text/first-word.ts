import type { SentenceRange } from './split-sentences.js'
import type { Token } from './token.js'

/** The index of a sentence's first word token, or -1 when it has none (only marks, emoji, numbers). */
export function firstWord(tokens: readonly Token[], sentence: SentenceRange): number {
  for (let i = sentence.from; i < sentence.to; i++) if ((tokens[i] as Token).kind === 'word') return i
  return -1
}
