import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { overlappingCues } from './overlapping-cues.js'
import type { Cue } from './reading.js'

const cue = (start: number, end: number): Cue => ({ kind: 'domain-term', start, end, explicit: false, weight: 0, text: '' })

// The definition: compare each source with every cue.
function byScan(cues: readonly Cue[], sources: readonly number[]): number[][] {
  return sources.map((si) => {
    const c = cues[si] as Cue
    return cues.flatMap((o, i) => (o !== c && o.start < c.end && c.start < o.end ? [i] : []))
  })
}

const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => cue(start, start + length))

describe('overlappingCues', () => {
  it('finds the same overlaps as comparing every pair (property)', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 40 }).chain((cues) => fc.tuple(fc.constant(cues), fc.subarray(cues.map((_, i) => i)))),
        ([cues, sources]) => {
          const found = overlappingCues(cues, sources).map((hits) => [...hits].sort((a, b) => a - b))
          expect(found).toEqual(byScan(cues, sources))
        },
      ),
      { seed: 5, numRuns: 1000 },
    )
  })

  it('counts a message-wide cue as overlapping every term inside it', () => {
    const cues = [cue(0, 100), cue(10, 15), cue(20, 25), cue(30, 30)]
    expect(overlappingCues(cues, [1, 2])).toEqual([[0], [0]])
  })
})
