import type { Token } from '../text/token.js'
import type { FeatureBuffer } from './feature-buffer.js'
import { sigmoid } from './sigmoid.js'
import { type SentimentModel, SentimentScratch, predictSentiment, sentimentFeatures } from './sentiment-model.js'

/**
 * The always-on learned heads, in the order their weights are stored. The first seven are the
 * reader's learned emotions (`urgency` is a 1–7 regression mapped to 0..1), then `sarcasm`.
 */
export const HEAD_NAMES = ['frustration', 'anger', 'confusion', 'urgency', 'satisfaction', 'gratitude', 'disappointment', 'sarcasm'] as const
export type HeadName = (typeof HEAD_NAMES)[number]
export const HEAD_COUNT = HEAD_NAMES.length

/** The 28 GoEmotions labels (27 emotions + neutral), in the source's order. */
export const GOEMOTIONS_LABELS = [
  'admiration', 'amusement', 'anger', 'annoyance', 'approval', 'caring', 'confusion', 'curiosity', 'desire', 'disappointment',
  'disapproval', 'disgust', 'embarrassment', 'excitement', 'fear', 'gratitude', 'grief', 'joy', 'love', 'nervousness',
  'optimism', 'pride', 'realization', 'relief', 'remorse', 'sadness', 'surprise', 'neutral',
] as const

/**
 * GoEmotions labels that count as each of our learned emotions (a row is positive for an emotion when
 * it carries any of its labels, negative otherwise). Why:
 * - frustration ← annoyance: GoEmotions' "annoyance" (mild anger, irritation) is what support calls frustration.
 * - anger ← anger, disgust: strong hostility; disgust in complaints is revulsion at the service ("this is disgusting").
 * - confusion ← confusion only: "curiosity" is mostly neutral questions, which are not confusion in support text.
 * - satisfaction ← joy, admiration, approval, relief, love: being pleased with something / someone
 *   ("works now, great", "love the app"); excitement and optimism are about the future, not a verdict.
 * - gratitude ← gratitude.
 * - disappointment ← disappointment, sadness: expectations let down; sadness in complaints is the same feeling.
 * `urgency` and `sarcasm` have no GoEmotions labels (masked).
 */
export const GOEMOTIONS_TO_HEADS: Readonly<Record<string, readonly string[]>> = {
  frustration: ['annoyance'],
  anger: ['anger', 'disgust'],
  confusion: ['confusion'],
  satisfaction: ['joy', 'admiration', 'approval', 'relief', 'love'],
  gratitude: ['gratitude'],
  disappointment: ['disappointment', 'sadness'],
}

/**
 * Dense inputs every head sees besides the sparse sentiment features: P(negative) and P(positive)
 * of the sentiment model (so heads can use its verdict, e.g. sarcasm = positive words in a negative
 * message) and the message length (the sparse vector is L2-normalised, so length is otherwise lost).
 */
export const HEAD_DENSE_COUNT = 3

/** Fills the dense head inputs from sentiment probabilities and the token count. */
export function headDenseInputs(pNeg: number, pPos: number, tokenCount: number, out: Float64Array | Float32Array): void {
  out[0] = pNeg
  out[1] = pPos
  out[2] = Math.log1p(tokenCount) / 4
}

/**
 * A block of linear heads over the sentiment model's feature vector: `weights[bucket * k + h]`,
 * where `bucket` is the sentiment feature index (or, with `foldBits`, that index folded to
 * `foldBits` bits by `index & (2^foldBits − 1)`), plus dense weights `dense[h * HEAD_DENSE_COUNT + d]`.
 *
 * Outputs: a logistic head's probability is `σ(calA·z + calB)` (Platt scaling fitted on validation),
 * a regression head's score is `clamp(calA·z + calB, 0, 1)`; `thresholds[h]` is the decision threshold
 * on that output (tuned for F1 on validation).
 */
export interface HeadBlock {
  readonly names: readonly string[]
  /** Per head: 'logistic' (a probability) or 'regression' (a 0..1 score). */
  readonly kinds: readonly ('logistic' | 'regression')[]
  /** Bits of the bucket space; equal to the sentiment model's unless folded. */
  readonly bits: number
  readonly weights: Float32Array
  readonly bias: Float32Array
  readonly dense: Float32Array
  readonly calA: Float32Array
  readonly calB: Float32Array
  readonly thresholds: Float32Array
  /** Heads share one softmax: logits become log-probabilities before calibration. */
  readonly softmax?: boolean
  /** Storage width of the weight codes in the encoded file: 8 (default) or 4. */
  readonly codeBits?: 4 | 8
}

/** The learned heads: the always-on block (HEAD_NAMES) and the on-demand GoEmotions block. */
export interface EmotionHeadsModel {
  /** Must equal the sentiment model's `features.bits`; the heads read its feature vector. */
  readonly bits: number
  readonly heads: HeadBlock
  readonly goemotions?: HeadBlock
}

/** Raw scores (logits) of a head block for a sentiment feature vector and dense inputs. */
export function headLogits(block: HeadBlock, x: FeatureBuffer, dense: ArrayLike<number>, out: Float64Array): void {
  const k = block.names.length
  const w = block.weights
  const fold = (1 << block.bits) - 1
  for (let h = 0; h < k; h++) {
    let z = block.bias[h] as number
    for (let d = 0; d < HEAD_DENSE_COUNT; d++) z += (block.dense[h * HEAD_DENSE_COUNT + d] as number) * (dense[d] as number)
    out[h] = z
  }
  const idx = x.indices
  const val = x.values
  for (let i = 0; i < x.length; i++) {
    const b = ((idx[i] as number) & fold) * k
    const v = val[i] as number
    for (let h = 0; h < k; h++) out[h] = (out[h] as number) + (w[b + h] as number) * v
  }
  if (block.softmax === true) logSoftmaxInPlace(out, k)
}

/** Replaces `z[0..k)` by its log-softmax. */
export function logSoftmaxInPlace(z: Float64Array, k: number): void {
  let m = Number.NEGATIVE_INFINITY
  for (let h = 0; h < k; h++) if ((z[h] as number) > m) m = z[h] as number
  let s = 0
  for (let h = 0; h < k; h++) s += Math.exp((z[h] as number) - m)
  const lse = m + Math.log(s)
  for (let h = 0; h < k; h++) z[h] = (z[h] as number) - lse
}

/** Turns logits into calibrated outputs in place (probabilities or 0..1 scores). */
export function calibrateHeads(block: HeadBlock, z: Float64Array): void {
  for (let h = 0; h < block.names.length; h++) {
    const s = (block.calA[h] as number) * (z[h] as number) + (block.calB[h] as number)
    z[h] = block.kinds[h] === 'regression' ? (s < 0 ? 0 : s > 1 ? 1 : s) : sigmoid(s)
  }
}

const sharedScratch = new SentimentScratch()

/**
 * The plain (uncached) computation of a head block for one message: featurise with the sentiment
 * model's spec, run the sentiment model for the dense inputs, then the heads. Writes calibrated
 * outputs to `out` (length ≥ block size). Reference for the cached predictor and used in training.
 */
export function predictHeadsPlain(
  sentiment: SentimentModel,
  block: HeadBlock,
  tokens: readonly Token[],
  cueKinds: readonly string[],
  out: Float64Array,
  scratch: SentimentScratch = sharedScratch,
): void {
  const p = predictSentiment(sentiment, tokens, cueKinds, scratch)
  const dense = new Float64Array(HEAD_DENSE_COUNT)
  headDenseInputs(p.negative, p.positive, tokens.length, dense)
  const x = sentimentFeatures(sentiment, tokens, cueKinds, scratch)
  headLogits(block, x, dense, out)
  calibrateHeads(block, out)
}
