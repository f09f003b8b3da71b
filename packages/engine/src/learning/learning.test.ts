import { describe, expect, it } from 'vitest'
import { createReader } from '../node/index.js'
import type { SentimentLabel } from '../reader/reading.js'
import { adaptReading } from './adapt-reading.js'
import { adapterFeatures, cosine } from './adapter-features.js'
import { decodeAdapter, encodeAdapter } from './adapter-codec.js'
import { CorrectionMemory } from './correction-memory.js'
import { decidePromotion, evaluateAdaptation, isHeldOut } from './evaluate-adaptation.js'
import { trainAdapter } from './train-adapter.js'

const reader = createReader()

// A CI-tooling team's jargon: "green" is good news and "red", "toast", "in limbo" are bad news,
// which the base model does not know.
const subjects = ['The build', 'Our pipeline', 'The deploy', 'The nightly run', 'My branch', 'The release job', 'The merge check', 'Our test suite']
const good = ['went green', 'is green again', 'turned green', 'is all green now']
const bad = ['is red again', 'went red', 'is toast', 'is stuck in limbo']
const heldSubjects = ['The staging check', 'Our smoke tests', 'The canary']
function examples(subs: readonly string[]): { text: string; label: SentimentLabel }[] {
  return subs.flatMap((s) => [...good.map((p) => ({ text: `${s} ${p}.`, label: 'positive' as const })), ...bad.map((p) => ({ text: `${s} ${p}.`, label: 'negative' as const }))])
}
const train = examples(subjects).map((e) => ({ ...e, reading: reader.read(e.text) }))
const held = examples(heldSubjects).map((e) => ({ ...e, reading: reader.read(e.text) }))
// Messages that have nothing to do with the jargon, to check they read as before.
const unrelated = ['Thank you so much, that fixed it!', 'This is the third time I have asked and it is still broken.', 'Where can I download my invoice?', 'Fine, I guess that works.'].map((t) => ({ text: t, reading: reader.read(t) }))

describe('adapter features', () => {
  it('are normalised, deterministic and close for paraphrases', () => {
    const a = adapterFeatures('The build went green.')
    expect(cosine(a, a)).toBeCloseTo(1, 5)
    expect(adapterFeatures('The build went green.')).toEqual(a)
    const near = cosine(a, adapterFeatures('the build went green again'))
    const far = cosine(a, adapterFeatures('Where is my refund?'))
    expect(near).toBeGreaterThan(0.6)
    expect(far).toBeLessThan(0.2)
  })
})

describe('trainAdapter', () => {
  const weights = trainAdapter(train, { version: 'ws-1' })
  const adaptation = { version: 'ws-1', weights }

  it('learns the workspace jargon and carries it to messages it was not trained on', () => {
    const before = evaluateAdaptation(held)
    const after = evaluateAdaptation(held, adaptation)
    expect(before.accuracy).toBeLessThan(0.7)
    expect(after.accuracy).toBeGreaterThanOrEqual(0.9)
    expect(after.macroF1).toBeGreaterThan(before.macroF1 + 0.2)
  })

  it('leaves unrelated messages reading as the base model read them', () => {
    for (const u of unrelated) expect(adaptReading(u.reading, u.text, adaptation).sentiment.label).toBe(u.reading.sentiment.label)
  })

  it('writes learned terms in the domain-profile shape, with their direction', () => {
    const green = weights.terms.find((t) => t.pattern === 'green')
    expect(green?.source).toBe('learned')
    expect(green?.polarity).toBeGreaterThan(0)
    const toast = weights.terms.find((t) => t.pattern === 'toast' || t.pattern === 'red' || t.pattern === 'limbo')
    expect(toast?.polarity).toBeLessThan(0)
  })

  it('is deterministic and survives the codec unchanged', () => {
    const again = trainAdapter(train, { version: 'ws-1' })
    expect(encodeAdapter(again)).toBe(encodeAdapter(weights))
    const decoded = decodeAdapter(encodeAdapter(weights))
    // Stored weights drop the ones under 1e-3: a reading may move by a rounding step, never more.
    for (const h of held) {
      const stored = adaptReading(h.reading, h.text, { version: 'ws-1', weights: decoded }).sentiment
      const live = adaptReading(h.reading, h.text, adaptation).sentiment
      expect(stored.label).toBe(live.label)
      expect(Math.abs(stored.score - live.score)).toBeLessThanOrEqual(2e-4)
      for (const k of ['negative', 'neutral', 'positive'] as const) expect(Math.abs(stored.probabilities[k] - live.probabilities[k])).toBeLessThanOrEqual(2e-4)
    }
    expect(() => decodeAdapter('{"format":"other"}\n')).toThrow(/unknown adapter format/)
  })

  it('names the adaptation in the model version and keeps the base label for explanations', () => {
    const r = adaptReading(held[0]!.reading, held[0]!.text, adaptation)
    expect(r.modelVersion).toBe(`${held[0]!.reading.modelVersion}+ws-1`)
    expect(r.adaptation?.baseLabel).toBe(held[0]!.reading.sentiment.label)
  })

  it('learns corrected emotions only for the emotions people corrected', () => {
    const withEmotions = train.map((e) => ({ ...e, emotions: { frustration: e.label === 'negative' ? 1 : 0 } }))
    const w = trainAdapter(withEmotions, { version: 'ws-e' })
    expect(w.emotionTrained.filter(Boolean)).toHaveLength(1)
    const h = held.find((x) => x.label === 'negative')!
    const r = adaptReading(h.reading, h.text, { version: 'ws-e', weights: w })
    expect(r.emotions.frustration).toBeGreaterThan(h.reading.emotions.frustration)
    expect(r.emotions.gratitude).toBe(h.reading.emotions.gratitude)
  })
})

describe('correction memory (the online update)', () => {
  it('reads a message like a corrected one at once, and leaves others alone', () => {
    const memory = new CorrectionMemory()
    const text = 'The build went green on the first try.'
    const r0 = reader.read(text)
    expect(r0.sentiment.label).not.toBe('positive')
    memory.add({ id: 'm1', text, label: 'positive' })
    const similar = 'the build went green on the first try again'
    const adapted = adaptReading(reader.read(similar), similar, { version: 'base', memory })
    expect(adapted.sentiment.label).toBe('positive')
    expect(adapted.adaptation?.neighbours[0]?.id).toBe('m1')
    const other = unrelated[2]!
    expect(adaptReading(other.reading, other.text, { version: 'base', memory })).toBe(other.reading)
  })

  it('replaces a message’s earlier correction', () => {
    const memory = new CorrectionMemory()
    memory.add({ id: 'm1', text: 'Pipeline is red again.', label: 'positive' })
    memory.add({ id: 'm1', text: 'Pipeline is red again.', label: 'negative' })
    expect(memory.size).toBe(1)
    expect(memory.nearest(adapterFeatures('Pipeline is red again.'), 5, 0.5).map((n) => n.label)).toEqual(['negative'])
  })

  it('forgets a message’s correction', () => {
    const memory = new CorrectionMemory()
    memory.add({ id: 'm1', text: 'Pipeline is red again.', label: 'negative' })
    memory.add({ id: 'm2', text: 'The nightly run is red again.', label: 'negative' })
    memory.forget('m1')
    memory.forget('unknown')
    expect(memory.size).toBe(1)
    expect(memory.nearest(adapterFeatures('Pipeline is red again.'), 5, 0.1).map((n) => n.id)).toEqual(['m2'])
  })
})

describe('promotion', () => {
  it('does not promote a version trained on corrupted labels', () => {
    const flip: Record<SentimentLabel, SentimentLabel> = { positive: 'negative', negative: 'positive', neutral: 'neutral' }
    const corrupted = train.map((e) => ({ ...e, label: flip[e.label] }))
    const current = evaluateAdaptation(held)
    const bad = evaluateAdaptation(held, { version: 'bad', weights: trainAdapter(corrupted, { version: 'bad' }) })
    const goodOne = evaluateAdaptation(held, { version: 'good', weights: trainAdapter(train, { version: 'good' }) })
    expect(decidePromotion(bad, current, { minLabels: 10 }).promote).toBe(false)
    expect(decidePromotion(goodOne, current, { minLabels: 10 }).promote).toBe(true)
    expect(decidePromotion(goodOne, current, { minLabels: 100 }).reason).toMatch(/need 100/)
  })

  it('holds out about one reviewed message in five, by id alone', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `msg-${i}`)
    const share = ids.filter(isHeldOut).length / ids.length
    expect(share).toBeGreaterThan(0.15)
    expect(share).toBeLessThan(0.25)
    expect(ids.filter(isHeldOut)).toEqual(ids.filter(isHeldOut))
  })
})
