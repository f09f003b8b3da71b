import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (t: string): string[] => reader.read(t).cues.map((c) => c.kind)

// Sentences written for this test: what the fiftieth round (English) found unheard, each said
// otherwise than the round's customers said it.
describe('a step that has not completed, with a day on it', () => {
  it('hears a payment or upload not through yet as a fault', () => {
    for (const t of ["My deposit hasn't come through and the letting agent wants it by Thursday.", 'The scans are not processed yet and my consultant sees me at 10 tomorrow.']) {
      expect(kinds(t), t).toContain('issue-report')
      expect(kinds(t), t).toContain('time-pressure')
      expect(reader.read(t).emotions.urgency, t).toBeGreaterThanOrEqual(0.7)
    }
    for (const t of ['The parcel has gone through customs.', 'We are not ready yet, no rush.']) expect(kinds(t), t).not.toContain('issue-report')
  })

  it('hears an appointment on a day beside a problem, and only there', () => {
    const t = 'The boiler is still broken and I have a scan appointment on Friday morning.'
    expect(kinds(t)).toContain('time-pressure')
    expect(kinds('I have a dentist appointment on Friday, can I move my delivery?')).not.toContain('time-pressure')
  })
})

describe('praise over a fault the words do not name', () => {
  it('reads a description in quotes after an opening of praise as held up', () => {
    for (const t of ["Brilliant, my 'ultrafast' charger takes six hours to fill the phone.", "Oh how lovely, the 'garden view' cabin faces a brick wall."]) {
      expect(reader.read(t).sarcastic, t).toBe(true)
      expect(reader.read(t).sentiment.label, t).toBe('negative')
    }
  })

  it('leaves a label or status in quotes sincere', () => {
    for (const t of ["Great, the 'Download' link is back on the page now.", "Great, the status now says 'approved' so we can fly."]) expect(reader.read(t).sarcastic, t).toBe(false)
  })

  it('reads "What a lovely X," before a named fault as sarcasm, not before praise', () => {
    expect(reader.read('What a lovely flat, with a leaking roof and mould on every wall.').sarcastic).toBe(true)
    expect(reader.read('What a lovely flat, the agent was kind and the kitchen is spotless.').sarcastic).toBe(false)
  })

  it('hears a lone "Twice." after a fault as the fault come back', () => {
    expect(kinds('Excellent service, the engineer never turned up. Twice.')).toContain('issue-report')
    expect(reader.read('Excellent service, the engineer never turned up. Twice.').sarcastic).toBe(true)
    expect(kinds('Thanks for the help. I will order again.')).not.toContain('issue-report')
  })

  it('reads kindness credited to a business beside a fault as sarcasm, not alone', () => {
    expect(kinds('So considerate of the gym to leave the changing rooms with no towels all week.')).toContain('sarcasm')
    expect(kinds('So thoughtful of the hotel to leave flowers in the room.')).not.toContain('sarcasm')
  })

  it('hears something working only in short spells as a fault', () => {
    expect(kinds('The hotspot connects for about a minute at a time.')).toContain('issue-report')
  })
})

describe('terse complaints', () => {
  it('reads subjectless fragments beside a problem as clipped', () => {
    for (const t of ['Invoice wrong. Sort it.', 'Rang three times. An hour on hold. Dropped every call.']) {
      expect(kinds(t), t).toContain('clipped-sentences')
      expect(reader.read(t).sentiment.label, t).toBe('negative')
    }
    expect(kinds('Booked the trip. Loved the food. Would go again.')).not.toContain('clipped-sentences')
  })
})

describe('leaving and asking for a person', () => {
  it('hears leaving as not coming back or changing banks, not a trip', () => {
    for (const t of ["Refund me by Friday or I'm switching providers.", "Fix it this week or we're taking it to another garage and we won't be back."]) expect(kinds(t), t).toContain('churn-threat')
    for (const t of ["I won't be back until Tuesday, please leave it with a neighbour.", 'We are taking it to another room for the meeting.']) expect(kinds(t), t).not.toContain('churn-threat')
  })

  it('hears a call asked of someone on a team', () => {
    expect(kinds('Can somebody in your claims team phone me this afternoon?')).toContain('human-request')
  })

  it('hears "never would have thought of that" beside a problem as sarcasm', () => {
    expect(kinds("unplug it and plug it back in. wow, never could have thought of that. it still doesn't work")).toContain('sarcasm')
  })
})
