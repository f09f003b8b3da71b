import { describe, expect, it } from 'vitest'
import { createRng } from '../model/rng.js'
import { DEFAULT_REVIEW_BELOW, fitReviewThreshold } from './review-threshold.js'

/** Readings whose chance of being right at confidence c is `hit(c)`. */
function readings(n: number, hit: (c: number) => number, seed = 7): { confidence: number[]; correct: boolean[] } {
  const rnd = createRng(seed)
  const confidence: number[] = []
  const correct: boolean[] = []
  for (let i = 0; i < n; i++) {
    const c = 0.34 + 0.64 * rnd()
    confidence.push(c)
    correct.push(rnd() < hit(c))
  }
  return { confidence, correct }
}

describe('fitReviewThreshold', () => {
  it('finds about 0.5 where confidence is calibrated, and higher where readings are right less often than they claim', () => {
    const calibrated = readings(4000, (c) => c)
    expect(fitReviewThreshold(calibrated.confidence, calibrated.correct)).toBeGreaterThan(0.44)
    expect(fitReviewThreshold(calibrated.confidence, calibrated.correct)).toBeLessThan(0.56)
    // Right 15 points less often than claimed: half right only from about 0.65.
    const overconfident = readings(4000, (c) => c - 0.15)
    const t = fitReviewThreshold(overconfident.confidence, overconfident.correct)
    expect(t).toBeGreaterThan(0.58)
    expect(t).toBeLessThan(0.72)
  })

  it('keeps within 0.35–0.75 and answers the default with too few readings', () => {
    const never = readings(500, () => 0.05)
    expect(fitReviewThreshold(never.confidence, never.correct)).toBe(0.75)
    const always = readings(500, () => 0.99)
    expect(fitReviewThreshold(always.confidence, always.correct)).toBe(0.35)
    expect(fitReviewThreshold([0.4, 0.9], [false, true])).toBe(DEFAULT_REVIEW_BELOW)
  })
})
