import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ANALYSIS_CONFIG, type PriorityInput, REASON_MIN, noisyOr, priorityScore } from '../src/index.js'
import { noisyOrShares } from '../src/noisy-or-shares.js'
import { roundShares } from '../src/round-shares.js'

const arbInput: fc.Arbitrary<PriorityInput> = fc.record({
  id: fc.constant('c'),
  waitingSince: fc.constant(0),
  urgency: fc.double({ min: 0, max: 1, noNaN: true }),
  frustration: fc.double({ min: 0, max: 1, noNaN: true }),
  repeatContacts: fc.integer({ min: 1, max: 8 }),
  waitMinutes: fc.double({ min: 0, max: 5000, noNaN: true }),
  slaMinutes: fc.constantFrom(30, 240, 1440),
  value: fc.double({ min: 0, max: 500_000, noNaN: true }),
  escalation: fc.double({ min: 0, max: 1, noNaN: true }),
  churnRisk: fc.double({ min: 0, max: 1, noNaN: true }),
  waiting: fc.boolean(),
})

describe('noisyOrShares', () => {
  it('gives non-negative shares, largest first, that add up to the noisy-OR', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 9 }), (alone) => {
        const shares = noisyOrShares(alone.map((a, i) => ({ code: `f${i}`, alone: a })))
        for (const s of shares) expect(s.share).toBeGreaterThanOrEqual(0)
        for (let i = 1; i < shares.length; i++) expect((shares[i] as { share: number }).share).toBeLessThanOrEqual((shares[i - 1] as { share: number }).share + 1e-12)
        expect(shares.reduce((t, s) => t + s.share, 0)).toBeCloseTo(noisyOr(alone), 12)
      }),
      { numRuns: 500 },
    )
  })
})

describe('roundShares', () => {
  it('keeps the order and sums exactly to the rounded total', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.3, noNaN: true }), { maxLength: 9 }), (raw) => {
        const sorted = [...raw].sort((a, b) => b - a)
        const rounded = roundShares(sorted)
        expect(Math.round(rounded.reduce((t, x) => t + x, 0) * 1000)).toBe(Math.round(sorted.reduce((t, x) => t + x, 0) * 1000))
        for (let i = 1; i < rounded.length; i++) expect(rounded[i]).toBeLessThanOrEqual(rounded[i - 1] as number)
      }),
      { numRuns: 500 },
    )
  })
})

describe('priority parts', () => {
  it('are non-negative, largest first, and add up to the score, with damping told apart', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const p = priorityScore(input)
        expect(p.parts.map((x) => x.code).sort()).toEqual(['churn-risk', 'escalation', 'frustration', 'repeat-contacts', 'urgency', 'value', 'wait'])
        for (const part of p.parts) {
          expect(part.contribution).toBeGreaterThanOrEqual(0)
          expect(part.value).toBeGreaterThanOrEqual(0)
          expect(part.value).toBeLessThanOrEqual(1)
        }
        for (let i = 1; i < p.parts.length; i++) expect(p.parts[i]?.contribution).toBeLessThanOrEqual(p.parts[i - 1]?.contribution as number)
        // Three-decimal contributions add up to the three-decimal score exactly (to float precision).
        expect(Math.round(p.parts.reduce((t, x) => t + x.contribution, 0) * 1000)).toBe(Math.round(p.score * 1000))
        if (input.waiting) expect(p.damping).toBeNull()
        else {
          expect(p.damping).toMatchObject({ code: 'not-waiting', factor: DEFAULT_ANALYSIS_CONFIG.priority.notWaiting })
          // What damping removed plus the score is what the factors gave undamped.
          const undamped = priorityScore({ ...input, waiting: true }).score
          expect((p.damping?.removed ?? 0) + p.score).toBeCloseTo(undamped, 2)
        }
        // The reasons are exactly the parts that matter, in the same order.
        expect(p.reasons.map((r) => r.code)).toEqual(p.parts.filter((x) => x.contribution >= REASON_MIN).map((x) => x.code))
      }),
      { numRuns: 1000 },
    )
  })

  it('puts a long wait first and leaves quiet factors out of the reasons', () => {
    const p = priorityScore({ id: 'late', waitingSince: 0, urgency: 0.1, frustration: 0, repeatContacts: 1, waitMinutes: 480, slaMinutes: 240, value: 300, churnRisk: 0.05 })
    expect(p.parts[0]).toMatchObject({ code: 'wait', weight: 0.2, value: 0.865 })
    expect(p.reasons.map((r) => r.code)).toEqual(['wait', 'urgency'])
    // A small customer value and a faint churn risk still appear among the parts, with their share.
    expect(p.parts.find((x) => x.code === 'value')?.contribution).toBeLessThan(REASON_MIN)
    expect(p.parts.find((x) => x.code === 'churn-risk')?.contribution).toBeLessThan(REASON_MIN)
  })

  it('gives a conversation at a low priority at most the reason that is really there', () => {
    // Issue 20: a conversation at about 0.05 listed wait, urgency, churn risk and value as equal reasons.
    const p = priorityScore({ id: 'quiet', waitingSince: 0, urgency: 0.02, frustration: 0, repeatContacts: 1, waitMinutes: 20, slaMinutes: 240, value: 500, churnRisk: 0.1, waiting: true })
    expect(p.score).toBeLessThan(0.1)
    expect(p.reasons.map((r) => r.code)).toEqual(['wait'])
    expect(p.parts.slice(1, 4).map((x) => x.code).sort()).toEqual(['churn-risk', 'urgency', 'value'])
  })
})

describe('reason details', () => {
  const base: PriorityInput = { id: 'c', waitingSince: 0, urgency: 0, frustration: 0, repeatContacts: 1, waitMinutes: 0, slaMinutes: 240, value: 0, escalation: 0, churnRisk: 0, waiting: true }
  const detail = (input: PriorityInput, code: string): string | undefined => priorityScore(input).parts.find((p) => p.code === code)?.detail

  it('names urgency and frustration by their level: a plain question is not "urgent"', () => {
    expect(detail({ ...base, urgency: 0.35 }, 'urgency')).toBe('little urgency')
    expect(detail({ ...base, urgency: 0.5 }, 'urgency')).toBe('somewhat urgent')
    expect(detail({ ...base, urgency: 0.85 }, 'urgency')).toBe('urgent')
    expect(detail({ ...base, frustration: 0.2 }, 'frustration')).toBe('little frustration')
    expect(detail({ ...base, frustration: 0.9 }, 'frustration')).toBe('frustrated')
  })
})
