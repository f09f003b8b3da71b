import type { Token } from '../text/token.js'
import {
  type EmotionHeadsModel,
  HEAD_COUNT,
  HEAD_DENSE_COUNT,
  calibrateHeads,
  headDenseInputs,
  headLogits,
  predictHeadsPlain,
} from './emotion-heads.js'
import { type TermContribution, explainHead } from './explain-head.js'
import { BOS, SEED_BIGRAM, SEED_CUE, SEED_META, SEED_SKIP, SEED_TRIGRAM } from './extract-features.js'
import { combineHashes, hashString } from './hash.js'
import { InterleavedWeights, OUTS } from './interleaved-weights.js'
import { LEXICON_FEATURE_COUNT, lexiconSummary, wordTable } from './lexicon-features.js'
import { type SentimentModel, SentimentScratch, lexiconBucket, predictSentiment } from './sentiment-model.js'
import { type TokenAnalysis, analyzeTokens } from './token-analysis.js'
import { E_CODE, E_HNEG, E_HWORD, E_NCHAR, E_U, WordEntries, type WordEntry } from './word-entry-memo.js'

export type { TermContribution } from './explain-head.js'

/** `out[0..3)` is sentiment; `out[OUT_HEADS + h]` is head `HEAD_NAMES[h]`'s calibrated output. */
export const OUT_HEADS = 3
/** Length `out` must have. */
export const OUT_LENGTH = OUT_HEADS + HEAD_COUNT

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

/**
 * A predictor for sentiment plus the always-on heads that shares one feature pass and one per-word
 * memo: each distinct word's hashes, char-n-gram sums and plain-unigram weights for all 11 outputs
 * are computed once, and every bucket's weights for all outputs sit in one 16-byte record of an
 * int8 table. Gives the same outputs as {@link predictSentiment} + {@link predictHeadsPlain} on the
 * int8 weights (up to float rounding). `heads.bits` must equal the sentiment model's bits; the
 * always-on block may be folded to fewer bits (`heads.heads.bits`).
 */
export function createEmotionPredictor(sentiment: SentimentModel, heads: EmotionHeadsModel): EmotionPredictor {
  const cfg = sentiment.features
  if (heads.bits !== cfg.bits || heads.heads.names.length !== HEAD_COUNT || heads.heads.bits > cfg.bits) {
    throw new Error('emotion heads do not match the sentiment model')
  }
  const goBlock = heads.goemotions
  const goScratch = new SentimentScratch()
  const goDense = new Float64Array(HEAD_DENSE_COUNT)
  const goemotions = (tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void => {
    if (goBlock === undefined) throw new Error('this model has no GoEmotions block')
    // predictSentiment leaves the message's feature vector in goScratch.buf: the block reads the same one.
    const p = predictSentiment(sentiment, tokens, cueKinds, goScratch)
    headDenseInputs(p.negative, p.positive, tokens.length, goDense)
    headLogits(goBlock, goScratch.buf, goDense, out)
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
  const weights = new InterleavedWeights(sentiment, heads)
  const scales = weights.scales
  const code = (b: number, o: number): number => weights.code(b, o)
  const hb = heads.heads
  const mask = (1 << cfg.bits) - 1
  const ww = cfg.wordWeight ?? 1
  const cw = cfg.charWeight
  const scratch = new SentimentScratch()
  const lexTable = sentiment.lexicon === undefined ? undefined : wordTable(sentiment.lexicon)
  const table = new WordEntries(cfg, weights, lexTable)
  const useLex = lexTable !== undefined && sentiment.lexiconScale > 0
  // Dense lexicon features' weights for every output, as floats (code × scale × lexiconScale).
  const lexW = new Float64Array(LEXICON_FEATURE_COUNT * OUTS)
  for (let j = 0; j < LEXICON_FEATURE_COUNT; j++) {
    const b = lexiconBucket(j, cfg.bits)
    for (let o = 0; o < OUTS; o++) lexW[j * OUTS + o] = code(b, o) * (scales[o] as number) * sentiment.lexiconScale
  }
  const denseLex = new Float64Array(LEXICON_FEATURE_COUNT)
  const metaCaps = hashString('caps', SEED_META) & mask
  const metaCaps3 = hashString('caps3', SEED_META) & mask
  const metaElong = hashString('elong', SEED_META) & mask
  const cueBucket = new Map<string, number>()
  let acc = new Int32Array(256)
  let subAcc = new Int32Array(256)
  // Per token of the message being read: its word and negated-word hashes (from its memo row).
  let hWords = new Int32Array(64)
  let hNegs = new Int32Array(64)
  // Σ over the message's tokens of each output's memo sum (× 2), and of their char n-gram counts.
  const uSum = new Float64Array(OUTS)
  let nCharSum = 0
  const z = new Float64Array(OUTS)
  const sBias = Float64Array.from({ length: 3 }, (_, c) => (sentiment.bias[c] as number) + (sentiment.classBias[c] as number))
  // Heads: out = calA·(scale·k·Σcodes + bias + dense·d + lex) + calB, with calA folded in.
  const hScale = Float64Array.from({ length: HEAD_COUNT }, (_, h) => (scales[3 + h] as number) * (hb.calA[h] as number))
  const hBias = Float64Array.from({ length: HEAD_COUNT }, (_, h) => (hb.calA[h] as number) * (hb.bias[h] as number) + (hb.calB[h] as number))
  const hDense = Float64Array.from({ length: HEAD_COUNT * HEAD_DENSE_COUNT }, (_, j) => (hb.dense[j] as number) * (hb.calA[Math.floor(j / HEAD_DENSE_COUNT)] as number))
  // Lexicon weights of the heads with calA folded in (same layout as lexW).
  const lexH = Float64Array.from(lexW, (v, j) => (j % OUTS >= 3 ? v * (hb.calA[(j % OUTS) - 3] as number) : 0))
  const hRegression = Uint8Array.from(hb.kinds, (k) => (k === 'regression' ? 1 : 0))
  const hd = new Float64Array(HEAD_DENSE_COUNT)

  /**
   * Each token's memo row: its hashes into hWords/hNegs, its table code into the shared analysis,
   * its sums into uSum and nCharSum (heads' sums only `withHeads`); then the analysis.
   */
  function analyze(tokens: readonly Token[], a: TokenAnalysis, withHeads: boolean): void {
    const n = tokens.length
    a.ensure(n)
    if (hWords.length < n) {
      hWords = new Int32Array(a.codes.length)
      hNegs = new Int32Array(a.codes.length)
    }
    const codes = a.codes
    let nChar = 0
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
    for (let i = 0; i < n; i++) {
      const r = table.row(tokens[i] as Token)
      const o = table.at
      codes[i] = r[o + E_CODE] as number
      hWords[i] = r[o + E_HWORD] as number
      hNegs[i] = r[o + E_HNEG] as number
      nChar += r[o + E_NCHAR] as number
      s0 += r[o + E_U] as number
      s1 += r[o + E_U + 1] as number
      s2 += r[o + E_U + 2] as number
      if (withHeads) {
        h0 += r[o + E_U + 3] as number
        h1 += r[o + E_U + 4] as number
        h2 += r[o + E_U + 5] as number
        h3 += r[o + E_U + 6] as number
        h4 += r[o + E_U + 7] as number
        h5 += r[o + E_U + 8] as number
        h6 += r[o + E_U + 9] as number
        h7 += r[o + E_U + 10] as number
      }
    }
    nCharSum = nChar
    uSum[0] = s0
    uSum[1] = s1
    uSum[2] = s2
    uSum[3] = h0
    uSum[4] = h1
    uSum[5] = h2
    uSum[6] = h3
    uSum[7] = h4
    uSum[8] = h5
    uSum[9] = h6
    uSum[10] = h7
    analyzeTokens(tokens, a, lexTable !== undefined)
  }

  function run(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array, withHeads: boolean): void {
    const a = scratch.analysis
    analyze(tokens, a, withHeads)
    const neg = a.negated
    const n = tokens.length
    // Word-level buckets (bigrams, trigrams, a negated token's unigram) go to `buf`.
    const need = n * 4 + 8 + cueKinds.length
    if (acc.length < need) {
      acc = new Int32Array(need * 2)
      subAcc = new Int32Array(need * 2)
    }
    const buf = acc
    const sub = subAcc
    if (withHeads) z.fill(0)
    let na = 0
    let prev = BOS
    let prev2 = BOS
    let caps = 0
    let elongated = 0
    let nSub = 0
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token
      const hWord = hWords[i] as number
      let h = hWord
      if (neg[i] === 1) {
        h = hNegs[i] as number
        buf[na++] = h & mask
        // The plain unigram is inside the memo's sums: take it back out below.
        sub[nSub++] = hWord & mask
      }
      if (cfg.bigrams) buf[na++] = combineHashes(prev, h ^ SEED_BIGRAM) & mask
      if (cfg.trigrams === true && i > 0) buf[na++] = combineHashes(combineHashes(prev2, prev), h ^ SEED_TRIGRAM) & mask
      if (cfg.skipBigrams === true && i > 0) buf[na++] = combineHashes(prev2, h ^ SEED_SKIP) & mask
      prev2 = prev
      prev = h
      const kind = t.kind
      if (kind === 'word' || kind === 'hashtag') {
        if (t.caps && t.norm.length > 2) caps++
        if (t.elongated) elongated++
      }
    }
    if (cfg.bigrams && n > 0) buf[na++] = combineHashes(prev, BOS ^ SEED_BIGRAM) & mask
    const nWord = na
    // The memo's sums are × 2.
    let s0 = (uSum[0] as number) * 0.5
    let s1 = (uSum[1] as number) * 0.5
    let s2 = (uSum[2] as number) * 0.5
    let h0 = (uSum[3] as number) * 0.5
    let h1 = (uSum[4] as number) * 0.5
    let h2 = (uSum[5] as number) * 0.5
    let h3 = (uSum[6] as number) * 0.5
    let h4 = (uSum[7] as number) * 0.5
    let h5 = (uSum[8] as number) * 0.5
    let h6 = (uSum[9] as number) * 0.5
    let h7 = (uSum[10] as number) * 0.5
    let sq = nCharSum * cw * cw
    if (caps > 0) buf[na++] = caps > 2 ? metaCaps3 : metaCaps
    if (elongated > 0) buf[na++] = metaElong
    for (let c = 0; c < cueKinds.length; c++) {
      const kind = cueKinds[c] as string
      let b = cueBucket.get(kind)
      if (b === undefined) {
        b = hashString(kind, SEED_CUE) & mask
        cueBucket.set(kind, b)
      }
      buf[na++] = b
    }
    // Word-level buckets: codes × ww.
    const wsum = weights.sumCodes(buf, 0, nWord, withHeads)
    const w0 = wsum[0] as number
    const w1 = wsum[1] as number
    const w2 = wsum[2] as number
    if (withHeads) {
      h0 += (wsum[3] as number) * ww
      h1 += (wsum[4] as number) * ww
      h2 += (wsum[5] as number) * ww
      h3 += (wsum[6] as number) * ww
      h4 += (wsum[7] as number) * ww
      h5 += (wsum[8] as number) * ww
      h6 += (wsum[9] as number) * ww
      h7 += (wsum[10] as number) * ww
    }
    // The plain unigrams of negated tokens come back out; meta and cue buckets count with value 1.
    let n0 = w0
    let n1 = w1
    let n2 = w2
    for (let i = 0; i < nSub; i++) {
      const b = sub[i] as number
      n0 -= code(b, 0)
      n1 -= code(b, 1)
      n2 -= code(b, 2)
      if (withHeads) for (let o = 3; o < OUTS; o++) z[o] = (z[o] as number) - code(b, o) * ww
    }
    s0 += n0 * ww
    s1 += n1 * ww
    s2 += n2 * ww
    for (let i = nWord; i < na; i++) {
      const b = buf[i] as number
      s0 += code(b, 0)
      s1 += code(b, 1)
      s2 += code(b, 2)
      if (withHeads) for (let o = 3; o < OUTS; o++) z[o] = (z[o] as number) + code(b, o)
    }
    // Word-level features: a unigram per token (negated ones are in buf) + the rest of buf's word part.
    const wordEntries = n + nWord - nSub
    sq += wordEntries * ww * ww + (na - nWord)
    const k = sq > 0 ? 1 / Math.sqrt(sq) : 0
    const ks = k * (scales[0] as number)
    let z0 = s0 * ks + (sBias[0] as number)
    let z1 = s1 * ks + (sBias[1] as number)
    let z2 = s2 * ks + (sBias[2] as number)
    if (useLex) {
      lexiconSummary(tokens, a, denseLex)
      for (let j = 0; j < LEXICON_FEATURE_COUNT; j++) {
        const v = denseLex[j] as number
        if (v === 0) continue
        const o = j * OUTS
        z0 += (lexW[o] as number) * v
        z1 += (lexW[o + 1] as number) * v
        z2 += (lexW[o + 2] as number) * v
      }
    }
    const m = Math.max(z0, z1, z2)
    const e0 = Math.exp(z0 - m)
    const e1 = Math.exp(z1 - m)
    const e2 = Math.exp(z2 - m)
    const s = e0 + e1 + e2
    const pNeg = e0 / s
    const pPos = e2 / s
    out[0] = pNeg
    out[1] = e1 / s
    out[2] = pPos
    if (!withHeads) return
    z[3] = (z[3] as number) + h0
    z[4] = (z[4] as number) + h1
    z[5] = (z[5] as number) + h2
    z[6] = (z[6] as number) + h3
    z[7] = (z[7] as number) + h4
    z[8] = (z[8] as number) + h5
    z[9] = (z[9] as number) + h6
    z[10] = (z[10] as number) + h7
    for (let h = 3; h < OUTS; h++) z[h] = (z[h] as number) * k * (hScale[h - 3] as number)
    if (useLex) {
      for (let j = 0; j < LEXICON_FEATURE_COUNT; j++) {
        const v = denseLex[j] as number
        if (v === 0) continue
        const o = j * OUTS
        for (let h = 3; h < OUTS; h++) z[h] = (z[h] as number) + (lexH[o + h] as number) * v
      }
    }
    headDenseInputs(pNeg, pPos, n, hd)
    for (let h = 0; h < HEAD_COUNT; h++) {
      let c = (z[3 + h] as number) + (hBias[h] as number)
      for (let d = 0; d < HEAD_DENSE_COUNT; d++) c += (hDense[h * HEAD_DENSE_COUNT + d] as number) * (hd[d] as number)
      out[OUT_HEADS + h] = hRegression[h] === 1 ? (c < 0 ? 0 : c > 1 ? 1 : c) : 1 / (1 + Math.exp(-c))
    }
  }

  function explain(tokens: readonly Token[], cueKinds: readonly string[], head: number, topK = 3): TermContribution[] {
    if (head < 0 || head >= HEAD_COUNT) throw new RangeError(`no head ${head}`)
    const a = scratch.analysis
    analyze(tokens, a, true)
    const entries: WordEntry[] = tokens.map((t) => table.entry(t))
    return explainHead(weights, cfg, hb, tokens, entries, a.negated, cueKinds, head, topK)
  }

  return {
    ...common,
    predict: (tokens, cueKinds, out) => run(tokens, cueKinds, out, true),
    sentiment: (tokens, cueKinds, out) => run(tokens, cueKinds, out, false),
    explain,
  }
}
