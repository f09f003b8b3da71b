import { describe, expect, it } from 'vitest'
import { contextCueKinds, contextCueLine, isContextCue } from './context-cues'
import { distinctLabels } from './distinct-labels'

const cue = (kind: string, start: number, end: number) => ({ kind, start, end, explicit: false, weight: -0.3 })

describe('cues from the conversation around a message', () => {
  const text = 'Like I said, the export fails. FIX IT!!!'

  it('are the cues with no span in the text, each kind once', () => {
    const cues = [cue('issue-report', 17, 23), cue('escalating-intensity', 0, 0), cue('repeat-contact', 0, 0), cue('repeat-contact', 0, 0), cue('caps', 99, 105)]
    expect(contextCueKinds(cues, text.length)).toEqual(['escalating-intensity', 'repeat-contact', 'caps'])
    expect(isContextCue(cue('repeat-contact', 0, 11), text.length)).toBe(false)
  })

  it('read as reasons about the whole message', () => {
    expect(contextCueLine('repeat-contact')).toMatch(/^Repeat contact: /)
    expect(contextCueLine('escalating-intensity')).toMatch(/^Rising intensity: louder than the customer's earlier messages/)
    expect(contextCueLine('new-kind')).toBe('New kind: from the conversation before this message')
  })
})

describe('the conversation header', () => {
  it('names channel, product area and tags once each, whatever their case', () => {
    expect(distinctLabels(['email', 'export', 'synthetic', 'Export', null, '', ' email '])).toEqual(['email', 'export', 'synthetic'])
  })
})
