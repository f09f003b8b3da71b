import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { binaryF1, rocAuc } from './classification-metrics.js'

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 for ties', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1)
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [false, false, true, true])).toBe(0)
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [false, true, false, true])).toBe(0.5)
    expect(rocAuc([0.3, 0.7], [true, true])).toBe(0.5)
  })

  it('equals the share of positive–negative pairs ranked right (ties half), on any data', () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), { minLength: 2, maxLength: 40 })
    fc.assert(
      fc.property(arb, (rows) => {
        const pos = rows.filter(([, y]) => y).map(([s]) => s)
        const neg = rows.filter(([, y]) => !y).map(([s]) => s)
        let pairs = 0
        for (const p of pos) for (const n of neg) pairs += p > n ? 1 : p === n ? 0.5 : 0
        const expected = pos.length === 0 || neg.length === 0 ? 0.5 : pairs / (pos.length * neg.length)
        expect(rocAuc(rows.map(([s]) => s), rows.map(([, y]) => y))).toBeCloseTo(expected, 12)
      }),
    )
  })
})

describe('binaryF1', () => {
  it('scores a classifier that calls everything positive by the positive share', () => {
    // 1 positive in 4: precision 1/4, recall 1, F1 = 2·(1/4)/(1 + 1/4) = 0.4.
    expect(binaryF1([true, false, false, false], [true, true, true, true])).toBeCloseTo(0.4, 12)
  })
})
