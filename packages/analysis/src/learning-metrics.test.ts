import { describe, expect, it } from 'vitest'
import { accuracyOverTime, accuracyWindow, wilsonInterval } from './accuracy-over-time.js'
import { resolveReviewedLabels, reviewerAgreement } from './review-labels.js'

describe('resolveReviewedLabels', () => {
  it('counts each reviewer’s latest vote once and lets the majority win', () => {
    const r = resolveReviewedLabels([
      { messageId: 'a', reviewer: 'ann', label: 'positive', at: 1 },
      { messageId: 'a', reviewer: 'ann', label: 'negative', at: 2 },
      { messageId: 'a', reviewer: 'bob', label: 'negative', at: 3 },
      { messageId: 'a', reviewer: 'cy', label: 'neutral', at: 4 },
      { messageId: 'b', reviewer: 'ann', label: 'positive', at: 1 },
      { messageId: 'b', reviewer: 'bob', label: 'neutral', at: 2 },
    ])
    const a = r.find((x) => x.messageId === 'a')
    expect(a).toMatchObject({ label: 'negative', reviewers: 3, disputed: false, at: 4 })
    expect(r.find((x) => x.messageId === 'b')?.disputed).toBe(true)
  })
})

describe('reviewerAgreement', () => {
  it('gives agreement and kappa over reviewer pairs', () => {
    const votes = [
      ['m1', 'positive', 'positive'],
      ['m2', 'negative', 'negative'],
      ['m3', 'neutral', 'negative'],
      ['m4', 'positive', 'positive'],
    ].flatMap(([m, x, y], i) => [
      { messageId: m as string, reviewer: 'ann', label: x as string, at: i },
      { messageId: m as string, reviewer: 'bob', label: y as string, at: i },
    ])
    const a = reviewerAgreement([...votes, { messageId: 'solo', reviewer: 'ann', label: 'positive', at: 9 }])
    expect(a.messages).toBe(4)
    expect(a.pairs).toBe(4)
    expect(a.agreement).toBeCloseTo(0.75)
    // Marginals: positive 4/8, negative 3/8, neutral 1/8 → pe = 0.40625.
    expect(a.kappa).toBeCloseTo((0.75 - 0.40625) / (1 - 0.40625), 6)
    expect(reviewerAgreement([]).kappa).toBeNull()
  })
})

describe('accuracy over time', () => {
  it('wilson intervals contain the estimate and narrow with n', () => {
    const small = wilsonInterval(8, 10) as [number, number]
    const big = wilsonInterval(800, 1000) as [number, number]
    expect(small[0]).toBeLessThan(0.8)
    expect(small[1]).toBeGreaterThan(0.8)
    expect(big[1] - big[0]).toBeLessThan(small[1] - small[0])
    expect(wilsonInterval(0, 0)).toBeNull()
  })

  it('reports each rolling window with its count, accuracy, macro-F1 and intervals', () => {
    const day = 86_400_000
    const rows = Array.from({ length: 60 }, (_, i) => ({ at: i * day, gold: i % 3 === 0 ? 'negative' : 'positive', predicted: i < 30 ? 'positive' : i % 3 === 0 ? 'negative' : 'positive' }))
    const windows = accuracyOverTime(rows, 0, 60 * day, 30 * day, 30 * day)
    expect(windows).toHaveLength(2)
    const [first, second] = windows as [ReturnType<typeof accuracyWindow>, ReturnType<typeof accuracyWindow>]
    expect(first.n).toBe(30)
    expect(first.accuracy).toBeCloseTo(2 / 3)
    expect(second.accuracy).toBe(1)
    expect(second.macroF1).toBe(1)
    expect((first.macroF1 as number) < (second.macroF1 as number)).toBe(true)
    const ci = first.macroF1Ci as [number, number]
    expect(ci[0]).toBeLessThanOrEqual(first.macroF1 as number)
    expect(ci[1]).toBeGreaterThanOrEqual(first.macroF1 as number)
    expect(first.perLabel.find((l) => l.label === 'negative')).toMatchObject({ n: 10, recall: 0 })
    expect(accuracyWindow([], 0, 1).accuracy).toBeNull()
  })
})
