import { describe, expect, it } from 'vitest'
import { FeatureBuffer } from '../src/model/feature-buffer.js'
import { MultilingualFeaturizer } from '../src/model/multilingual-features.js'
import { multilingualLogits } from '../src/model/multilingual-model.js'
import { createRng } from '../src/model/rng.js'
import { tokenize } from '../src/node/index.js'
import { DEFAULT_MULTILINGUAL_RECIPE, DEFAULT_SENTIMENT_RECIPE, featurizeMultilingual, naiveBayesScales, trainMultilingualWeights, trainSoftmax } from '../src/training.js'

// Messages written for these tests.
const rows = [
  { text: 'gracias, todo perfecto', label: 'positive', lang: 'es' },
  { text: 'muchas gracias, excelente', label: 'positive', lang: 'es' },
  { text: 'no funciona, horrible', label: 'negative', lang: 'es' },
  { text: 'horrible servicio, no funciona nada', label: 'negative', lang: 'es' },
  { text: 'mañana llega el pedido', label: 'neutral', lang: 'es' },
  { text: 'el pedido llega el lunes', label: 'neutral', lang: 'es' },
  { text: 'Vielen Dank, alles super', label: 'positive', lang: 'de' },
  { text: 'Das ist SCHRECKLICH, gar nicht gut!!', label: 'negative', lang: 'de' },
]

describe('multilingual feature options', () => {
  it('give the logits of the built vector without building it, words and n-grams normalised apart and style read', () => {
    const cfg = { ...DEFAULT_MULTILINGUAL_RECIPE.features, bits: 12, blockNorm: true, style: 1 }
    const slow = new MultilingualFeaturizer(cfg, ['es', 'de'])
    const fast = new MultilingualFeaturizer(cfg, ['es', 'de'])
    const rng = createRng(5)
    const model = { weights: Float32Array.from({ length: (1 << 12) * 3 }, () => rng() - 0.5), bias: Float32Array.of(0.1, 0, -0.1) }
    const buf = new FeatureBuffer()
    const a = new Float64Array(3)
    const b = new Float64Array(3)
    for (const { text } of [...rows, ...rows, { text: 'x', label: 'neutral', lang: 'es' }, { text: '!!', label: 'neutral', lang: 'es' }])
      for (const lang of [0, 1]) {
        slow.featurize(tokenize(text), lang, buf)
        multilingualLogits(model, buf, a)
        fast.logits(tokenize(text), lang, model.weights, model.bias, b)
        for (let c = 0; c < 3; c++) expect(b[c]).toBeCloseTo(a[c] as number, 5)
      }
  })
})

describe('naive-Bayes scaling', () => {
  const featurizer = new MultilingualFeaturizer({ ...DEFAULT_MULTILINGUAL_RECIPE.features, bits: 14, english: 0 }, ['es', 'de'])
  const examples = featurizeMultilingual(rows, featurizer)
  const dim = 1 << 14

  it('scales a class-specific word above a word every class uses, and leaves the dense inputs at 1', () => {
    const scale = naiveBayesScales(examples, dim, { alpha: 1, beta: 1, perClass: true })
    const wordBucket = (text: string): number => {
      const buf = new FeatureBuffer()
      featurizer.featurize(tokenize(text), 0, buf)
      return buf.indices[0] as number
    }
    const horrible = wordBucket('horrible')
    const el = wordBucket('el')
    // Class 0 is negative: "horrible" is in both negative rows and no other, "el" in the two neutral ones.
    expect(scale[horrible * 3]).toBeGreaterThan(scale[el * 3] as number)
    for (const ex of examples) for (let i = ex.sparse; i < ex.indices.length; i++) for (let c = 0; c < 3; c++) expect(scale[(ex.indices[i] as number) * 3 + c]).toBe(1)
    expect(scale.every((s) => s >= 0)).toBe(true)
  })

  it('is no scaling at beta 0, and scaling by ones trains the same weights as none', () => {
    expect(naiveBayesScales(examples, dim, { alpha: 1, beta: 0 }).every((s) => s === 1)).toBe(true)
    const recipe = { ...DEFAULT_SENTIMENT_RECIPE, epochs: 2 }
    const plain = trainSoftmax(examples, dim, recipe, createRng(3))
    const ones = trainSoftmax(examples, dim, recipe, createRng(3), new Float32Array(dim * 3).fill(1))
    expect(ones.weights).toEqual(plain.weights)
    expect(ones.bias).toEqual(plain.bias)
  })

  it('trains deterministically for a seed', () => {
    const recipe = { ...DEFAULT_MULTILINGUAL_RECIPE, features: { ...DEFAULT_MULTILINGUAL_RECIPE.features, bits: 14 } }
    const a = trainMultilingualWeights(examples, recipe, 9)
    const b = trainMultilingualWeights(examples, recipe, 9)
    expect(a.weights).toEqual(b.weights)
    expect(a.weights.some((w) => w !== 0)).toBe(true)
  })
})
