import { describe, expect, it } from 'vitest'
import { tokenize } from '../text/tokenize.js'
import { type LearnedCueExample, trainLearnedCues } from '../training/train-learned-cues.js'
import { createLearnedCueScorer, decodeLearnedCues, encodeLearnedCues, LEARNED_CUE_KINDS, type LearnedCuesModel, learnedCueBuckets, maxLearnedCueBuckets } from './learned-cues.js'

const CHURN = LEARNED_CUE_KINDS.indexOf('churn-threat')
const labelled = (text: string, churn: 0 | 1): LearnedCueExample => {
  const labels = new Int8Array(LEARNED_CUE_KINDS.length).fill(-1)
  labels[CHURN] = churn
  return { tokens: tokenize(text), labels, weight: 1 }
}
// Sentences written for this test: threats to leave, and ordinary requests.
const EXAMPLES = [
  labelled('fix it by monday or we move to another provider', 1),
  labelled('if this is not sorted by friday we cancel and switch', 1),
  labelled('sort it out this week or i take my business elsewhere', 1),
  labelled('unless you refund me today i am closing my account', 1),
  labelled('could you send me the invoice for march', 0),
  labelled('what time does the shop open on sunday', 0),
  labelled('thanks for the quick help with my order', 0),
  labelled('can i change the delivery address please', 0),
]
const RECIPE = { bits: 10, epochs: 12, learningRate: 0.3, decay: 0.8, l2: 1e-5, threshold: 0.7 }

/** Each kind's probability computed byte by byte from the codes, the plain way. */
function reference(model: LearnedCuesModel, text: string): number[] {
  const tokens = tokenize(text)
  const buf = new Int32Array(maxLearnedCueBuckets(tokens.length))
  const n = learnedCueBuckets(tokens, 0, tokens.length, model.bits, buf)
  return model.kinds.map((_, j) => {
    let sum = 0
    for (let i = 0; i < n; i++) sum += model.codes[(buf[i] as number) * model.kinds.length + j] as number
    return 1 / (1 + Math.exp(-(sum * (model.scales[j] as number) + (model.bias[j] as number))))
  })
}

describe('learned cue models', () => {
  const model = trainLearnedCues(EXAMPLES, RECIPE, 7)
  const scorer = createLearnedCueScorer(model)
  const score = (text: string): number[] => {
    const out = new Float64Array(model.kinds.length)
    const tokens = tokenize(text)
    scorer.score(tokens, 0, tokens.length, out)
    return [...out]
  }

  it('hears a threat to leave in a sentence it was not trained on', () => {
    expect(score('refund me by tuesday or we switch to another provider')[CHURN]).toBeGreaterThan(score('could you send me the receipt for april')[CHURN] as number)
  })

  it('trains the same bytes from the same examples and seed', () => {
    const again = trainLearnedCues(EXAMPLES, RECIPE, 7)
    expect(Buffer.from(again.codes.buffer).equals(Buffer.from(model.codes.buffer))).toBe(true)
    expect([...again.bias]).toEqual([...model.bias])
  })

  it('sums packed lanes exactly as byte by byte, past the 256-bucket unpacking', () => {
    const long = Array.from({ length: 120 }, (_, i) => `word${i % 17} or we move`).join(' ')
    for (const text of ['fix it by monday or we move to another provider', long]) {
      const got = score(text)
      for (const [j, p] of reference(model, text).entries()) expect(got[j]).toBeCloseTo(p, 12)
    }
  })

  it('sums a model of eight kinds or fewer in two words a bucket, as byte by byte', () => {
    // The English model has nine kinds (three words a bucket); the other languages' two.
    const two = trainLearnedCues(EXAMPLES.map((e) => ({ ...e, labels: Int8Array.of(e.labels[CHURN] as number, 0) })), RECIPE, 7, ['churn-threat', 'issue-report'])
    const scorer2 = createLearnedCueScorer(two)
    const out = new Float64Array(2)
    const long = Array.from({ length: 120 }, (_, i) => `word${i % 17} or we move`).join(' ')
    for (const text of ['fix it by monday or we move to another provider', long]) {
      const tokens = tokenize(text)
      scorer2.score(tokens, 0, tokens.length, out)
      for (const [j, p] of reference(two, text).entries()) expect(out[j]).toBeCloseTo(p, 12)
    }
    expect(LEARNED_CUE_KINDS.length).toBeGreaterThan(8)
  })

  it('round-trips through its file and refuses a damaged one', () => {
    const bytes = encodeLearnedCues(model, { version: 'test', datasets: [] })
    const back = decodeLearnedCues(bytes)
    expect(back.provenance.version).toBe('test')
    expect([...back.model.codes]).toEqual([...model.codes])
    expect([...back.model.thresholds]).toEqual([...model.thresholds])
    expect([...back.model.scales]).toEqual([...model.scales])
    const damaged = bytes.slice()
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] as number) ^ 1
    expect(() => decodeLearnedCues(damaged)).toThrow()
    expect(() => decodeLearnedCues(bytes.subarray(0, bytes.length - 3))).toThrow()
  })

  it('scores a span of a message as that span alone', () => {
    const text = 'thanks for the help. fix it by monday or we move to another provider'
    const tokens = tokenize(text)
    const dot = tokens.findIndex((t) => t.norm === '.')
    const out = new Float64Array(model.kinds.length)
    scorer.score(tokens, dot + 1, tokens.length, out)
    expect(out[CHURN]).toBeCloseTo(score('fix it by monday or we move to another provider')[CHURN] as number, 12)
  })
})
