import { describe, expect, it } from 'vitest'
import { CONVERSATION_GAPS, gapsAfter, joinedRuns } from './chart-gaps'

const DAY = 86_400

describe('where a line chart breaks', () => {
  it('breaks between two conversations six weeks apart, and joins two a week apart', () => {
    expect(gapsAfter([0, 42 * DAY], CONVERSATION_GAPS)).toEqual([0])
    expect(joinedRuns([0, 42 * DAY], CONVERSATION_GAPS)).toEqual([
      [0, 0],
      [1, 1],
    ])
    expect(joinedRuns([0, 7 * DAY], CONVERSATION_GAPS)).toEqual([[0, 1]])
  })

  it('breaks where the spacing is more than three times the median, once there are three spacings', () => {
    // Daily, then a 5-day silence, then daily again: 5 > 3 × 1.
    const xs = [0, 1, 2, 3, 8, 9].map((d) => d * DAY)
    expect(gapsAfter(xs, CONVERSATION_GAPS)).toEqual([3])
    expect(joinedRuns(xs, CONVERSATION_GAPS)).toEqual([
      [0, 3],
      [4, 5],
    ])
    // Exactly three times the median is still joined.
    expect(gapsAfter([0, 1, 2, 5].map((d) => d * DAY), CONVERSATION_GAPS)).toEqual([])
    // With two spacings the median is no yardstick: only the month rule applies.
    expect(gapsAfter([0, 1, 20].map((d) => d * DAY), CONVERSATION_GAPS)).toEqual([])
  })

  it('keeps regular points in one run and a lone point as its own run', () => {
    expect(joinedRuns([], CONVERSATION_GAPS)).toEqual([])
    expect(joinedRuns([5], CONVERSATION_GAPS)).toEqual([[0, 0]])
    const weekly = Array.from({ length: 10 }, (_, i) => i * 7 * DAY)
    expect(joinedRuns(weekly, CONVERSATION_GAPS)).toEqual([[0, 9]])
    // Monthly contacts more than 30 days apart stand alone, however regular.
    expect(joinedRuns([0, 31, 62, 93].map((d) => d * DAY), CONVERSATION_GAPS)).toHaveLength(4)
  })
})
