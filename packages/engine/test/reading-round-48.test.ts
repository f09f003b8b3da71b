import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (t: string): string[] => reader.read(t).cues.map((c) => c.kind)

// Sentences written for this test: what the forty-eighth round (conversations, 2026-12-06) found
// unheard, each said otherwise than the round's customers said it.
describe('a customer back about the same thing', () => {
  it('hears the fault back, told by what it does', () => {
    for (const t of ['My router stopped connecting again last night.', 'The parent portal is down again.', 'The scanner quit printing again after the update.', 'Our balance is wrong again this month.']) {
      expect(kinds(t), t).toContain('repeat-contact')
      expect(reader.read(t).sentiment.label, t).toBe('negative')
    }
  })

  it('hears working again as a fix, unless it stopped working again', () => {
    expect(kinds('The heating works again, thank you!')).toContain('praise')
    expect(reader.read('The heating works again, thank you!').sentiment.label).toBe('positive')
    const back = 'The heating stopped working again.'
    expect(kinds(back)).not.toContain('praise')
    expect(kinds(back)).toContain('repeat-contact')
    expect(reader.read(back).sentiment.label).toBe('negative')
  })

  it('hears a greeting back or a follow-up as a repeat only beside a problem', () => {
    for (const t of ['Hello again, the parcel locker code still does not work.', 'Hi again! The replacement charger is also faulty.', 'Quick follow-up: my deposit has not been returned.']) expect(kinds(t), t).toContain('repeat-contact')
    for (const t of ['Hello again! Can I add a second driver to the booking?', 'Quick follow-up question: is VAT included in the quote?', 'Hi again :) Do you deliver on Sundays?']) expect(kinds(t), t).not.toContain('repeat-contact')
  })

  it('hears a second-language writer writing again, a fix thought done, and being fobbed off again', () => {
    expect(kinds('I write again about my deposit, nobody answered my last mail.')).toContain('repeat-contact')
    expect(kinds('I thought you had fixed this in March?')).toContain('repeat-contact')
    expect(kinds('We will not be brushed off again.')).toContain('repeat-contact')
    expect(kinds('I write to ask about opening hours.')).not.toContain('repeat-contact')
  })

  it('hears the days counted with "now", in any number word', () => {
    for (const t of ['It has now been nine days.', "It's been eleven days and the form is still not processed."]) expect(kinds(t), t).toContain('issue-report')
  })
})

describe('deadlines named by what they are for', () => {
  it('is time pressure: a cut-off for something, minutes left, people who must be paid', () => {
    for (const t of ['The filing cut-off for the quarter is 4pm today and the export is broken.', "That's twenty minutes from now and the page still won't load.", 'The invoices have to be submitted by Friday and the upload keeps failing.', 'Twelve drivers need to be paid tomorrow and the bank link is broken.']) {
      expect(kinds(t), t).toContain('time-pressure')
      expect(reader.read(t).emotions.urgency, t).toBeGreaterThanOrEqual(0.6)
    }
  })
})
