import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (t: string): string[] => reader.read(t).cues.map((c) => c.kind)

// Sentences written for this test: what the fifty-fifth round (English) found unheard, each said
// otherwise than the round's customers said it.
describe('grudging acceptance: the disputed money given up, a settlement taken to be done with it', () => {
  it('hears "keep the fee", "I just want it over", "take it in order to settle"', () => {
    for (const t of ['Fine, keep the cancellation fee, I just want this whole thing over.', 'You can keep your deposit, I just want the contract finished.', "I'll take it in order to settle this."]) {
      expect(kinds(t), t).toContain('grudging-acceptance')
      expect(reader.read(t).sentiment.label, t).not.toBe('positive')
    }
    expect(kinds('Please keep the receipt for your records.')).not.toContain('grudging-acceptance')
  })
})

describe('the fault back, counted by the day or named as back', () => {
  it('hears a third night in a row, a rattle come back, an alarm that keeps beeping', () => {
    for (const t of ['Third night in a row the heating has cut out.', 'The rattle in the boot has come back.', 'the alarm keeps beeping for no reason']) expect(kinds(t), t).toContain('repeat-contact')
    for (const t of ['Second day of the conference was great.', 'The issue is back with the engineer.']) expect(kinds(t), t).not.toContain('repeat-contact')
  })
})

describe('praise of the work, thanks for the fault itself', () => {
  it('reads craftsmanship, kudos to whoever decided, compliments and thanks for a crash as sarcasm', () => {
    for (const t of [
      'Superb craftsmanship: two months old and the drawer front has already fallen off.',
      'Congratulations to whoever decided the app should sign me out every five minutes.',
      'Really appreciate the app crashing every time I open it.',
      'My compliments to the courier who left my parcel out in the rain.',
    ]) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('negative')
      expect(r.emotions.sarcasm, t).toBeGreaterThanOrEqual(0.5)
    }
    for (const t of ['Brilliant design, the new lamp looks lovely in our hall.', 'My compliments to the chef, dinner was superb.', 'Kudos to whoever designed the new dashboard, it is so clear.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('positive')
      expect(r.sarcastic, t).toBe(false)
    }
  })
})

describe('enjoyment opening a sentence that tells a fault', () => {
  it('reads "Loving…", "Really enjoying…" and a result praised over a fault as sarcasm', () => {
    for (const t of ['Loving the new layout now that the search button has vanished.', 'Really enjoying my evenings without internet since the engineer left.', 'Lovely result: a week with no heating and a bill for the callout.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('negative')
      expect(r.emotions.sarcasm, t).toBeGreaterThanOrEqual(0.5)
    }
  })

  it('leaves enjoyment conceded with "but", enjoyment of good news and of a fix alone', () => {
    expect(reader.read('Loving the new layout, but the search button has vanished.').sarcastic).toBe(false)
    for (const t of ['Really enjoying the new app, everything is so quick.', 'Love the fact that you fixed the crash so quickly.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('positive')
      expect(r.sarcastic, t).toBe(false)
    }
  })
})

describe('a fault beside a deadline said as a distance or an hour', () => {
  it('hears a leak before a morning inspection and tickets shown expired before the match', () => {
    for (const t of ['The boiler is leaking again and the letting agent inspection is 9am tomorrow.', "Our e-tickets show 'expired' and the match is in two days."]) {
      const r = reader.read(t)
      expect(kinds(t), t).toContain('time-pressure')
      expect(kinds(t), t).toContain('issue-report')
      expect(r.emotions.urgency, t).toBeGreaterThanOrEqual(0.7)
    }
  })
})

describe('faults as developers and owners tell them', () => {
  it('hears an ignored setting, the wrong encoding and a battery that will not charge', () => {
    for (const t of ['The export endpoint ignores the locale setting and always returns dates in US format.', 'Filenames are saved as ASCII instead of UTF-8, so accents turn into question marks.', "The new power bank won't even charge."]) {
      expect(kinds(t), t).toContain('issue-report')
    }
    expect(kinds("The app doesn't open until I restart my phone."), 'a fault, not an opening hour').toContain('issue-report')
  })

  it('takes an opening hour for no fault', () => {
    const t = "The pool doesn't open until 9, so could we get an early towel from reception?"
    expect(kinds(t)).not.toContain('issue-report')
    expect(reader.read(t).sentiment.label).not.toBe('negative')
  })
})

describe('surprise said bare, and a person asked for over a bot', () => {
  it('marks "I was not expecting that" for review, not a surprise about a delay', () => {
    expect(reader.read('Well I was not expecting that.').needsReview).toBe(true)
    expect(kinds("I didn't expect that to take three weeks.")).not.toContain('ambiguous-term')
  })

  it('hears a team asked for instead of the virtual assistant', () => {
    expect(kinds('Please pass this to your team instead of the virtual assistant.')).toContain('human-request')
  })
})

describe('polite demands, negated problems, good news and calm', () => {
  it('reads a polite demand as no praise', () => {
    for (const t of ['Kindly reverse the late fee you added after my payment cleared.', 'I would ask you to send an engineer who can actually fix the fault. Thank you.']) expect(reader.read(t).sentiment.label, t).not.toBe('positive')
  })

  it('reads problems denied as no complaint', () => {
    for (const t of ['No probs with the delivery this week, everything arrived on time.', "There haven't been any outages since you swapped the router.", 'No delays on my order this time, thanks.']) expect(reader.read(t).sentiment.label, t).not.toBe('negative')
  })

  it('reads a fee waived and a refund within the hour as good news', () => {
    for (const t of ["The engineer fixed the boiler in twenty minutes and didn't even charge me for the part!", 'My refund arrived within the hour, fantastic service.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('positive')
      expect(r.sarcastic, t).toBe(false)
    }
  })

  it('takes urgency back at the customer\'s convenience, and hears thanks before a fault that keeps coming back', () => {
    expect(reader.read('Could you update my billing address at your convenience? There is no time pressure.').emotions.urgency).toBeLessThanOrEqual(0.3)
    expect(reader.read('Thanks for coming out, but the smoke alarm keeps beeping.').sentiment.label).toBe('negative')
  })
})
