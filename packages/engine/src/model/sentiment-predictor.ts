import type { Token } from '../text/token.js'
import { BOS, SEED_BIGRAM, SEED_CUE, SEED_META, SEED_NEG, SEED_SKIP, SEED_TRIGRAM, SEED_WORD, addCharGrams } from './extract-features.js'
import { FeatureBuffer } from './feature-buffer.js'
import { combineHashes, hashString } from './hash.js'
import { LEXICON_FEATURE_COUNT, lexiconSummary, wordTable } from './lexicon-features.js'
import { allocateWordSlot, setWordSlot, wordSlot } from '../text/word-class.js'
import { type TokenAnalysis, analyzeTokens } from './token-analysis.js'
import { type SentimentModel, SentimentScratch, lexiconBucket, predictSentiment } from './sentiment-model.js'

/** What one word contributes regardless of its neighbours, computed once per distinct word. */
interface WordEntry {
  readonly hWord: number
  readonly hNeg: number
  /** Σ weight × char-gram value, per class. */
  readonly c0: number
  readonly c1: number
  readonly c2: number
  /** Σ value² of its char-grams, for the vector's norm. */
  readonly sq: number
  /** The lexicon word-table code (valence and role flags), or -1 when the word is not in it. */
  readonly code: number
}

/** Predicts sentiment probabilities of tokenised messages; see {@link createSentimentPredictor}. */
export interface SentimentPredictor {
  /** Writes P(negative), P(neutral), P(positive) into `out[0..2]`. */
  predict(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void
}


/**
 * A predictor that gives the same probabilities as {@link predictSentiment} (up to float rounding)
 * but caches each distinct word's hashes and character-n-gram contribution, which is most of the
 * work: a message then costs a few lookups per word. The L2 normalisation of the sparse part is a
 * single scale factor, so per-word partial sums can be combined before it is applied.
 */
export function createSentimentPredictor(model: SentimentModel): SentimentPredictor {
  const cfg = model.features
  if (cfg.charScope === 'text') {
    // Char n-grams across words cannot be cached per word: use the plain path.
    const scratch = new SentimentScratch()
    return {
      predict(tokens, cueKinds, out) {
        const p = predictSentiment(model, tokens, cueKinds, scratch)
        out[0] = p.negative
        out[1] = p.neutral
        out[2] = p.positive
      },
    }
  }
  const w = model.weights
  const mask = (1 << cfg.bits) - 1
  const ww = cfg.wordWeight ?? 1
  // Per-word results live on the token's shared WordInfo, in this predictor's own two slots (words
  // and hashtags get char n-grams, other kinds with the same text do not).
  const slot = allocateWordSlot(2)
  const tmp = new FeatureBuffer(256)
  const scratch = new SentimentScratch()
  const table = model.lexicon === undefined ? undefined : wordTable(model.lexicon)
  const lexBuckets = Int32Array.from({ length: LEXICON_FEATURE_COUNT }, (_, j) => lexiconBucket(j, cfg.bits))
  const dense = new Float64Array(LEXICON_FEATURE_COUNT)
  const metaCaps = hashString('caps', SEED_META) & mask
  const metaCaps3 = hashString('caps3', SEED_META) & mask
  const metaElong = hashString('elong', SEED_META) & mask
  const cueBucket = new Map<string, number>()
  const acc: number[] = []
  const entries: WordEntry[] = []

  function entry(t: Token): WordEntry {
    const wordish = t.kind === 'word' || t.kind === 'hashtag'
    // Words and hashtags get char n-grams; other kinds with the same text do not.
    const at = wordish ? slot : slot + 1
    const hit = wordSlot(t.info, at) as WordEntry | undefined
    if (hit !== undefined) return hit
    let c0 = 0
    let c1 = 0
    let c2 = 0
    let sq = 0
    if (wordish && t.norm.length > 1) {
      tmp.clear()
      addCharGrams(t.norm, cfg, tmp)
      for (let i = 0; i < tmp.length; i++) {
        const b = (tmp.indices[i] as number) * 3
        const v = tmp.values[i] as number
        c0 += (w[b] as number) * v
        c1 += (w[b + 1] as number) * v
        c2 += (w[b + 2] as number) * v
        sq += v * v
      }
    }
    const code = table?.get(t.norm) ?? -1
    const e: WordEntry = { hWord: hashString(t.norm, SEED_WORD), hNeg: hashString(t.norm, SEED_NEG), c0, c1, c2, sq, code }
    setWordSlot(t.info, at, e)
    return e
  }

  /** Each token's memo entry into `entries`, its table code into the shared analysis, then the analysis. */
  function analyze(tokens: readonly Token[], a: TokenAnalysis): void {
    const n = tokens.length
    a.ensure(n)
    const codes = a.codes
    for (let i = 0; i < n; i++) {
      const e = entry(tokens[i] as Token)
      entries[i] = e
      codes[i] = e.code
    }
    analyzeTokens(tokens, a, table !== undefined)
  }

  return {
    predict(tokens, cueKinds, out) {
      const a = scratch.analysis
      analyze(tokens, a)
      const neg = a.negated
      // Buckets of word-level features go to `acc` first; the weights are read in one tight loop
      // below (a closure that updates outer sums would force them onto the heap).
      acc.length = 0
      let z0 = 0
      let z1 = 0
      let z2 = 0
      let sq = 0
      let prev = BOS
      let prev2 = BOS
      let caps = 0
      let elongated = 0
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i] as Token
        const e = entries[i] as WordEntry
        const h = neg[i] === 1 ? e.hNeg : e.hWord
        acc.push(h & mask)
        if (cfg.bigrams) acc.push(combineHashes(prev, h ^ SEED_BIGRAM) & mask)
        if (cfg.trigrams === true && i > 0) acc.push(combineHashes(combineHashes(prev2, prev), h ^ SEED_TRIGRAM) & mask)
        if (cfg.skipBigrams === true && i > 0) acc.push(combineHashes(prev2, h ^ SEED_SKIP) & mask)
        prev2 = prev
        prev = h
        z0 += e.c0
        z1 += e.c1
        z2 += e.c2
        sq += e.sq
        if (t.kind === 'word' || t.kind === 'hashtag') {
          if (t.caps && t.norm.length > 2) caps++
          if (t.elongated) elongated++
        }
      }
      if (cfg.bigrams && tokens.length > 0) acc.push(combineHashes(prev, BOS ^ SEED_BIGRAM) & mask)
      for (let i = 0; i < acc.length; i++) {
        const b = (acc[i] as number) * 3
        z0 += (w[b] as number) * ww
        z1 += (w[b + 1] as number) * ww
        z2 += (w[b + 2] as number) * ww
      }
      sq += acc.length * ww * ww
      acc.length = 0
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
      for (let i = 0; i < acc.length; i++) {
        const b = (acc[i] as number) * 3
        z0 += w[b] as number
        z1 += w[b + 1] as number
        z2 += w[b + 2] as number
      }
      sq += acc.length
      const k = sq > 0 ? 1 / Math.sqrt(sq) : 0
      z0 = z0 * k + (model.bias[0] as number) + (model.classBias[0] as number)
      z1 = z1 * k + (model.bias[1] as number) + (model.classBias[1] as number)
      z2 = z2 * k + (model.bias[2] as number) + (model.classBias[2] as number)
      if (table !== undefined && model.lexiconScale > 0) {
        lexiconSummary(tokens, a, dense)
        for (let j = 0; j < LEXICON_FEATURE_COUNT; j++) {
          const v = (dense[j] as number) * model.lexiconScale
          if (v === 0) continue
          const b = (lexBuckets[j] as number) * 3
          z0 += (w[b] as number) * v
          z1 += (w[b + 1] as number) * v
          z2 += (w[b + 2] as number) * v
        }
      }
      const m = Math.max(z0, z1, z2)
      const e0 = Math.exp(z0 - m)
      const e1 = Math.exp(z1 - m)
      const e2 = Math.exp(z2 - m)
      const s = e0 + e1 + e2
      out[0] = e0 / s
      out[1] = e1 / s
      out[2] = e2 / s
    },
  }
}
