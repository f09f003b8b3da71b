import { type SentimentModel, SentimentScratch, predictSentiment } from '../model/sentiment-model.js'
import type { SentimentScorer } from '../reader/sentiment-scorer.js'
import type { Token } from '../text/token.js'

/** Wraps a learned {@link SentimentModel} as the reader's {@link SentimentScorer} port. */
export function createModelScorer(model: SentimentModel, version: string): SentimentScorer {
  const scratch = new SentimentScratch()
  return {
    version,
    score(tokens: readonly Token[], cueKinds: readonly string[], out: Float64Array): void {
      const p = predictSentiment(model, tokens, cueKinds, scratch)
      out[0] = p.negative
      out[1] = p.neutral
      out[2] = p.positive
    },
  }
}
