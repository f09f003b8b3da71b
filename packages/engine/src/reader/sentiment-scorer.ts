import type { Token } from '../text/token.js'

/**
 * The port a sentiment backend implements: the built-in linear model, or an optional ONNX
 * transformer. It returns class probabilities; the reader fuses them with cues and domain terms.
 * A backend with learned emotion heads also implements the optional members.
 */
export interface SentimentScorer {
  /** Identifies the weights, e.g. "base-2026-11-26". */
  readonly version: string
  /** Writes P(negative), P(neutral), P(positive) into `out[0..2]`. */
  score(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void
  /**
   * Sentiment and the learned heads in one pass: `out[0..2]` as `score`, then the eight heads in
   * `EMOTIONS` order (frustration … sarcasm; urgency is a 0..1 score).
   */
  scoreWithHeads?(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void
  /** Decision thresholds of the heads, same order. */
  readonly headThresholds?: Float32Array
  /** The terms that pushed head `head` up most (for explanations; costs another pass). */
  explainHead?(tokens: readonly Token[], cueKinds: readonly string[], head: number, topK: number): readonly { term: string; weight: number }[]
  /** The 28 GoEmotions probabilities, when the on-demand block is loaded. */
  goemotions?(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void
  readonly goemotionsThresholds?: Float32Array
}
