import type { Token } from './token.js'

/** A sentence as a half-open range of token indices. */
export interface SentenceRange {
  readonly from: number
  readonly to: number
}

function endsSentence(t: Token): boolean {
  if (t.kind !== 'punct') return false
  const c = t.norm.charCodeAt(0)
  return c === 0x21 || c === 0x3f || (c === 0x2e && t.norm.length === 1) || t.norm === '...'
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || c === 0x0d) return true
  }
  return false
}

/**
 * Groups tokens into sentences: a sentence ends at ".", "!", "?" or "…", or at a line break.
 * Trailing emoji and emoticons stay with the sentence they close.
 */
export function splitSentences(text: string, tokens: readonly Token[]): SentenceRange[] {
  const out: SentenceRange[] = []
  let from = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1]
    let end = endsSentence(t)
    if (end && next !== undefined && (next.kind === 'emoji' || next.kind === 'emoticon') && !hasLineBreak(text, t.end, next.start)) end = false
    if (!end && next !== undefined && hasLineBreak(text, t.end, next.start)) end = true
    if (end || next === undefined) {
      out.push({ from, to: i + 1 })
      from = i + 1
    }
  }
  return out
}
