import type { SentimentModel } from '../model/sentiment-model.js'
import { createSentimentPredictor } from '../model/sentiment-predictor.js'
import type { SentimentScorer } from '../reader/sentiment-scorer.js'

/** Wraps a learned {@link SentimentModel} as the reader's {@link SentimentScorer} port. */
export function createModelScorer(model: SentimentModel, version: string): SentimentScorer {
  const predictor = createSentimentPredictor(model)
  return { version, score: (tokens, cueKinds, out) => predictor.predict(tokens, cueKinds, out) }
}
