import type { Token } from './token.js'

/** How many word tokens stand in tokens[from, to) (marks, emoji and numbers aside). */
export function countWords(tokens: readonly Token[], from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind === 'word') n++
  return n
}
