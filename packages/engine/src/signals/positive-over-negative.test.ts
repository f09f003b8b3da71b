import { describe, expect, it } from 'vitest'
import type { Cue, CueKind } from '../reader/reading.js'
import { isConcession, positiveOverNegative } from './positive-over-negative.js'

const cue = (kind: CueKind, start: number, weight: number): Cue => ({ kind, start, end: start + 4, explicit: false, weight, text: 'xxxx' })
const flat: [number, number, number] = [0.1, 0.8, 0.1]

describe('positiveOverNegative', () => {
  it('needs both a positive surface and a negative situation', () => {
    expect(positiveOverNegative([cue('praise', 0, 0.8), cue('issue-report', 10, -0.8)], flat)).toBe(true)
    expect(positiveOverNegative([cue('praise', 0, 0.8)], flat)).toBe(false)
    expect(positiveOverNegative([cue('issue-report', 10, -0.8)], flat)).toBe(false)
    expect(positiveOverNegative([], [0.45, 0.1, 0.45])).toBe(true)
  })

  it('takes thanks with no complaint in sight for sincere, whatever the probabilities', () => {
    expect(positiveOverNegative([cue('gratitude', 0, 0.6)], [0.45, 0.1, 0.45])).toBe(false)
  })

  it('takes praise conceded before "but" for sincere', () => {
    const conceded = [cue('gratitude', 0, 0.2), cue('contrast', 8, 0), cue('issue-report', 14, -0.9)]
    expect(isConcession(conceded)).toBe(true)
    expect(positiveOverNegative(conceded, flat)).toBe(false)
    // Praise after the turn is the point, not a concession.
    expect(isConcession([cue('issue-report', 0, -0.3), cue('contrast', 8, 0), cue('praise', 14, 0.9)])).toBe(false)
  })
})
