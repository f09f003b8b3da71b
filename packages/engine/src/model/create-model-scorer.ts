import type { EmotionHeadsModel } from './emotion-heads.js'
import { createEmotionPredictor } from './emotion-predictor.js'
import type { SentimentModel } from './sentiment-model.js'
import { createSentimentPredictor } from './sentiment-predictor.js'
import type { SentimentScorer } from '../reader/sentiment-scorer.js'

/**
 * Wraps a learned {@link SentimentModel} (and, when given, its emotion heads) as the reader's
 * {@link SentimentScorer} port. With heads, one pass yields sentiment and every head.
 */
export function createModelScorer(model: SentimentModel, version: string, heads?: EmotionHeadsModel): SentimentScorer {
  if (heads === undefined) {
    const predictor = createSentimentPredictor(model)
    return { version, score: (tokens, cueKinds, out) => predictor.predict(tokens, cueKinds, out) }
  }
  const p = createEmotionPredictor(model, heads)
  return {
    version,
    score: (tokens, cueKinds, out) => p.sentiment(tokens, cueKinds, out),
    scoreWithHeads: (tokens, cueKinds, out) => p.predict(tokens, cueKinds, out),
    headThresholds: p.thresholds,
    explainHead: (tokens, cueKinds, head, topK) => p.explain(tokens, cueKinds, head, topK),
    ...(p.hasGoemotions ? { goemotions: (tokens, cueKinds, out) => p.goemotions(tokens, cueKinds, out), goemotionsThresholds: p.goemotionsThresholds } : {}),
  }
}
