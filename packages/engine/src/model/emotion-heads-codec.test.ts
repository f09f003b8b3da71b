import { describe, expect, it } from 'vitest'
import { GOEMOTIONS_LABELS, HEAD_NAMES, type HeadBlock } from './emotion-heads.js'
import {
  decodeEmotionHeads,
  decodeGoemotionsBlock,
  decodeModel,
  encodeEmotionHeads,
  encodeGoemotionsBlock,
  quantizeHeadWeights,
  withGoemotions,
  withoutGoemotions,
} from './model-codec.js'

function floatBlock(names: readonly string[], bits: number, seed: number): HeadBlock {
  const k = names.length
  const weights = new Float32Array((1 << bits) * k)
  // Sparse: only every 7th bucket is used, like buckets no training text touched.
  for (let j = 0; j < 1 << bits; j += 7) for (let h = 0; h < k; h++) weights[j * k + h] = Math.sin(seed + j * k + h)
  return {
    names,
    kinds: names.map((n) => (n === 'urgency' ? 'regression' : 'logistic')),
    bits,
    weights,
    bias: Float32Array.from(names, (_, i) => i / 10),
    dense: new Float32Array(k * 3).fill(0.25),
    calA: new Float32Array(k).fill(1.5),
    calB: new Float32Array(k).fill(-0.5),
    thresholds: new Float32Array(k).fill(0.3),
  }
}

describe('emotion heads codec', () => {
  it('round-trips within half an int8 step, keeps calibration and stores unused buckets sparsely', () => {
    const model = { bits: 10, heads: floatBlock(HEAD_NAMES, 10, 1), goemotions: { ...floatBlock(GOEMOTIONS_LABELS, 9, 2), softmax: true } }
    const file = encodeEmotionHeads(model, { version: 'v1', datasets: [{ name: 'x', licence: 'MIT', rows: 1 }] })
    const { model: back, provenance } = decodeEmotionHeads(file)
    expect(provenance.version).toBe('v1')
    expect(back.bits).toBe(10)
    for (const [a, b] of [[model.heads, back.heads], [model.goemotions, back.goemotions]] as [HeadBlock, HeadBlock][]) {
      expect(b.names).toEqual(a.names)
      expect(Array.from(b.thresholds)).toEqual(Array.from(a.thresholds))
      expect(Array.from(b.calA)).toEqual(Array.from(a.calA))
      const k = a.names.length
      for (let i = 0; i < a.weights.length; i++) expect(Math.abs((b.weights[i] as number) - (a.weights[i] as number))).toBeLessThanOrEqual(1 / 127 / 2 + 1e-6 + 0 * k)
    }
    expect(back.goemotions?.softmax).toBe(true)
    // Dense int8 would need (1024·8 + 512·28) bytes ≈ 22.5 KB of payload; a seventh of the buckets is used.
    expect(file.length).toBeLessThan(9000)
    // A second round trip keeps the decoded weights (same int8 codes).
    const again = decodeEmotionHeads(encodeEmotionHeads(back, { version: 'v1', datasets: [] })).model
    for (let i = 0; i < back.heads.weights.length; i++) expect(again.heads.weights[i]).toBeCloseTo(back.heads.weights[i] as number, 6)
  })

  it('rejects foreign or damaged encodings, and the sentiment decoder rejects heads', () => {
    const file = encodeEmotionHeads({ bits: 8, heads: floatBlock(HEAD_NAMES, 8, 3) }, { version: 'v', datasets: [] })
    expect(() => decodeEmotionHeads(file.subarray(0, file.length - 8))).toThrow()
    expect(() => decodeEmotionHeads(new TextEncoder().encode('{"format":"other"}\nAAAA'))).toThrow(/format/)
    expect(() => decodeModel(file)).toThrow(/format/)
  })

  it('stores 4-bit codes in half the bytes and round-trips them exactly after quantizeHeadWeights', () => {
    const b = floatBlock(GOEMOTIONS_LABELS, 9, 4)
    const k = b.names.length
    const q4 = quantizeHeadWeights(b.weights, k, 4)
    const q8 = quantizeHeadWeights(b.weights, k, 8)
    const m4 = { bits: 9, heads: floatBlock(HEAD_NAMES, 9, 5), goemotions: { ...b, weights: q4, codeBits: 4 as const } }
    const m8 = { bits: 9, heads: floatBlock(HEAD_NAMES, 9, 5), goemotions: { ...b, weights: q8 } }
    const t4 = encodeEmotionHeads(m4, { version: 'v', datasets: [] })
    const t8 = encodeEmotionHeads(m8, { version: 'v', datasets: [] })
    const payload = (f: Uint8Array): number => f.length - f.indexOf(0x0a)
    expect(payload(t4)).toBeLessThan(payload(t8) * 0.8)
    const back = decodeEmotionHeads(t4).model.goemotions as HeadBlock
    expect(back.codeBits).toBe(4)
    for (let i = 0; i < q4.length; i++) expect(back.weights[i]).toBeCloseTo(q4[i] as number, 6)
    // Quantising is idempotent, so what training calibrated on is what ships.
    const twice = quantizeHeadWeights(q8, k, 8)
    for (let i = 0; i < q8.length; i++) expect(twice[i]).toBeCloseTo(q8[i] as number, 6)
    const back8 = decodeEmotionHeads(t8).model.goemotions as HeadBlock
    for (let i = 0; i < q8.length; i++) expect(back8.weights[i]).toBeCloseTo(q8[i] as number, 6)
  })

  it('ships the GoEmotions block as its own file and attaches it to the always-on heads', () => {
    const model = { bits: 10, heads: floatBlock(HEAD_NAMES, 10, 1), goemotions: { ...floatBlock(GOEMOTIONS_LABELS, 9, 2), softmax: true } }
    const always = encodeEmotionHeads(withoutGoemotions(model), { version: 'h', datasets: [] })
    const onDemand = encodeGoemotionsBlock(model, { version: 'g', datasets: [] })
    const heads = decodeEmotionHeads(always).model
    expect(heads.goemotions).toBeUndefined()
    const go = decodeGoemotionsBlock(onDemand)
    expect(go.provenance.version).toBe('g')
    const joined = withGoemotions(heads, go)
    const whole = decodeEmotionHeads(encodeEmotionHeads(model, { version: 'w', datasets: [] })).model
    expect(joined.goemotions?.softmax).toBe(true)
    expect(Array.from(joined.goemotions?.weights ?? [])).toEqual(Array.from(whole.goemotions?.weights ?? []))
    expect(() => decodeGoemotionsBlock(always)).toThrow(/format/)
    expect(() => withGoemotions({ ...heads, bits: 11 }, go)).toThrow()
  })
})
