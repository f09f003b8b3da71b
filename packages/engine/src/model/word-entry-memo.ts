import type { Token } from '../text/token.js'
import { wordEpoch, wordIdLimit } from '../text/word-class.js'
import { SEED_NEG, SEED_WORD, addCharGrams, type FeatureConfig } from './extract-features.js'
import { FeatureBuffer } from './feature-buffer.js'
import { hashString } from './hash.js'
import type { InterleavedWeights } from './interleaved-weights.js'
import type { WordTable } from './lexicon-features.js'

/**
 * What one distinct word contributes regardless of its neighbours, for all 11 outputs at once:
 * `u*` = Σ int8 code × value over its char n-grams plus its plain (not negated) unigram bucket's
 * codes × word weight, so a token that is not negated costs no unigram lookup at all. Sums are × 2
 * and hashes signed 32-bit. The predictor reads rows of {@link WordEntries}; this object form is for
 * explanations, which are rare.
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

/** Row layout of {@link WordEntries}: hashes, n-gram count, lexicon code, the 11 sums, then 1 once filled. */
export const E_HWORD = 0
export const E_HNEG = 1
export const E_NCHAR = 2
export const E_CODE = 3
/** u0 (sentiment class 0) … u10 (last head) at E_U + o. */
export const E_U = 4
const E_FILLED = 15
/** Slots per row: 16, so an int32 row is one 64-byte cache line. */
export const ENTRY_STRIDE = 16

const INT32_MAX = 2 ** 31 - 1

/**
 * The emotion predictor's per-word memo as rows of one typed array indexed by the word's id (see
 * `WordInfo.id`): the fields a token needs sit on one cache line (int32 rows) where an entry object
 * beside the word took three lines and a pointer chase from the word's memo slot. Rows are kept in
 * the order words are first seen, so the common words share the front of the array. Words and
 * hashtags get char n-grams and other kinds with the same text do not, so each has its own array.
 * When the char and word weights make every sum an integer (the usual 0.5 and 1) the rows are int32;
 * otherwise float64, two lines per row. A word without an id (the word table started over since
 * its token was made) or whose sums do not fit int32 is computed into a scratch row each time.
 */
export class WordEntries {
  private words: Int32Array | Float64Array
  private others: Int32Array | Float64Array
  private readonly scratch: Int32Array | Float64Array
  private readonly tmp = new FeatureBuffer(256)
  private readonly mask: number
  private readonly ww: number
  private readonly cw: number
  private readonly ints: boolean
  private epoch = wordEpoch()

  constructor(
    private readonly cfg: FeatureConfig,
    private readonly weights: InterleavedWeights,
    private readonly lexTable: WordTable | undefined,
  ) {
    this.mask = (1 << cfg.bits) - 1
    this.ww = cfg.wordWeight ?? 1
    this.cw = cfg.charWeight
    this.ints = Number.isInteger(this.cw * 2) && Number.isInteger(this.ww * 2)
    this.words = this.alloc(64)
    this.others = this.alloc(64)
    // The scratch row always holds floats: it takes whatever an int row could not.
    this.scratch = new Float64Array(ENTRY_STRIDE)
  }

  private alloc(rows: number): Int32Array | Float64Array {
    return this.ints ? new Int32Array(rows * ENTRY_STRIDE) : new Float64Array(rows * ENTRY_STRIDE)
  }

  /**
   * The array holding token `t`'s row; the row starts at {@link at}. Computes the row the first time
   * the word is seen as this kind of token.
   */
  row(t: Token): Int32Array | Float64Array {
    const wordish = t.kind === 'word' || t.kind === 'hashtag'
    const id = t.info.id
    if (id === 0) return this.fill(this.scratch, 0, t, wordish)
    if (this.epoch !== wordEpoch()) {
      // The word table started over: these rows belong to words that no longer have their ids.
      this.epoch = wordEpoch()
      this.words.fill(0)
      this.others.fill(0)
    }
    let rows = wordish ? this.words : this.others
    const o = id * ENTRY_STRIDE
    if (o >= rows.length) {
      let size = rows.length
      while (size <= o) size *= 2
      const grown = this.alloc(Math.min(size / ENTRY_STRIDE, wordIdLimit))
      grown.set(rows)
      rows = grown
      if (wordish) this.words = grown
      else this.others = grown
    }
    this.at = o
    if (rows[o + E_FILLED] === 1) return rows
    const r = this.fill(rows, o, t, wordish)
    // fill leaves `at` on the scratch row when the sums did not fit.
    return r
  }

  /** Where {@link row}'s last answer starts in the array it returned. */
  at = 0

  private fill(rows: Int32Array | Float64Array, o: number, t: Token, wordish: boolean): Int32Array | Float64Array {
    const { cfg, weights, tmp, mask } = this
    // Every char n-gram has the same value (the char weight), so its codes are summed and scaled once.
    let nChar = 0
    if (wordish && t.norm.length > 1) {
      tmp.clear()
      addCharGrams(t.norm, cfg, tmp)
      nChar = tmp.length
    }
    const c = weights.sumCodes(tmp.indices, 0, nChar, true)
    const v = this.cw * 2
    const hWord = hashString(t.norm, SEED_WORD) | 0
    const ub = hWord & mask
    const u = this.ww * 2
    const s = this.scratch
    s[E_HWORD] = hWord
    s[E_HNEG] = hashString(t.norm, SEED_NEG) | 0
    s[E_NCHAR] = nChar
    s[E_CODE] = this.lexTable?.get(t.norm) ?? -1
    let fits = true
    for (let k = 0; k < 11; k++) {
      const x = (c[k] as number) * v + weights.code(ub, k) * u
      s[E_U + k] = x
      if (x > INT32_MAX || x < -INT32_MAX) fits = false
    }
    s[E_FILLED] = 1
    this.at = 0
    if (rows === s || !fits) return s
    for (let k = 0; k < ENTRY_STRIDE; k++) rows[o + k] = s[k] as number
    this.at = o
    return rows
  }

  /** Token `t`'s entry as an object (explanations). */
  entry(t: Token): WordEntry {
    const r = this.row(t)
    const o = this.at
    const g = (k: number): number => r[o + k] as number
    return new WordEntry(g(E_HWORD), g(E_HNEG), g(E_NCHAR), g(E_CODE), g(4), g(5), g(6), g(7), g(8), g(9), g(10), g(11), g(12), g(13), g(14))
  }
}
