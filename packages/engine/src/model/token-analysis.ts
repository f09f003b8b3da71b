/**
 * The per-message token analysis every sentiment path shares (the plain featuriser, the cached
 * sentiment predictor and the emotion predictor): each token's valence and role flags from its
 * word-table code, and which words a negation covers. Computed once per message; the lexicon
 * summary and the negated-unigram features read it.
 */
import type { Token } from '../text/token.js'
import { isContrast, isNegator } from '../text/negation.js'
import { W_NEGATOR } from '../text/word-class.js'
import { F_CONTRAST, F_NEGATOR, type WordTable } from './lexicon-features.js'

/** One message's analysis, in reusable arrays (grown on demand, never shrunk). */
export class TokenAnalysis {
  /** Input: each token's word-table code (valence and role flags, see `wordTable`), or −1. */
  codes = new Int32Array(64)
  /** 1 for a word inside a negation's scope. */
  negated = new Uint8Array(64)
  /** F_NEGATOR, F_CONTRAST, F_BOOSTER, F_DAMPENER bits per token. */
  flags = new Uint8Array(64)
  /** Lexicon valence per token (0 when none). */
  valence = new Float64Array(64)

  ensure(n: number): void {
    if (this.negated.length >= n) return
    let size = this.negated.length
    while (size < n) size *= 2
    this.codes = new Int32Array(size)
    this.negated = new Uint8Array(size)
    this.flags = new Uint8Array(size)
    this.valence = new Float64Array(size)
  }
}

/**
 * Looks every token up in `table` into `a.codes` (−1 when absent or there is no table). Predictors
 * that memoise per-word work fill `a.codes` from their memo instead.
 */
export function lookUpTokens(tokens: readonly Token[], table: WordTable | undefined, a: TokenAnalysis): void {
  const n = tokens.length
  a.ensure(n)
  const codes = a.codes
  for (let i = 0; i < n; i++) codes[i] = table?.get((tokens[i] as Token).norm) ?? -1
}

const MAX_SCOPE = 4

/**
 * Fills `a`'s valence, flags and negation scope from `a.codes` (the first `tokens.length` of which
 * must be set). Scope is as `negationScope` marks it: the next four words after a negator, cut by
 * clause punctuation or a contrast word. Without a table (`hasTable` false) negators and contrast
 * words are recognised by their spelling.
 */
export function analyzeTokens(tokens: readonly Token[], a: TokenAnalysis, hasTable: boolean): void {
  const n = tokens.length
  a.ensure(n)
  const codes = a.codes
  const neg = a.negated
  const flags = a.flags
  const val = a.valence
  let left = 0
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token
    neg[i] = 0
    flags[i] = 0
    val[i] = 0
    const kind = t.kind
    if (kind === 'punct') {
      const c = t.norm
      if (c !== "'" && c !== '"' && c !== '-') left = 0
      continue
    }
    const code = codes[i] as number
    if (kind === 'emoticon' || kind === 'emoji') {
      if (code >= 0) val[i] = ((code >> 4) - 1000) / 100
      continue
    }
    if (kind !== 'word' && kind !== 'hashtag') continue
    let f = 0
    if (code >= 0) {
      f = code & 15
      val[i] = ((code >> 4) - 1000) / 100
    } else if (!hasTable) {
      if (isContrast(t.norm)) f |= F_CONTRAST
      if (isNegator(t.norm)) f |= F_NEGATOR
    }
    // Any "…n't" contraction negates, in the table or not (the tokenizer flagged it W_NEGATOR).
    if ((f & F_NEGATOR) === 0 && (t.flags & W_NEGATOR) !== 0 && t.norm.endsWith("n't")) f |= F_NEGATOR
    flags[i] = f
    if ((f & F_CONTRAST) !== 0) {
      left = 0
      continue
    }
    if ((f & F_NEGATOR) !== 0) {
      left = MAX_SCOPE
      continue
    }
    if (left > 0) {
      neg[i] = 1
      left--
    }
  }
}
