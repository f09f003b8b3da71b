import { describe, expect, it } from 'vitest'
import { DEFAULT_FEATURES } from './extract-features.js'
import { fromBase64, toBase64 } from './base64.js'
import { decodeModel, encodeModel } from './model-codec.js'
import { createRng } from './rng.js'
import type { SentimentModel } from './sentiment-model.js'

function tinyModel(seed: number): SentimentModel {
  const rng = createRng(seed)
  const features = { ...DEFAULT_FEATURES, bits: 8 }
  const weights = new Float32Array((1 << 8) * 3).map(() => (rng() - 0.5) * 2)
  return {
    classes: ['negative', 'neutral', 'positive'],
    features,
    lexicon: new Map([
      ['good', 1.9],
      ['bad', -2.5],
      [':)', 2],
      ['kind of', 0.3],
    ]),
    lexiconScale: 1,
    weights,
    bias: Float32Array.of(0.1, -0.2, 0.05),
    classBias: Float32Array.of(0.3, 0, -0.05),
  }
}

describe('base64', () => {
  it('round-trips every length up to 64 and matches the standard alphabet', () => {
    const rng = createRng(3)
    for (let n = 0; n <= 64; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(rng() * 256))
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes))
    }
    expect(toBase64(Uint8Array.of(0x4d, 0x61, 0x6e))).toBe('TWFu')
    expect(toBase64(Uint8Array.of(0x4d, 0x61))).toBe('TWE=')
    expect(toBase64(Uint8Array.of(0x4d))).toBe('TQ==')
    expect(Array.from(fromBase64('TWE='))).toEqual([0x4d, 0x61])
  })

  it('rejects characters outside the alphabet', () => {
    expect(() => fromBase64('TW!u')).toThrow()
  })
})

describe('encodeModel / decodeModel', () => {
  it('round-trips config, biases, lexicon and provenance; weights within one quantisation step', () => {
    const model = tinyModel(1)
    const provenance = { version: 'test-1', datasets: [{ name: 'synthetic', licence: 'none', rows: 3 }], metrics: { macroRecall: 0.5 } }
    const file = encodeModel(model, provenance)
    const { model: m2, provenance: p2 } = decodeModel(file)
    expect(p2).toEqual(provenance)
    expect(m2.classes).toEqual(model.classes)
    expect(m2.features).toEqual(model.features)
    expect(Array.from(m2.bias)).toEqual(Array.from(model.bias))
    expect(Array.from(m2.classBias)).toEqual(Array.from(model.classBias))
    expect(m2.lexicon?.get('good')).toBeCloseTo(1.9, 6)
    expect(m2.lexicon?.get(':)')).toBe(2)
    expect(m2.lexicon?.has('kind of')).toBe(false) // multi-word entries can never match one token
    let maxAbs = 0
    for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w))
    const step = maxAbs / 127
    for (let i = 0; i < model.weights.length; i++) {
      expect(Math.abs((m2.weights[i] as number) - (model.weights[i] as number))).toBeLessThanOrEqual(step * 0.5 + 1e-6)
    }
    // Encoding is a pure function of the model: re-encoding the decoded model gives the same bytes.
    expect(encodeModel(m2, p2)).toEqual(file)
  })

  it('writes one ASCII header line, then the weights as raw bytes', () => {
    const model = tinyModel(3)
    const file = encodeModel(model, { version: 'naïve → ascii', datasets: [] })
    const nl = file.indexOf(0x0a)
    const header = file.subarray(0, nl)
    expect(header.every((b) => b < 0x80)).toBe(true)
    expect(JSON.parse(String.fromCharCode(...header)).provenance.version).toBe('naïve → ascii')
    expect(file.length - nl - 1).toBe(model.weights.length)
  })

  it('rejects foreign, truncated or altered files', () => {
    const file = encodeModel(tinyModel(2), { version: 'x', datasets: [] })
    const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
    expect(() => decodeModel(bytes('hello'))).toThrow()
    expect(() => decodeModel(bytes('{"text":"a jsonl row"}\n{"text":"another"}'))).toThrow(/format/)
    expect(() => decodeModel(file.subarray(0, file.length - 40))).toThrow(/truncated/)
    const altered = file.slice()
    altered[altered.length - 1] = ((altered[altered.length - 1] as number) + 1) & 0xff
    expect(() => decodeModel(altered)).toThrow(/checksum/)
    const foreign = bytes(new TextDecoder().decode(file.subarray(0, file.indexOf(0x0a))).replace('undertone-sentiment/1', 'other/9'))
    expect(() => decodeModel(new Uint8Array([...foreign, 0x0a, ...file.subarray(file.indexOf(0x0a) + 1)]))).toThrow(/format/)
  })

  it('still reads files from before the weights were binary (a UTF-8 header line, then base64 text)', () => {
    const file = encodeModel(tinyModel(4), { version: 'old → new', datasets: [] })
    const nl = file.indexOf(0x0a)
    const { payloadBytes: _, checksum: __, ...header } = JSON.parse(new TextDecoder().decode(file.subarray(0, nl)))
    const legacy = new TextEncoder().encode(`${JSON.stringify(header)}\n${toBase64(file.subarray(nl + 1))}`)
    const a = decodeModel(file)
    const b = decodeModel(legacy)
    expect(b.provenance.version).toBe('old → new')
    expect(Array.from(b.model.weights)).toEqual(Array.from(a.model.weights))
  })
})
