import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../text/tokenize.js'
import { type EmotionHeadsModel, GOEMOTIONS_LABELS, HEAD_COUNT, HEAD_DENSE_COUNT, HEAD_NAMES, type HeadBlock, predictHeadsPlain } from './emotion-heads.js'
import { OUT_HEADS, OUT_LENGTH, createEmotionPredictor } from './emotion-predictor.js'
import { decodeEmotionHeads, encodeEmotionHeads } from './model-codec.js'
import { createRng } from './rng.js'
import { type SentimentModel, predictSentiment } from './sentiment-model.js'

const BITS = 12

/** Weights on an int8 grid (code × scale, some code ±127), as decoded models have. */
function gridWeights(n: number, stride: number, rng: () => number, scale: number): Float32Array {
  const w = Float32Array.from({ length: n }, () => Math.round(rng() * 254 - 127) * scale)
  for (let h = 0; h < stride; h++) w[h] = 127 * scale
  return w
}

function block(names: readonly string[], seed: number, softmax = false): HeadBlock {
  const rng = createRng(seed)
  const k = names.length
  const b: HeadBlock = {
    names,
    kinds: names.map((n) => (n === 'urgency' ? 'regression' : 'logistic')),
    bits: BITS,
    weights: gridWeights((1 << BITS) * k, k, rng, 0.01),
    bias: Float32Array.from({ length: k }, () => rng() - 0.5),
    dense: Float32Array.from({ length: k * HEAD_DENSE_COUNT }, () => rng() - 0.5),
    calA: Float32Array.from({ length: k }, () => 0.5 + rng()),
    calB: Float32Array.from({ length: k }, () => rng() - 0.5),
    thresholds: Float32Array.from({ length: k }, () => rng()),
  }
  return softmax ? { ...b, softmax } : b
}

export function randomModels(seed: number): { sentiment: SentimentModel; heads: EmotionHeadsModel } {
  const rng = createRng(seed)
  const sentiment: SentimentModel = {
    classes: ['negative', 'neutral', 'positive'],
    features: { bits: BITS, charMin: 3, charMax: 5, bigrams: true, charWeight: 0.5, trigrams: true },
    lexicon: new Map([['good', 1.9], ['bad', -2.5], ['very', 0.1]]),
    lexiconScale: 1,
    weights: gridWeights((1 << BITS) * 3, 1, rng, 0.02),
    bias: Float32Array.from([0.1, 0.2, -0.1]),
    classBias: Float32Array.from([0.3, 0, 0.1]),
  }
  const heads: EmotionHeadsModel = { bits: BITS, heads: block(HEAD_NAMES, seed + 1), goemotions: block(GOEMOTIONS_LABELS, seed + 2, true) }
  return { sentiment, heads }
}

describe('createEmotionPredictor', () => {
  it('matches the plain computation (sentiment and heads), cached or not', () => {
    const { sentiment, heads } = randomModels(3)
    const fast = createEmotionPredictor(sentiment, heads)
    const out = new Float64Array(OUT_LENGTH)
    const plain = new Float64Array(HEAD_COUNT)
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.constantFrom([], ['sarcasm'], ['time-pressure', 'exclamation']), (text, cues) => {
        const tokens = tokenize(`${text} not good but VERY bad!! sooo slow`)
        const slow = predictSentiment(sentiment, tokens, cues)
        predictHeadsPlain(sentiment, heads.heads, tokens, cues, plain)
        for (let pass = 0; pass < 2; pass++) {
          fast.predict(tokens, cues, out)
          expect(out[0]).toBeCloseTo(slow.negative, 6)
          expect(out[1]).toBeCloseTo(slow.neutral, 6)
          expect(out[2]).toBeCloseTo(slow.positive, 6)
          for (let h = 0; h < HEAD_COUNT; h++) expect(out[OUT_HEADS + h]).toBeCloseTo(plain[h] as number, 6)
          const s = new Float64Array(3)
          fast.sentiment(tokens, cues, s)
          expect(s[0]).toBeCloseTo(slow.negative, 6)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('computes the GoEmotions block on demand and explains a head with the terms that pushed it up', () => {
    const { sentiment, heads } = randomModels(5)
    const fast = createEmotionPredictor(sentiment, heads)
    const tokens = tokenize('I have been waiting three days, please fix this asap')
    const go = new Float64Array(28)
    fast.goemotions(tokens, ['time-pressure'], go)
    const plain = new Float64Array(28)
    predictHeadsPlain(sentiment, heads.goemotions as HeadBlock, tokens, ['time-pressure'], plain)
    for (let h = 0; h < 28; h++) expect(go[h]).toBeCloseTo(plain[h] as number, 9)
    const terms = fast.explain(tokens, ['time-pressure'], HEAD_NAMES.indexOf('urgency'), 3)
    expect(terms.length).toBeLessThanOrEqual(3)
    for (let i = 1; i < terms.length; i++) expect((terms[i - 1]?.weight as number) >= (terms[i]?.weight as number)).toBe(true)
    for (const t of terms) expect(t.weight).toBeGreaterThan(0)
  })

  it('gives the same outputs after an encode/decode round trip of int8-grid heads', () => {
    const { sentiment, heads } = randomModels(9)
    const file = encodeEmotionHeads(heads, { version: 't', datasets: [] })
    const back = decodeEmotionHeads(file).model
    const a = createEmotionPredictor(sentiment, heads)
    const b = createEmotionPredictor(sentiment, back)
    const oa = new Float64Array(OUT_LENGTH)
    const ob = new Float64Array(OUT_LENGTH)
    const tokens = tokenize("this is the third time, I'm so annoyed!!")
    a.predict(tokens, [], oa)
    b.predict(tokens, [], ob)
    for (let i = 0; i < OUT_LENGTH; i++) expect(ob[i]).toBeCloseTo(oa[i] as number, 6)
  })

  it('unfolds heads stored with fewer bits than the sentiment model (same outputs as the plain path)', () => {
    const { sentiment, heads } = randomModels(11)
    const k = HEAD_COUNT
    const fb = BITS - 3
    const fw = heads.heads.weights.slice(0, (1 << fb) * k)
    const folded: EmotionHeadsModel = { bits: BITS, heads: { ...heads.heads, bits: fb, weights: fw } }
    const fast = createEmotionPredictor(sentiment, folded)
    const out = new Float64Array(OUT_LENGTH)
    const plain = new Float64Array(HEAD_COUNT)
    for (const text of ["I can't log in, not working again!!", 'thanks so much :)', 'WHY is this SOOO slow', '']) {
      const tokens = tokenize(text)
      fast.predict(tokens, ['time-pressure'], out)
      predictHeadsPlain(sentiment, folded.heads, tokens, ['time-pressure'], plain)
      for (let h = 0; h < HEAD_COUNT; h++) expect(out[OUT_HEADS + h]).toBeCloseTo(plain[h] as number, 6)
    }
    expect(() => createEmotionPredictor(sentiment, { bits: BITS, heads: { ...heads.heads, bits: BITS + 1 } })).toThrow()
  })

  it('handles messages with more than 256 word-level features (lane sums are unpacked in chunks)', () => {
    const { sentiment, heads } = randomModels(13)
    const fast = createEmotionPredictor(sentiment, heads)
    const out = new Float64Array(OUT_LENGTH)
    const plain = new Float64Array(HEAD_COUNT)
    const words = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 997} not good`).join(' ')
    const tokens = tokenize(words)
    fast.predict(tokens, [], out)
    predictHeadsPlain(sentiment, heads.heads, tokens, [], plain)
    for (let h = 0; h < HEAD_COUNT; h++) expect(out[OUT_HEADS + h]).toBeCloseTo(plain[h] as number, 6)
  })

  it('handles a word with more than 256 char n-grams (its memo sums lanes in chunks too)', () => {
    const { sentiment, heads } = randomModels(17)
    const fast = createEmotionPredictor(sentiment, heads)
    const out = new Float64Array(OUT_LENGTH)
    const plain = new Float64Array(HEAD_COUNT)
    const word = Array.from({ length: 300 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('')
    const tokens = tokenize(`why is ${word} here`)
    fast.predict(tokens, [], out)
    predictHeadsPlain(sentiment, heads.heads, tokens, [], plain)
    for (let h = 0; h < HEAD_COUNT; h++) expect(out[OUT_HEADS + h]).toBeCloseTo(plain[h] as number, 6)
  })
})
