import type { Token } from '../text/token.js'
import { extractFeatures, type FeatureConfig } from './extract-features.js'
import { FeatureBuffer } from './feature-buffer.js'
import { hashString } from './hash.js'
import { LEXICON_FEATURE_COUNT, type Lexicon, lexiconSummary, wordTable } from './lexicon-features.js'
import { TokenAnalysis, analyzeTokens, lookUpTokens } from './token-analysis.js'

/** The three sentiment classes, in the order weights and probabilities use. */
export const SENTIMENT_CLASSES = ['negative', 'neutral', 'positive'] as const
export type SentimentClass = (typeof SENTIMENT_CLASSES)[number]

/** Probabilities of the three classes (they sum to 1). */
export interface SentimentScores {
  negative: number
  neutral: number
  positive: number
}

/** How a message becomes a feature vector; stored with the model so reading matches training. */
export interface SentimentFeatureSpec {
  readonly features: FeatureConfig
  /** Valence lexicon for the dense VADER-style features; absent → no lexicon features. */
  readonly lexicon?: Lexicon
  /** Multiplier of the dense lexicon features (kept out of the sparse vector's L2 normalisation). */
  readonly lexiconScale: number
}

/**
 * A 3-class softmax over hashed sparse features plus dense lexicon features.
 * `weights[bucket * 3 + c]`; `classBias` is a small per-class offset tuned on validation and added
 * to the logits at prediction time.
 */
export interface SentimentModel extends SentimentFeatureSpec {
  readonly classes: readonly string[]
  readonly weights: Float32Array
  readonly bias: Float32Array
  readonly classBias: Float32Array
}

const SEED_LEX = 997

/** Bucket of dense lexicon feature j for a given hash width. */
export function lexiconBucket(j: number, bits: number): number {
  return hashString(`lex${j}`, SEED_LEX) & ((1 << bits) - 1)
}

/** Scratch space reused across calls, so featurising allocates nothing per message beyond the negation flags. */
export class SentimentScratch {
  readonly buf = new FeatureBuffer(1024)
  readonly dense = new Float64Array(LEXICON_FEATURE_COUNT)
  readonly z = new Float64Array(3)
  readonly analysis = new TokenAnalysis()
  buckets: Int32Array = new Int32Array(0)
  bucketBits = -1
}

/** Writes the model's full feature vector for `tokens` into `scratch.buf`. */
export function sentimentFeatures(
  spec: SentimentFeatureSpec,
  tokens: readonly Token[],
  cueKinds: readonly string[],
  scratch: SentimentScratch,
): FeatureBuffer {
  const lexicon = spec.lexicon
  const a = scratch.analysis
  lookUpTokens(tokens, lexicon !== undefined ? wordTable(lexicon) : undefined, a)
  analyzeTokens(tokens, a, lexicon !== undefined)
  const buf = scratch.buf
  extractFeatures(tokens, cueKinds, spec.features, buf, a.negated)
  if (lexicon !== undefined && spec.lexiconScale > 0) {
    if (scratch.bucketBits !== spec.features.bits) {
      scratch.buckets = Int32Array.from({ length: LEXICON_FEATURE_COUNT }, (_, j) => lexiconBucket(j, spec.features.bits))
      scratch.bucketBits = spec.features.bits
    }
    const d = scratch.dense
    lexiconSummary(tokens, a, d)
    for (let j = 0; j < LEXICON_FEATURE_COUNT; j++) {
      const v = d[j] as number
      if (v !== 0) buf.push(scratch.buckets[j] as number, v * spec.lexiconScale)
    }
  }
  return buf
}

/** Raw class scores (logits, including `classBias`) for a feature vector. */
export function sentimentLogits(model: Pick<SentimentModel, 'weights' | 'bias' | 'classBias'>, x: FeatureBuffer, out: Float64Array): void {
  const w = model.weights
  let z0 = (model.bias[0] as number) + (model.classBias[0] as number)
  let z1 = (model.bias[1] as number) + (model.classBias[1] as number)
  let z2 = (model.bias[2] as number) + (model.classBias[2] as number)
  const idx = x.indices
  const val = x.values
  for (let i = 0; i < x.length; i++) {
    const b = (idx[i] as number) * 3
    const v = val[i] as number
    z0 += (w[b] as number) * v
    z1 += (w[b + 1] as number) * v
    z2 += (w[b + 2] as number) * v
  }
  out[0] = z0
  out[1] = z1
  out[2] = z2
}

const shared = new SentimentScratch()

/**
 * Sentiment probabilities of one tokenised message.
 *
 * @example
 * predictSentiment(model, tokenize('this is great!'), []).positive // close to 1
 */
export function predictSentiment(
  model: SentimentModel,
  tokens: readonly Token[],
  cueKinds: readonly string[],
  scratch: SentimentScratch = shared,
): SentimentScores {
  const x = sentimentFeatures(model, tokens, cueKinds, scratch)
  const z = scratch.z
  sentimentLogits(model, x, z)
  const z0 = z[0] as number
  const z1 = z[1] as number
  const z2 = z[2] as number
  const m = Math.max(z0, z1, z2)
  const e0 = Math.exp(z0 - m)
  const e1 = Math.exp(z1 - m)
  const e2 = Math.exp(z2 - m)
  const s = e0 + e1 + e2
  return { negative: e0 / s, neutral: e1 / s, positive: e2 / s }
}
