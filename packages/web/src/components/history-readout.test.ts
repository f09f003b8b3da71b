import { describe, expect, it } from 'vitest'
import { day } from '../format'
import { historyReadout, sentimentWords, spanWords } from './history-readout'

const DAY = 86_400_000
const oct = Date.parse('2026-10-01T10:00:00Z')
const points = [
  { at: oct, score: -0.62, escalation: 0.7 },
  { at: oct + 42 * DAY, score: 0.31, escalation: 0.1 },
]

describe('the customer chart in words', () => {
  it('says the latest conversation when nothing is pointed at, never "--"', () => {
    const idle = historyReadout(points, null)
    expect(idle).toBe(`Latest conversation, ${day(oct + 42 * DAY)}: sentiment +0.31 (slightly positive), escalation 10%. Hover a point, or focus the chart and use the arrow keys, to read the others.`)
    expect(idle).not.toContain('--')
    expect(historyReadout(points.slice(0, 1), null)).toBe(`Only conversation, ${day(oct)}: sentiment -0.62 (negative), escalation 70%.`)
    expect(historyReadout([], null)).toBe('No conversations yet.')
  })

  it('reads the point pointed at with its date and sentiment in words', () => {
    expect(historyReadout(points, 0)).toBe(`${day(oct)}: sentiment -0.62 (negative), escalation 70%`)
    // An index past the end reads as nothing pointed at.
    expect(historyReadout(points, 5)).toContain('Latest conversation')
  })

  it('puts scores and silences into words', () => {
    expect([-0.9, -0.3, 0, 0.15, 0.3, 0.8].map(sentimentWords)).toEqual(['negative', 'slightly negative', 'neutral', 'neutral', 'slightly positive', 'positive'])
    expect(spanWords(42 * DAY)).toBe('6 weeks')
    expect(spanWords(9 * DAY)).toBe('9 days')
    expect(spanWords(DAY)).toBe('1 day')
  })
})
