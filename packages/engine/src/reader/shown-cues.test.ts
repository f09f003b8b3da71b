import { describe, expect, it } from 'vitest'
import { createReader } from '../node/index.js'
import type { Cue } from './reading.js'
import { shownCues } from './shown-cues.js'

const cue = (kind: Cue['kind'], start: number): Cue => ({ kind, start, end: start + 1, explicit: true, weight: 0, text: '!' })

describe('shownCues', () => {
  it('keeps every kind and the first cues of each, in text order', () => {
    const cues = [cue('exclamation', 0), cue('question', 1), cue('exclamation', 2), cue('exclamation', 3), cue('question', 4), cue('praise', 5)]
    expect(shownCues(cues, 2).map((c) => `${c.kind}@${c.start}`)).toEqual(['exclamation@0', 'question@1', 'exclamation@2', 'question@4', 'praise@5'])
    expect(shownCues(cues, 10)).toBe(cues)
  })

  it('lists at most 20 of a kind in a reading, while the reading still weighs them all', () => {
    const reader = createReader()
    const loud = reader.read('This is broken! '.repeat(300))
    const kinds = new Map<string, number>()
    for (const c of loud.cues) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1)
    expect(Math.max(...kinds.values())).toBe(20)
    expect(kinds.has('exclamation')).toBe(true)
    expect(loud.intensity).toBeGreaterThan(0.5)
    expect(loud.sentiment.label).toBe('negative')
  })
})
