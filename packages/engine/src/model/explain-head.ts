import type { Token } from '../text/token.js'
import type { HeadBlock } from './emotion-heads.js'
import { BOS, SEED_BIGRAM, SEED_CUE, SEED_SKIP, SEED_TRIGRAM, type FeatureConfig } from './extract-features.js'
import { combineHashes, hashString } from './hash.js'
import type { InterleavedWeights } from './interleaved-weights.js'
import type { WordEntry } from './word-entry-memo.js'

/** One term's push on a head's score (logit units), for explanations. */
export interface TermContribution {
  /** The token text, or `cue:<kind>` for a cue feature. */
  readonly term: string
  /** Token index in the message (−1 for cues). */
  readonly token: number
  readonly weight: number
}

/**
 * The few terms that pushed head `head` (a HEAD_NAMES index) up most, largest first (only positive
 * pushes), from a message's word entries and negation scope as the emotion predictor analysed them.
 * An n-gram's push is shared equally by its words.
 */
export function explainHead(
  weights: InterleavedWeights,
  cfg: FeatureConfig,
  heads: HeadBlock,
  tokens: readonly Token[],
  entries: readonly WordEntry[],
  neg: Uint8Array,
  cueKinds: readonly string[],
  head: number,
  topK: number,
): TermContribution[] {
  const o = 3 + head
  const mask = (1 << cfg.bits) - 1
  const ww = cfg.wordWeight ?? 1
  const n = tokens.length
  const contrib = new Float64Array(n)
  let sq = 0
  let prev = BOS
  let prev2 = BOS
  let caps = 0
  let elongated = 0
  let count = 0
  const tb = (bucket: number): number => weights.code(bucket, o)
  const u = (e: WordEntry): number => ([e.u0, e.u1, e.u2, e.u3, e.u4, e.u5, e.u6, e.u7, e.u8, e.u9, e.u10][o] as number) / 2
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token
    const e = entries[i] as WordEntry
    const h = neg[i] === 1 ? e.hNeg : e.hWord
    // The entry holds char n-grams + the plain unigram; swap in the negated unigram when negated.
    let c = u(e) + (neg[i] === 1 ? (tb(e.hNeg & mask) - tb(e.hWord & mask)) * ww : 0)
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
    sq += e.nChar * cfg.charWeight * cfg.charWeight
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
  const k = sq > 0 ? (weights.scales[o] as number) / Math.sqrt(sq) : 0
  const calA = heads.calA[head] as number
  const terms: TermContribution[] = []
  for (let i = 0; i < n; i++) terms.push({ term: (tokens[i] as Token).norm, token: i, weight: (contrib[i] as number) * k * calA })
  for (const kind of cueKinds) terms.push({ term: `cue:${kind}`, token: -1, weight: tb(hashString(kind, SEED_CUE) & mask) * k * calA })
  return terms
    .filter((t) => t.weight > 0)
    .sort((x, y) => y.weight - x.weight)
    .slice(0, topK)
}
