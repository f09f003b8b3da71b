import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Round 76 (English, read before anything was written for it) missed 34 of 200 after rounds 70–74 had
// been learned, 35 with the session's starting code: amazement resolved by good news the rules had no
// words for ("got here in 12 minutes", "upgraded us for free", "I can lift my kid again"), a day and
// a threat named in other words ("before dark", "the sale completes", "I'm getting another glazier
// in"), a customer's own lateness read as a fault, a "still" of reading read as repeat contact.
// Every message here was written for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('amazement resolved by good news', () => {
  it.each([
    'Stunned. The electrician got here in 15 minutes on a Sunday night. Lifesaver.',
    'Shocked the hotel upgraded us to a suite for free. Did not expect that!',
    'Gobsmacked: the osteopath fixed a back that two other clinics could not. I can sleep properly again.',
    'What did you put in these scones?! I had to come back for a second bag.',
  ])('reads positive: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(kinds(text)).not.toContain('time-pressure')
  })

  it('"back for a second time" is a trip repeated, no praise', () => {
    expect(reader.read('I had to go back for a second time because the order was wrong.').emotions.satisfaction).toBeLessThanOrEqual(0.3)
  })
})

describe('days, threats and faults in other words', () => {
  it.each([
    "Broken fence panel after the storm and there's more wind forecast tonight. Can someone come before dark?",
    "Could the boiler be serviced before Friday, when the house sale completes? The buyers have asked for it.",
  ])('presses: %s', (text) => {
    expect(reader.read(text).emotions.urgency).toBeGreaterThanOrEqual(0.6)
  })

  it("bringing in someone else is a churn threat: I'll give you 48 hours, then I'm getting another plumber in", () => {
    const text = "I'll give you 48 hours to fix the leak. After that I'm getting another plumber in."
    expect(kinds(text)).toContain('churn-threat')
    expect(kinds("I'll use a different card instead.")).not.toContain('churn-threat')
  })

  it('"getting on my nerves" is frustration said outright', () => {
    expect(reader.read('This is really getting on my nerves, the gate still will not lock.').emotions.frustration).toBeGreaterThanOrEqual(0.7)
  })
})

describe('what is not a complaint', () => {
  it("the customer's own lateness is no fault", () => {
    const r = reader.read('Big thanks to the receptionist who held my slot when I was running late. Made my day.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
  })

  it('a "still" of reading is no repeat contact', () => {
    const text = "I've read the tenancy agreement twice and still don't follow the bit about deposits. Is it one month or two?"
    expect(kinds(text)).not.toContain('repeat-contact')
    expect(reader.read(text).emotions.confusion).toBeGreaterThanOrEqual(0.5)
  })

  it('happy tears counted are no repeat contact', () => {
    const r = reader.read("The portraits are stunning. I've cried twice looking at them. Thank you so much!")
    expect(r.sentiment.label).toBe('positive')
    expect(kinds("The portraits are stunning. I've cried twice looking at them. Thank you so much!")).not.toContain('repeat-contact')
  })
})
