import { problemKeys } from '@undertone/analysis'
import { describe, expect, it } from 'vitest'
import { fromStateRow } from '../src/app/analysis-inputs.js'

// A stored message row rebuilt into the conversation state: its text becomes problem keys and is left behind.
describe('fromStateRow', () => {
  // The row carries the cues as stored; the state keeps their kinds.
  const reading = { score: -0.5, label: 'negative' as const, emotions: {}, intensity: 0.3, cues: [{ kind: 'issue-report' }], language: 'en' }
  const kept = { ...reading, cues: ['issue-report'] }

  it('keeps the problem keys and the counted contacts of a customer message, and no text', () => {
    const text = 'Where has claim CLM-552190 got to? The ceiling is starting to sag.'
    const m = fromStateRow({ id: 'a', role: 'customer', at: 1, text, reading })
    expect(m.reading?.problemKeys).toEqual(problemKeys(text))
    expect(JSON.stringify(m)).not.toContain('ceiling')
    expect('text' in m).toBe(false)
    expect(fromStateRow({ id: 'd', role: 'customer', at: 4, reading: { ...reading, cues: [{ kind: 'repeat-contact', count: 4 }] } }).reading?.statedContacts).toBe(4)
  })

  it('leaves a message with no reading, or no keys, as it was', () => {
    expect(fromStateRow({ id: 'b', role: 'customer', at: 2, text: 'Hello?' })).toEqual({ id: 'b', role: 'customer', at: 2 })
    expect(fromStateRow({ id: 'c', role: 'customer', at: 3, text: 'Thanks, please reply today.', reading })).toEqual({ id: 'c', role: 'customer', at: 3, reading: kept })
  })
})
