import { describe, expect, it } from 'vitest'
import { HEAD_COUNT, HEAD_NAMES } from '../model/emotion-heads.js'
import type { SentimentModel } from '../model/sentiment-model.js'
import { fitPlatt } from './calibrate-block.js'
import { featurizeHeadTexts } from './featurize-head-texts.js'
import { goemotionsHeadTargets } from './head-label-maps.js'
import { trainEmotionHeads } from './train-emotion-heads.js'
import { DEFAULT_HEAD_RECIPE, trainHeads } from './train-heads.js'
import { trainRidgeHead } from './train-ridge-head.js'
import { f1At, tuneThreshold } from './tune-threshold.js'

const BITS = 10
const sentiment: SentimentModel = {
  classes: ['negative', 'neutral', 'positive'],
  features: { bits: BITS, charMin: 3, charMax: 4, bigrams: true, charWeight: 0.5, trigrams: true },
  lexiconScale: 0,
  weights: new Float32Array((1 << BITS) * 3),
  bias: new Float32Array(3),
  classBias: new Float32Array(3),
}

const words = ['thanks', 'great', 'why', 'broken', 'again', 'now', 'urgent', 'love', 'what', 'help']
function synth(n: number, seed: number): { text: string; labels: string[] }[] {
  const rows: { text: string; labels: string[] }[] = []
  for (let i = 0; i < n; i++) {
    const a = words[(i * 7 + seed) % words.length] as string
    const b = words[(i * 3 + seed * 5) % words.length] as string
    const labels = a === 'thanks' || b === 'thanks' ? ['gratitude'] : a === 'why' || a === 'what' ? ['confusion'] : a === 'broken' ? ['annoyance'] : ['neutral']
    rows.push({ text: `${a} ${b} it is`, labels })
  }
  return rows
}

describe('tuneThreshold', () => {
  it('finds the F1-optimal cut on a hand-made case', () => {
    // scores:  0.9 0.8 0.7 0.6 0.4 0.2 ; gold: 1 1 0 1 0 0 → best is "≥ 0.6" (tp 3, fp 1, fn 0: F1 6/7)
    const r = tuneThreshold([0.9, 0.8, 0.7, 0.6, 0.4, 0.2], [1, 1, 0, 1, 0, 0])
    expect(r.f1).toBeCloseTo(6 / 7, 9)
    expect(r.threshold).toBeCloseTo(0.5, 9)
    expect(f1At([0.9, 0.8, 0.7, 0.6, 0.4, 0.2], [1, 1, 0, 1, 0, 0], r.threshold)).toBeCloseTo(6 / 7, 9)
    // No positives: nothing to tune.
    expect(tuneThreshold([0.1, 0.2], [0, 0]).f1).toBe(0)
  })

  it('fits Platt scaling that is monotone and separates the classes', () => {
    const z = [-3, -2, -1, 0, 1, 2, 3, 4]
    const y = [0, 0, 0, 1, 0, 1, 1, 1]
    const [a, b] = fitPlatt(z, y)
    expect(a).toBeGreaterThan(0)
    expect(1 / (1 + Math.exp(-(a * 4 + b)))).toBeGreaterThan(0.8)
    expect(1 / (1 + Math.exp(-(a * -3 + b)))).toBeLessThan(0.2)
  })
})

describe('training heads', () => {
  it('is deterministic for a seed and learns the synthetic labels', () => {
    const rows = synth(300, 1)
    const x = featurizeHeadTexts(rows.map((r) => r.text), sentiment)
    const k = HEAD_COUNT
    const t = new Float32Array(rows.length * k)
    for (let i = 0; i < rows.length; i++) goemotionsHeadTargets((rows[i] as { labels: string[] }).labels, t, i * k)
    const kinds = HEAD_NAMES.map((n) => (n === 'urgency' ? 'regression' : 'logistic')) as ('logistic' | 'regression')[]
    const recipe = { ...DEFAULT_HEAD_RECIPE, epochs: 3, bags: 2 }
    const a = trainHeads(x, { k, targets: t }, kinds, BITS, recipe, 42)
    const b = trainHeads(x, { k, targets: t }, kinds, BITS, recipe, 42)
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights))
    const c = trainHeads(x, { k, targets: t }, kinds, BITS, recipe, 43)
    expect(Array.from(c.weights)).not.toEqual(Array.from(a.weights))
    // Urgency and sarcasm are masked for GoEmotions rows: their weights stay zero.
    const u = HEAD_NAMES.indexOf('urgency')
    for (let j = 0; j < 1 << BITS; j++) expect(a.weights[j * k + u]).toBe(0)
  })

  it('trains the whole model deterministically (ridge urgency, CV sarcasm, GoEmotions block)', () => {
    const go = synth(200, 2)
    const sets = {
      goemotions: go,
      tweetevalEmotion: [{ text: 'so angry right now', label: 'anger' }, { text: 'great day', label: 'joy' }],
      isarcasm: go.map((r, i) => ({ text: `${r.text} ${i % 3 === 0 ? 'oh great, love it' : 'ok'}`, label: i % 3 === 0 ? 'sarcastic' : 'not_sarcastic' })),
      mooc: go.map((r, i) => ({ text: r.text, score: r.text.includes('urgent') || r.text.includes('help') ? 6 : 1 + (i % 2) })),
    }
    const validation = { goemotions: synth(60, 3), mooc: sets.mooc.slice(0, 40) }
    const recipe = { goemotions: { ...DEFAULT_HEAD_RECIPE, epochs: 2, bags: 1, softmax: true }, sarcasmFolds: 3 }
    const a = trainEmotionHeads(sentiment, sets, validation, { seed: 5, recipe })
    const b = trainEmotionHeads(sentiment, sets, validation, { seed: 5, recipe })
    expect(Array.from(a.model.heads.weights)).toEqual(Array.from(b.model.heads.weights))
    expect(Array.from(a.model.heads.thresholds)).toEqual(Array.from(b.model.heads.thresholds))
    expect(Array.from(a.model.goemotions?.weights ?? [])).toEqual(Array.from(b.model.goemotions?.weights ?? []))
    expect(a.report.urgencyPearson).toBeGreaterThan(0.8)
    expect(a.report.headF1.gratitude).toBeGreaterThan(0.8)
    expect(a.report.goemotionsF1?.gratitude).toBeGreaterThan(0.8)
  })

  it('solves ridge regression exactly enough to fit a noiseless linear target', () => {
    const rows = synth(200, 4)
    const x = featurizeHeadTexts(rows.map((r) => r.text), sentiment)
    const y = rows.map((r) => (r.text.includes('urgent') ? 1 : 0))
    const r = trainRidgeHead(x, y, BITS, 1e-4, 500)
    let err = 0
    x.forEach((e, i) => {
      let s = r.bias
      for (let j = 0; j < e.indices.length; j++) s += (r.weights[e.indices[j] as number] as number) * (e.values[j] as number)
      for (let d = 0; d < 3; d++) s += (r.dense[d] as number) * (e.dense[d] as number)
      err = Math.max(err, Math.abs(s - (y[i] as number)))
    })
    expect(err).toBeLessThan(0.05)
  })
})
