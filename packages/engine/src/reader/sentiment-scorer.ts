import type { Token } from '../text/token.js'

/**
 * The port a sentiment backend implements: the built-in linear model, or an optional ONNX
 * transformer. It returns class probabilities; the reader fuses them with cues and domain terms.
 */
export interface SentimentScorer {
  /** Identifies the weights, e.g. "base-2026-11-26". */
  readonly version: string
  /** Writes P(negative), P(neutral), P(positive) into `out[0..2]`. */
  score(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void
}
