import { describe, expect, it } from 'vitest'
import { MAX_RETRIES, RETRY_BASE_MS, RETRY_CAP_MS, nextAttemptDelay } from '../src/destinations/index.js'

/** Just under 1: the ceiling itself, less a rounding. */
const top = () => 1 - Number.EPSILON
const half = () => 0.5
const zero = () => 0

const MIN = 60_000

describe('nextAttemptDelay', () => {
  it('draws below a ceiling that doubles from 30 s to the 2 h cap', () => {
    const ceilings = Array.from({ length: 10 }, (_, i) => nextAttemptDelay(i + 1, top))
    expect(ceilings).toEqual([
      30_000 - 1,
      MIN - 1,
      2 * MIN - 1,
      4 * MIN - 1,
      8 * MIN - 1,
      16 * MIN - 1,
      32 * MIN - 1,
      64 * MIN - 1,
      RETRY_CAP_MS - 1,
      RETRY_CAP_MS - 1,
    ])
  })

  it('is full jitter: anywhere from 0 to the ceiling, as random says', () => {
    expect(nextAttemptDelay(1, zero)).toBe(0)
    expect(nextAttemptDelay(1, half)).toBe(RETRY_BASE_MS / 2)
    expect(nextAttemptDelay(4, half)).toBe(2 * MIN)
    expect(nextAttemptDelay(20, () => 0.25)).toBe(RETRY_CAP_MS / 4)
  })

  it('gives up after attempt 32, when the schedule has covered about a day on average', () => {
    expect(MAX_RETRIES).toBe(31)
    expect(nextAttemptDelay(31, half)).toBe(RETRY_CAP_MS / 2)
    expect(nextAttemptDelay(32, half)).toBeNull()
    expect(nextAttemptDelay(1_000, half)).toBeNull()
    const delays = Array.from({ length: MAX_RETRIES }, (_, i) => nextAttemptDelay(i + 1, half) as number)
    const averageTotal = delays.reduce((a, b) => a + b, 0)
    expect(averageTotal).toBe(86_625_000)
    expect(averageTotal / 3_600_000).toBeCloseTo(24.06, 2)
    const longestTotal = Array.from({ length: MAX_RETRIES }, (_, i) => nextAttemptDelay(i + 1, top) as number).reduce((a, b) => a + b, 0)
    expect(Math.round(longestTotal / 1000)).toBe(173_250)
  })

  it('spreads a seeded run around a day', () => {
    let seed = 42
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    let total = 0
    for (let attempt = 1; ; attempt++) {
      const delay = nextAttemptDelay(attempt, random)
      if (delay === null) break
      total += delay
    }
    expect(total / 3_600_000).toBeGreaterThan(16)
    expect(total / 3_600_000).toBeLessThan(32)
  })

  it('refuses attempts that are not positive integers', () => {
    expect(nextAttemptDelay(0, half)).toBeNull()
    expect(nextAttemptDelay(-1, half)).toBeNull()
    expect(nextAttemptDelay(1.5, half)).toBeNull()
  })
})
