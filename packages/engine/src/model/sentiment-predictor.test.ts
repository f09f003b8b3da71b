import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../text/tokenize.js'
import { createRng } from './rng.js'
import type { SentimentModel } from './sentiment-model.js'
import { predictSentiment } from './sentiment-model.js'
import { createSentimentPredictor } from './sentiment-predictor.js'

function randomModel(seed: number, trigrams: boolean): SentimentModel {
  const rng = createRng(seed)
  const bits = 12
  return {
    classes: ['negative', 'neutral', 'positive'],
    features: { bits, charMin: 3, charMax: 5, bigrams: true, charWeight: 0.5, trigrams },
    lexicon: new Map([['good', 1.9], ['bad', -2.5], ['very', 0.1]]),
    lexiconScale: 1,
    weights: Float32Array.from({ length: (1 << bits) * 3 }, () => rng() * 2 - 1),
    bias: Float32Array.from([0.1, 0.2, -0.1]),
    classBias: Float32Array.from([0.3, 0, 0.1]),
  }
}

describe('createSentimentPredictor', () => {
  it('matches predictSentiment on any text (property), cached or not', () => {
    for (const trigrams of [false, true]) {
      const model = randomModel(7, trigrams)
      const fast = createSentimentPredictor(model)
      const out = new Float64Array(3)
      fc.assert(
        fc.property(fc.string({ maxLength: 120 }), fc.constantFrom([], ['sarcasm'], ['negation', 'exclamation']), (text, cues) => {
          const tokens = tokenize(`${text} not good but VERY bad!!`)
          const slow = predictSentiment(model, tokens, cues)
          for (let pass = 0; pass < 2; pass++) {
            fast.predict(tokens, cues, out)
            expect(out[0]).toBeCloseTo(slow.negative, 6)
            expect(out[1]).toBeCloseTo(slow.neutral, 6)
            expect(out[2]).toBeCloseTo(slow.positive, 6)
          }
        }),
        { numRuns: 300 },
      )
    }
  })
})
