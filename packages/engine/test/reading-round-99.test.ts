import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Rounds 99 (messages) and 100 (conversations), the twenty-second session, missed where a fault was
// said to be over in words no rule knew, where praise over a fault was told in a phrase no rule knew,
// and where a reply taking the agent's step opened on the step itself. Every message here was written
// for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('a fault said to be over', () => {
  it.each([
    'The damp patch behind the wardrobe has finally disappeared since the roofer came. Thanks a lot!',
    'The hum near the boiler is completely gone now the part was swapped.',
    "The sync error I reported doesn't happen anymore, all good on the laptop now.",
    "The freeze hasn't happened again since Tuesday's patch.",
  ])('is not negative: %s', (text) => {
    expect(reader.read(text).sentiment.label).not.toBe('negative')
    expect(kinds(text)).not.toContain('repeat-contact')
  })

  it.each(['The printer has stopped printing since the update.', 'The notifications have stopped.'])('stays a fault when what stopped is the service: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
  })
})

describe('a plain question after a greeting or a wish', () => {
  it.each(['Good afternoon, hope the week is treating you well. Do you deliver to the Channel Islands?', 'Good evening to the customer team. Can I pay the invoice by bank transfer?'])('reads neutral: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('neutral')
  })
})

describe('praise over a fault', () => {
  it.each([
    'Nine cancelled lessons in a row - the driving school really is setting the gold standard.',
    'A fortnight without a working lift. Truly a five-star housing association.',
    "Two months of broken streetlights is exactly what our council tax is for, isn't it?",
    "Adore the new 'bonus' setting that emails my whole contact list twice a day. Keeps things lively.",
  ])('is sarcasm and negative: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(kinds(text)).toContain('sarcasm')
  })

  it.each(['Lovely, I\'ll book the Friday slot then. Always so helpful, thank you!', 'Truly a five-star hotel, we loved every minute.'])('stays praise where nothing is wrong: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(kinds(text)).not.toContain('sarcasm')
  })
})

describe('faults told in new words', () => {
  it.each(['The app charges the delivery fee twice on every order.', 'My mileage total is inflated by about forty miles a week.', 'Four late deliveries in a row now.', 'Did what you said and it is still not pairing.'])('is a fault: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
    expect(kinds(text).some((k) => k === 'issue-report' || k === 'repeat-contact')).toBe(true)
  })

  it.each(['Fourth contact about this.', 'Third report. Same leak.'])('a counted contact is a repeat: %s', (text) => {
    expect(kinds(text)).toContain('repeat-contact')
  })
})

describe('a deadline told as a departure', () => {
  it('presses beside a fault', () => {
    const r = reader.read("My new bank card hasn't come and I leave for a month in Canada on Thursday.")
    expect(r.cues.map((c) => c.kind)).toContain('time-pressure')
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.6)
  })
})

describe('grudging acceptance of the only option', () => {
  it('reads not positive, with the cue', () => {
    const r = reader.read("If that's really the soonest engineer visit you have, then put me down for it.")
    expect(r.sentiment.label).not.toBe('positive')
    expect(r.cues.map((c) => c.kind)).toContain('grudging-acceptance')
  })
})

describe('a bug report that quotes code', () => {
  it('is not clipped irritation', () => {
    const r = reader.read('POST /v1/orders returns HTTP 422 when qty=0. Body: {"code":"E_QTY"}. qty=1 is fine. Seen on 3.2.1.', { domain: 'developer-tools' })
    expect(r.cues.map((c) => c.kind)).not.toContain('clipped-sentences')
    expect(r.emotions.frustration).toBeLessThanOrEqual(0.5)
  })
})

describe('outrage or amazement said bare', () => {
  it('is flagged for review', () => {
    expect(reader.read('Has that really just happened?!').needsReview).toBe(true)
  })
})

describe('a reply that opens on the step', () => {
  it.each(['Resetting the router now.', 'reinstalling now', 'Clearing the cache now and trying again.'])('reads neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })

  it.each(['Loving the new dashboard now!', 'Waiting now for the third day.'])('keeps what it says: %s', (text) => {
    expect(reader.read(text).sentiment.label).not.toBe('neutral')
  })
})

describe('a sarcasm cue the model reads through', () => {
  it('is not positive', () => {
    expect(reader.read('Thank you for the link to the help page I said I had already read. Very useful.').sentiment.label).not.toBe('positive')
  })
})
