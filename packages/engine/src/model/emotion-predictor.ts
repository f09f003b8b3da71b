import { isContrast, isNegator } from '../text/negation.js'
import type { Token } from '../text/token.js'
import { W_NEGATOR, allocateWordSlot } from '../text/word-class.js'
import {
  type EmotionHeadsModel,
  GOEMOTIONS_LABELS,
  HEAD_COUNT,
  HEAD_DENSE_COUNT,
  HEAD_NAMES,
  calibrateHeads,
  headDenseInputs,
  headLogits,
  predictHeadsPlain,
} from './emotion-heads.js'
import { BOS, SEED_BIGRAM, SEED_CUE, SEED_META, SEED_NEG, SEED_SKIP, SEED_TRIGRAM, SEED_WORD, addCharGrams } from './extract-features.js'
import { FeatureBuffer } from './feature-buffer.js'
import { combineHashes, hashString } from './hash.js'
import { F_CONTRAST, F_NEGATOR, LEXICON_FEATURE_COUNT, type TokenAnalysis, lexiconSummary, wordTable } from './lexicon-features.js'
import { sigmoid } from './linear-model.js'
import { type SentimentModel, SentimentScratch, lexiconBucket, predictSentiment, sentimentFeatures } from './sentiment-model.js'

/** Where the outputs of {@link EmotionPredictor.predict} sit in `out`. */
export const OUT_SENTIMENT = 0
/** `out[OUT_HEADS + h]` is head `HEAD_NAMES[h]`'s calibrated output. */
export const OUT_HEADS = 3
/** Length `out` must have. */
export const OUT_LENGTH = OUT_HEADS + HEAD_COUNT

/** One term's push on a head's score (logit units), for explanations. */
export interface TermContribution {
  /** The token text, or `cue:<kind>` for a cue feature. */
  readonly term: string
  /** Token index in the message (−1 for cues). */
  readonly token: number
  readonly weight: number
}

/**
 * Sentiment and the always-on heads in one pass; see {@link createEmotionPredictor}.
 */
export interface EmotionPredictor {
  /**
   * Writes P(negative), P(neutral), P(positive) to `out[0..2]` and the calibrated heads to
   * `out[3..3+HEAD_COUNT)` in {@link HEAD_NAMES} order (emotions and sarcasm: probabilities;
   * urgency: a 0..1 score).
   */
  predict(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void
  /** Sentiment only (same values as `predict`'s first three), e.g. per sentence of a long text. */
  sentiment(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void
  /** Per-head decision thresholds on the calibrated outputs (HEAD_NAMES order). */
  readonly thresholds: Float32Array
  /**
   * The few terms that pushed head `head` (a HEAD_NAMES index) up most, largest first (only positive
   * pushes). Costs about one more pass; call it only when an explanation is wanted.
   */
  explain(tokens: readonly Token[], cueKinds: readonly string[], head: number, topK?: number): TermContribution[]
  /** True when the model has the on-demand GoEmotions block. */
  readonly hasGoemotions: boolean
  /**
   * The 28 GoEmotions probabilities (GOEMOTIONS_LABELS order) into `out`; computed on demand
   * (a separate plain pass). Throws when the model has no GoEmotions block.
   */
  goemotions(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void
  /** Per-label thresholds of the GoEmotions block (empty when absent). */
  readonly goemotionsThresholds: Float32Array
}

const STRIDE = 16
// The unrolled loops below assume 8 heads.
const OUTS = 3 + HEAD_COUNT
// Per-word memo entry layout (a Float64Array): per-output char-gram sums (in int8 code units), then:
const E_SQ = OUTS
const E_HWORD = OUTS + 1
const E_HNEG = OUTS + 2
const E_CODE = OUTS + 3
const ENTRY = OUTS + 4
const MAX_SCOPE = 4

/** Max-abs int8 scale of every `stride`-th value starting at `offset` (so decoded int8 weights round-trip exactly). */
function int8Scale(w: Float32Array, offset: number, stride: number): number {
  let m = 0
  for (let i = offset; i < w.length; i += stride) {
    const a = Math.abs(w[i] as number)
    if (a > m) m = a
  }
  return m > 0 ? m / 127 : 1
}

/**
 * Builds the interleaved int8 table: bucket b's 16 bytes hold the 3 sentiment weights, then the
 * HEAD_COUNT head weights (padding after), so one cache line serves every output of a bucket.
 * Each output has its own scale. Weights decoded from the codecs are int8 codes × scale, so this
 * reproduces them exactly.
 */
function interleave(sentiment: SentimentModel, heads: EmotionHeadsModel): { table: Int8Array; scales: Float64Array } {
  const dim = 1 << sentiment.features.bits
  const table = new Int8Array(dim * STRIDE)
  const scales = new Float64Array(OUTS)
  const sw = sentiment.weights
  const sScale = int8Scale(sw, 0, 1)
  for (let c = 0; c < 3; c++) scales[c] = sScale
  const hw = heads.heads.weights
  for (let h = 0; h < HEAD_COUNT; h++) scales[3 + h] = int8Scale(hw, h, HEAD_COUNT)
  const q = (v: number, s: number): number => {
    const r = Math.round(v / s)
    return r > 127 ? 127 : r < -127 ? -127 : r
  }
  for (let b = 0; b < dim; b++) {
    const o = b * STRIDE
    for (let c = 0; c < 3; c++) table[o + c] = q(sw[b * 3 + c] as number, sScale)
    for (let h = 0; h < HEAD_COUNT; h++) table[o + 3 + h] = q(hw[b * HEAD_COUNT + h] as number, scales[3 + h] as number)
  }
  return { table, scales }
}

/**
 * A predictor for sentiment plus the always-on heads that shares one feature pass and one per-word
 * memo: each distinct word's hashes and char-n-gram sums for all 11 outputs are computed once, and
 * every bucket's weights for all outputs sit in one 16-byte record of an int8 table. Gives the same
 * outputs as {@link predictSentiment} + {@link predictHeadsPlain} on the int8 weights (up to float
 * rounding). `heads.bits` must equal the sentiment model's bits.
 */
export function createEmotionPredictor(sentiment: SentimentModel, heads: EmotionHeadsModel): EmotionPredictor {
  const cfg = sentiment.features
  if (heads.bits !== cfg.bits || heads.heads.names.length !== HEAD_COUNT) throw new Error('emotion heads do not match the sentiment model')
  const goBlock = heads.goemotions
  const goScratch = new SentimentScratch()
  const goDense = new Float64Array(HEAD_DENSE_COUNT)
  const goemotions = (tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void => {
    if (goBlock === undefined) throw new Error('this model has no GoEmotions block')
    const p = predictSentiment(sentiment, tokens, cueKinds, goScratch)
    headDenseInputs(p.negative, p.positive, tokens.length, goDense)
    headLogits(goBlock, sentimentFeatures(sentiment, tokens, cueKinds, goScratch), goDense, out)
    calibrateHeads(goBlock, out)
  }
  const common = {
    thresholds: heads.heads.thresholds,
    hasGoemotions: goBlock !== undefined,
    goemotions,
    goemotionsThresholds: goBlock?.thresholds ?? new Float32Array(0),
  }
  if (cfg.charScope === 'text') {
    // Char n-grams across words cannot be cached per word: plain path.
    const scratch = new SentimentScratch()
    const hOut = new Float64Array(HEAD_COUNT)
    const sentimentOnly = (tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void => {
      const p = predictSentiment(sentiment, tokens, cueKinds, scratch)
      out[0] = p.negative
      out[1] = p.neutral
      out[2] = p.positive
    }
    return {
      ...common,
      predict(tokens, cueKinds, out) {
        sentimentOnly(tokens, cueKinds, out)
        predictHeadsPlain(sentiment, heads.heads, tokens, cueKinds, hOut, scratch)
        for (let h = 0; h < HEAD_COUNT; h++) out[OUT_HEADS + h] = hOut[h] as number
      },
      sentiment: sentimentOnly,
      explain: () => [],
    }
  }
  const { table, scales } = interleave(sentiment, heads)
  const hb = heads.heads
  const mask = (1 << cfg.bits) - 1
  const ww = cfg.wordWeight ?? 1
  const slot = allocateWordSlot()
  const tmp = new FeatureBuffer(256)
  const scratch = new SentimentScratch()
  const lexTable = sentiment.lexicon === undefined ? undefined : wordTable(sentiment.lexicon)
  const lexBuckets = Int32Array.from({ length: LEXICON_FEATURE_COUNT }, (_, j) => lexiconBucket(j, cfg.bits))
  const denseLex = new Float64Array(LEXICON_FEATURE_COUNT)
  const metaCaps = hashString('caps', SEED_META) & mask
  const metaCaps3 = hashString('caps3', SEED_META) & mask
  const metaElong = hashString('elong', SEED_META) & mask
  const cueBucket = new Map<string, number>()
  const acc: number[] = []
  const entries: Float64Array[] = []
  const z = new Float64Array(OUTS)
  const hd = new Float64Array(HEAD_DENSE_COUNT)
  const sBias = Float64Array.from({ length: 3 }, (_, c) => (sentiment.bias[c] as number) + (sentiment.classBias[c] as number))

  function entry(t: Token): Float64Array {
    const wordish = t.kind === 'word' || t.kind === 'hashtag'
    const at = wordish ? slot * 2 : slot * 2 + 1
    const hit = t.info.slots[at] as Float64Array | undefined
    if (hit !== undefined) return hit
    const e = new Float64Array(ENTRY)
    if (wordish && t.norm.length > 1) {
      tmp.clear()
      addCharGrams(t.norm, cfg, tmp)
      let sq = 0
      for (let i = 0; i < tmp.length; i++) {
        const b = (tmp.indices[i] as number) * STRIDE
        const v = tmp.values[i] as number
        for (let o = 0; o < OUTS; o++) e[o] = (e[o] as number) + (table[b + o] as number) * v
        sq += v * v
      }
      e[E_SQ] = sq
    }
    e[E_HWORD] = hashString(t.norm, SEED_WORD)
    e[E_HNEG] = hashString(t.norm, SEED_NEG)
    e[E_CODE] = lexTable?.get(t.norm) ?? -1
    t.info.slots[at] = e
    return e
  }

  /** The same analysis as `analyzeTokens`, reading each word's lexicon code from its entry. */
  function analyze(tokens: readonly Token[], a: TokenAnalysis): void {
    const n = tokens.length
    a.ensure(n)
    const neg = a.negated
    const flags = a.flags
    const val = a.valence
    let left = 0
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token
      const e = entry(t)
      entries[i] = e
      neg[i] = 0
      flags[i] = 0
      val[i] = 0
      const kind = t.kind
      if (kind === 'punct') {
        const c = t.norm
        if (c !== "'" && c !== '"' && c !== '-') left = 0
        continue
      }
      const code = e[E_CODE] as number
      if (kind === 'emoticon' || kind === 'emoji') {
        if (code >= 0) val[i] = ((code >> 4) - 1000) / 100
        continue
      }
      if (kind !== 'word' && kind !== 'hashtag') continue
      let f = 0
      if (code >= 0) {
        f = code & 15
        val[i] = ((code >> 4) - 1000) / 100
      } else if (lexTable === undefined) {
        if (isContrast(t.norm)) f |= F_CONTRAST
        if (isNegator(t.norm)) f |= F_NEGATOR
      }
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

  /** Fills `z` with raw per-output sums; returns nothing. `withHeads` false skips the head outputs. */
  function run(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array, withHeads: boolean): void {
    const a = scratch.analysis
    analyze(tokens, a)
    const neg = a.negated
    acc.length = 0
    // Char-gram sums from the memo (all outputs), word-level buckets collected into `acc`.
    z.fill(0)
    let sq = 0
    let prev = BOS
    let prev2 = BOS
    let caps = 0
    let elongated = 0
    const nOut = withHeads ? OUTS : 3
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token
      const e = entries[i] as Float64Array
      const h = neg[i] === 1 ? (e[E_HNEG] as number) : (e[E_HWORD] as number)
      acc.push(h & mask)
      if (cfg.bigrams) acc.push(combineHashes(prev, h ^ SEED_BIGRAM) & mask)
      if (cfg.trigrams === true && i > 0) acc.push(combineHashes(combineHashes(prev2, prev), h ^ SEED_TRIGRAM) & mask)
      if (cfg.skipBigrams === true && i > 0) acc.push(combineHashes(prev2, h ^ SEED_SKIP) & mask)
      prev2 = prev
      prev = h
      for (let o = 0; o < nOut; o++) z[o] = (z[o] as number) + (e[o] as number)
      sq += e[E_SQ] as number
      if (t.kind === 'word' || t.kind === 'hashtag') {
        if (t.caps && t.norm.length > 2) caps++
        if (t.elongated) elongated++
      }
    }
    if (cfg.bigrams && tokens.length > 0) acc.push(combineHashes(prev, BOS ^ SEED_BIGRAM) & mask)
    const nWord = acc.length
    if (caps > 0) acc.push(caps > 2 ? metaCaps3 : metaCaps)
    if (elongated > 0) acc.push(metaElong)
    for (const kind of cueKinds) {
      let b = cueBucket.get(kind)
      if (b === undefined) {
        b = hashString(kind, SEED_CUE) & mask
        cueBucket.set(kind, b)
      }
      acc.push(b)
    }
    // One 16-byte record per bucket serves every output (scalar accumulators keep them in registers).
    let s0 = 0
    let s1 = 0
    let s2 = 0
    let h0 = 0
    let h1 = 0
    let h2 = 0
    let h3 = 0
    let h4 = 0
    let h5 = 0
    let h6 = 0
    let h7 = 0
    for (let i = 0; i < acc.length; i++) {
      const v = i < nWord ? ww : 1
      const b = (acc[i] as number) * STRIDE
      s0 += (table[b] as number) * v
      s1 += (table[b + 1] as number) * v
      s2 += (table[b + 2] as number) * v
      if (withHeads) {
        h0 += (table[b + 3] as number) * v
        h1 += (table[b + 4] as number) * v
        h2 += (table[b + 5] as number) * v
        h3 += (table[b + 6] as number) * v
        h4 += (table[b + 7] as number) * v
        h5 += (table[b + 8] as number) * v
        h6 += (table[b + 9] as number) * v
        h7 += (table[b + 10] as number) * v
      }
    }
    sq += nWord * ww * ww + (acc.length - nWord)
    z[0] = (z[0] as number) + s0
    z[1] = (z[1] as number) + s1
    z[2] = (z[2] as number) + s2
    if (withHeads) {
      z[3] = (z[3] as number) + h0
      z[4] = (z[4] as number) + h1
      z[5] = (z[5] as number) + h2
      z[6] = (z[6] as number) + h3
      z[7] = (z[7] as number) + h4
      z[8] = (z[8] as number) + h5
      z[9] = (z[9] as number) + h6
      z[10] = (z[10] as number) + h7
    }
    const k = sq > 0 ? 1 / Math.sqrt(sq) : 0
    for (let o = 0; o < nOut; o++) z[o] = (z[o] as number) * k * (scales[o] as number)
    if (lexTable !== undefined && sentiment.lexiconScale > 0) {
      lexiconSummary(tokens, a, denseLex)
      for (let j = 0; j < LEXICON_FEATURE_COUNT; j++) {
        const v = (denseLex[j] as number) * sentiment.lexiconScale
        if (v === 0) continue
        const b = (lexBuckets[j] as number) * STRIDE
        for (let o = 0; o < nOut; o++) z[o] = (z[o] as number) + (table[b + o] as number) * (scales[o] as number) * v
      }
    }
    const z0 = (z[0] as number) + (sBias[0] as number)
    const z1 = (z[1] as number) + (sBias[1] as number)
    const z2 = (z[2] as number) + (sBias[2] as number)
    const m = Math.max(z0, z1, z2)
    const e0 = Math.exp(z0 - m)
    const e1 = Math.exp(z1 - m)
    const e2 = Math.exp(z2 - m)
    const s = e0 + e1 + e2
    out[0] = e0 / s
    out[1] = e1 / s
    out[2] = e2 / s
    if (!withHeads) return
    headDenseInputs(e0 / s, e2 / s, tokens.length, hd)
    for (let h = 0; h < HEAD_COUNT; h++) {
      let v = (z[3 + h] as number) + (hb.bias[h] as number)
      for (let d = 0; d < HEAD_DENSE_COUNT; d++) v += (hb.dense[h * HEAD_DENSE_COUNT + d] as number) * (hd[d] as number)
      const c = (hb.calA[h] as number) * v + (hb.calB[h] as number)
      out[OUT_HEADS + h] = hb.kinds[h] === 'regression' ? (c < 0 ? 0 : c > 1 ? 1 : c) : sigmoid(c)
    }
  }

  function explain(tokens: readonly Token[], cueKinds: readonly string[], head: number, topK = 3): TermContribution[] {
    if (head < 0 || head >= HEAD_COUNT) throw new RangeError(`no head ${head}`)
    const o = 3 + head
    const a = scratch.analysis
    analyze(tokens, a)
    const neg = a.negated
    const n = tokens.length
    const contrib = new Float64Array(n)
    let sq = 0
    let prev = BOS
    let prev2 = BOS
    let caps = 0
    let elongated = 0
    let count = 0
    const tb = (bucket: number): number => table[bucket * STRIDE + o] as number
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token
      const e = entries[i] as Float64Array
      const h = neg[i] === 1 ? (e[E_HNEG] as number) : (e[E_HWORD] as number)
      let c = (e[o] as number) + tb(h & mask) * ww
      count++
      if (cfg.bigrams) {
        const v = tb(combineHashes(prev, h ^ SEED_BIGRAM) & mask) * ww
        c += i > 0 ? v / 2 : v
        if (i > 0) contrib[i - 1] = (contrib[i - 1] as number) + v / 2
        count++
      }
      if (cfg.trigrams === true && i > 0) {
        const v = tb(combineHashes(combineHashes(prev2, prev), h ^ SEED_TRIGRAM) & mask) * ww
        const parts = i > 1 ? 3 : 2
        c += v / parts
        contrib[i - 1] = (contrib[i - 1] as number) + v / parts
        if (i > 1) contrib[i - 2] = (contrib[i - 2] as number) + v / parts
        count++
      }
      if (cfg.skipBigrams === true && i > 0) {
        const v = tb(combineHashes(prev2, h ^ SEED_SKIP) & mask) * ww
        c += v / 2
        if (i > 1) contrib[i - 2] = (contrib[i - 2] as number) + v / 2
        count++
      }
      contrib[i] = (contrib[i] as number) + c
      prev2 = prev
      prev = h
      sq += e[E_SQ] as number
      if (t.kind === 'word' || t.kind === 'hashtag') {
        if (t.caps && t.norm.length > 2) caps++
        if (t.elongated) elongated++
      }
    }
    if (cfg.bigrams && n > 0) {
      contrib[n - 1] = (contrib[n - 1] as number) + tb(combineHashes(prev, BOS ^ SEED_BIGRAM) & mask) * ww
      count++
    }
    const meta = (caps > 0 ? 1 : 0) + (elongated > 0 ? 1 : 0)
    sq += count * ww * ww + meta + cueKinds.length
    const k = sq > 0 ? (scales[o] as number) / Math.sqrt(sq) : 0
    const calA = hb.calA[head] as number
    const terms: TermContribution[] = []
    for (let i = 0; i < n; i++) terms.push({ term: (tokens[i] as Token).norm, token: i, weight: (contrib[i] as number) * k * calA })
    for (const kind of cueKinds) terms.push({ term: `cue:${kind}`, token: -1, weight: tb(hashString(kind, SEED_CUE) & mask) * k * calA })
    return terms
      .filter((t) => t.weight > 0)
      .sort((x, y) => y.weight - x.weight)
      .slice(0, topK)
  }

  return {
    ...common,
    predict: (tokens, cueKinds, out) => run(tokens, cueKinds, out, true),
    sentiment: (tokens, cueKinds, out) => run(tokens, cueKinds, out, false),
    explain,
  }
}

/** The label names of the on-demand block, for callers that index {@link EmotionPredictor.goemotions}' output. */
export const GOEMOTIONS_OUTPUT_LABELS = GOEMOTIONS_LABELS
/** The head names, for callers that index {@link EmotionPredictor.predict}'s output from {@link OUT_HEADS}. */
export const HEAD_OUTPUT_NAMES = HEAD_NAMES
