// Class probabilities of a featurised example under a sentiment model, for the sentiment experiments (no data loaded on import).
import { FeatureBuffer } from '../packages/engine/src/model/feature-buffer.js'
import { type SentimentModel, sentimentLogits } from '../packages/engine/src/model/sentiment-model.js'
import type { SentimentExample } from '../packages/engine/src/training/train-sentiment.js'

const buf = new FeatureBuffer(1)
const z = new Float64Array(3)
/** P(negative), P(neutral), P(positive) of a featurised example under a model. */
export function probabilities(m: SentimentModel, e: SentimentExample): number[] {
  buf.indices = e.indices
  buf.values = e.values
  buf.length = e.indices.length
  sentimentLogits(m, buf, z)
  const mx = Math.max(z[0]!, z[1]!, z[2]!)
  const a = [Math.exp(z[0]! - mx), Math.exp(z[1]! - mx), Math.exp(z[2]! - mx)]
  const s = a[0]! + a[1]! + a[2]!
  return a.map((x) => x / s)
}
