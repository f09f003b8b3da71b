import type { Token } from '../text/token.js'
import { allocateWordSlot, setWordSlot, wordSlot } from '../text/word-class.js'
import { SEED_NEG, SEED_WORD, addCharGrams, type FeatureConfig } from './extract-features.js'
import { FeatureBuffer } from './feature-buffer.js'
import { hashString } from './hash.js'
import type { InterleavedWeights } from './interleaved-weights.js'
import type { WordTable } from './lexicon-features.js'

/**
 * What one distinct word contributes regardless of its neighbours, for all 11 outputs at once:
 * `u*` = Σ int8 code × value over its char n-grams plus its plain (not negated) unigram bucket's
 * codes × word weight, so a token that is not negated costs no unigram lookup at all. Named fields
 * (one hidden class) instead of a small array: V8 reads them as plain loads. Sums are stored × 2
 * and hashes as signed 32-bit, so with the usual char weight 0.5 and word weight 1 every field is a
 * small integer (no boxed doubles).
 */
export class WordEntry {
  constructor(
    readonly hWord: number,
    readonly hNeg: number,
    /** Number of char n-grams (each has value² = charWeight²). */
    readonly nChar: number,
    /** The lexicon word-table code, or −1. */
    readonly code: number,
    readonly u0: number,
    readonly u1: number,
    readonly u2: number,
    readonly u3: number,
    readonly u4: number,
    readonly u5: number,
    readonly u6: number,
    readonly u7: number,
    readonly u8: number,
    readonly u9: number,
    readonly u10: number,
  ) {}
}

/**
 * The emotion predictor's per-word memo: a token's {@link WordEntry}, computed the first time its
 * text is seen and kept on the token's shared WordInfo (in two slots of its own: words and hashtags
 * get char n-grams, other kinds with the same text do not).
 */
export function wordEntryMemo(cfg: FeatureConfig, weights: InterleavedWeights, lexTable: WordTable | undefined): (t: Token) => WordEntry {
  const mask = (1 << cfg.bits) - 1
  const ww = cfg.wordWeight ?? 1
  const cw = cfg.charWeight
  const slot = allocateWordSlot(2)
  const tmp = new FeatureBuffer(256)
  return (t: Token): WordEntry => {
    const wordish = t.kind === 'word' || t.kind === 'hashtag'
    const at = wordish ? slot : slot + 1
    const hit = wordSlot(t.info, at) as WordEntry | undefined
    if (hit !== undefined) return hit
    // Every char n-gram has the same value (the char weight), so its codes are summed and scaled once.
    let nChar = 0
    if (wordish && t.norm.length > 1) {
      tmp.clear()
      addCharGrams(t.norm, cfg, tmp)
      nChar = tmp.length
    }
    const c = weights.sumCodes(tmp.indices, 0, nChar, true)
    const v = cw * 2
    const hWord = hashString(t.norm, SEED_WORD) | 0
    const ub = hWord & mask
    const u = ww * 2
    const r = new WordEntry(
      hWord,
      hashString(t.norm, SEED_NEG) | 0,
      nChar,
      lexTable?.get(t.norm) ?? -1,
      (c[0] as number) * v + weights.code(ub, 0) * u,
      (c[1] as number) * v + weights.code(ub, 1) * u,
      (c[2] as number) * v + weights.code(ub, 2) * u,
      (c[3] as number) * v + weights.code(ub, 3) * u,
      (c[4] as number) * v + weights.code(ub, 4) * u,
      (c[5] as number) * v + weights.code(ub, 5) * u,
      (c[6] as number) * v + weights.code(ub, 6) * u,
      (c[7] as number) * v + weights.code(ub, 7) * u,
      (c[8] as number) * v + weights.code(ub, 8) * u,
      (c[9] as number) * v + weights.code(ub, 9) * u,
      (c[10] as number) * v + weights.code(ub, 10) * u,
    )
    setWordSlot(t.info, at, r)
    return r
  }
}
