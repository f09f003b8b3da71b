import { describe, expect, it } from 'vitest'
import { DEFAULT_FEATURES } from '../model/extract-features.js'
import { decodeModel, encodeModel } from '../model/model-codec.js'
import { predictSentiment, SentimentScratch } from '../model/sentiment-model.js'
import { tokenize } from '../text/tokenize.js'
import { buildSentimentTrainingRows, goEmotionsToSentiment } from './sentiment-labels.js'
import { evaluateExamples, featurizeRows, type SentimentRow, trainSentimentModel, tuneClassBias, tuneClassBiasAcross, unescapeHtml } from './train-sentiment.js'

// A tiny synthetic corpus: every message is a template filled with a polar or neutral word.
const POS = ['great', 'love', 'awesome', 'happy', 'wonderful', 'excellent']
const NEG = ['awful', 'hate', 'terrible', 'broken', 'worst', 'angry']
const NEU = ['tuesday', 'report', 'meeting', 'schedule', 'address', 'invoice']
const FRAMES = ['the {} today', 'this is {}', 'my {} again', '{} with the order', 'about the {} now']

function synthetic(): SentimentRow[] {
  const rows: SentimentRow[] = []
  for (const f of FRAMES) {
    for (const w of POS) rows.push({ text: f.replace('{}', w), label: 'positive' })
    for (const w of NEG) rows.push({ text: f.replace('{}', w), label: 'negative' })
    for (const w of NEU) rows.push({ text: f.replace('{}', w), label: 'neutral', weight: 0.8 })
  }
  return rows
}

const recipe = { features: { ...DEFAULT_FEATURES, bits: 12 }, epochs: 8, learningRate: 0.3, bags: 2 }
const lexicon = new Map([
  ['great', 3.1],
  ['hate', -2.7],
])

describe('trainSentimentModel', () => {
  it('is deterministic: the same seed gives bit-identical weights, another seed differs', () => {
    const a = trainSentimentModel(synthetic(), { seed: 7, recipe, lexicon })
    const b = trainSentimentModel(synthetic(), { seed: 7, recipe, lexicon })
    const c = trainSentimentModel(synthetic(), { seed: 8, recipe, lexicon })
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true)
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias))
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false)
  })

  it('learns the synthetic polarity and predictSentiment returns probabilities', () => {
    const model = trainSentimentModel(synthetic(), { seed: 1, recipe, lexicon })
    const scratch = new SentimentScratch()
    const p = predictSentiment(model, tokenize('this is awesome'), [], scratch)
    expect(p.negative + p.neutral + p.positive).toBeCloseTo(1, 9)
    expect(p.positive).toBeGreaterThan(Math.max(p.negative, p.neutral))
    const n = predictSentiment(model, tokenize('the worst again'), [], scratch)
    expect(n.negative).toBeGreaterThan(Math.max(n.positive, n.neutral))
    const u = predictSentiment(model, tokenize('the invoice now'), [], scratch)
    expect(u.neutral).toBeGreaterThan(Math.max(u.positive, u.negative))
    // Same answer without an explicit scratch, and after an encode/decode round trip.
    expect(predictSentiment(model, tokenize('this is awesome'), [])).toEqual(p)
    const decoded = decodeModel(encodeModel(model, { version: 't', datasets: [] })).model
    const q = predictSentiment(decoded, tokenize('this is awesome'), [], scratch)
    expect(q.positive).toBeCloseTo(p.positive, 1)
  })

  it('tunes small class-bias offsets on development sets without training on them', () => {
    const logs: string[] = []
    const tweets = [
      { text: 'this is great', label: 'positive' },
      { text: 'my report again', label: 'neutral' },
      { text: 'the awful today', label: 'negative' },
    ]
    const dialogue = [
      { text: 'great', label: 'positive' },
      { text: 'awful', label: 'negative' },
    ]
    const model = trainSentimentModel(synthetic(), { seed: 1, recipe, lexicon, offsetSets: [tweets, dialogue], log: (l) => logs.push(l) })
    for (const b of model.classBias) expect(Math.abs(b)).toBeLessThanOrEqual(0.6 + 1e-6)
    expect(model.classBias[1]).toBe(0)
    expect(logs.some((l) => l.startsWith('offset sets MR 100.00 / 100.00'))).toBe(true)
  })

  it('chooses offsets that serve every set, not just one of them', () => {
    const model = trainSentimentModel(synthetic(), { seed: 1, recipe, lexicon })
    const spec = { features: recipe.features, lexicon, lexiconScale: model.lexiconScale }
    // Words the model never saw leave the choice to the offsets: tweets call them neutral,
    // the dialogue set (a domain of complaints) calls them negative.
    const tweets = featurizeRows([
      { text: 'zork blorb', label: 'neutral' },
      { text: 'quux frob', label: 'neutral' },
      { text: 'this is great', label: 'positive' },
      { text: 'the awful today', label: 'negative' },
    ], spec)
    const dialogue = featurizeRows([
      { text: 'plugh xyzzy', label: 'negative' },
      { text: 'the awful today', label: 'negative' },
      { text: 'my meeting again', label: 'neutral' },
      { text: 'this is great', label: 'positive' },
    ], spec)
    const meanRecall = (classBias: Float32Array): number =>
      [tweets, dialogue].reduce((acc, set) => acc + evaluateExamples({ ...model, classBias }, set).macroRecall, 0) / 2
    const both = tuneClassBiasAcross(model, [tweets, dialogue], 0.6)
    const tweetsOnly = tuneClassBias(model, tweets, 0.6)
    const dialogueOnly = tuneClassBias(model, dialogue, 0.6)
    // The two sets pull different ways; the choice across both is at least as good as either's own
    // on their mean, and strictly better than following the dialogue set alone.
    expect([...tweetsOnly]).not.toEqual([...dialogueOnly])
    expect(meanRecall(both)).toBeGreaterThanOrEqual(meanRecall(tweetsOnly))
    expect(meanRecall(both)).toBeGreaterThan(meanRecall(dialogueOnly))
  })
})

describe('data helpers', () => {
  it('maps GoEmotions rows to sentiment', () => {
    expect(goEmotionsToSentiment(['joy', 'love'])).toBe('positive')
    expect(goEmotionsToSentiment(['anger'])).toBe('negative')
    expect(goEmotionsToSentiment(['neutral'])).toBe('neutral')
    expect(goEmotionsToSentiment(['joy', 'anger'])).toBeUndefined()
    expect(goEmotionsToSentiment(['surprise'])).toBeUndefined()
  })

  it('builds weighted training rows', () => {
    const rows = buildSentimentTrainingRows({
      semeval: [{ text: 'a', label: 'neutral' }, { text: 'e', label: 'positive', source_file: 'twitter-2016test-A.tsv' }],
      goemotions: [{ text: 'b', labels: ['gratitude'] }, { text: 'c', labels: ['curiosity'] }],
      tweetevalEmotion: [{ text: 'd', label: 'sadness' }],
    })
    expect(rows).toEqual([
      { text: 'a', label: 'neutral', weight: 1 },
      { text: 'e', label: 'positive', weight: 2 },
      { text: 'b', label: 'positive', weight: 0.3 },
      { text: 'd', label: 'negative', weight: 0.5 },
    ])
  })

  it('unescapes the HTML entities tweets carry', () => {
    expect(unescapeHtml('a &amp; b &gt;&gt; c &lt;3')).toBe('a & b >> c <3')
  })
})
