import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Rounds 101 (messages) and 102 (conversations), the twenty-second session, written harder on
// purpose: customers back each month or quarter who count their contacts, thanks while still stuck,
// sneers at advice and canned answers, hypothetical faults in questions. Every message here was
// written for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('back each cycle, in the customer\'s words', () => {
  it.each([
    'Second quarter running. The meter reading was ignored again.',
    'Same as last month: the box came without the oat milk.',
    'And again. No update on the claim.',
    'Fourth month. Still charged the old price.',
    '3 deliveries in a row now with the eggs smashed.',
    'Two weeks. Three complaints. Nothing has changed.',
    'Tracking still shows the same status as Monday.',
    'The parcel arrived damaged again.',
  ])('is a repeat contact: %s', (text) => {
    expect(kinds(text)).toContain('repeat-contact')
  })

  it.each(['For the 2nd year in a row we won the regional award!', 'Same as last time, a large flat white please.', 'Please add two tickets to my basket.', 'The test gave the same result on two laptops.'])('is no repeat: %s', (text) => {
    expect(kinds(text)).not.toContain('repeat-contact')
  })
})

describe('sneers at advice and canned answers', () => {
  it.each(['Brilliant idea, rebooting the modem. That has never occurred to anyone.', 'Thanks for the templated reply.', 'Cheers for your lovely copy-and-paste answer.'])('is sarcasm: %s', (text) => {
    const r = reader.read(text)
    expect(kinds(text)).toContain('sarcasm')
    expect(r.sentiment.label).not.toBe('positive')
  })

  it('an exclamation of thanks for advice that worked is meant', () => {
    const r = reader.read('Got it working! Thanks so much, I would never have figured that out myself.')
    expect(r.sentiment.label).toBe('positive')
    expect(kinds('Got it working! Thanks so much, I would never have figured that out myself.')).not.toContain('sarcasm')
  })

  it('the same words after advice said back stay a sneer', () => {
    expect(kinds("Turn it off and on. Wow, I'd never have figured that out.")).toContain('sarcasm')
  })
})

describe('praise taken back or held in scare quotes', () => {
  it.each(["Really glad my 'shatterproof' screen protector cracked on day two.", 'Stellar reliability this month. Only crashed during every client demo.'])('is sarcasm: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
    expect(kinds(text)).toContain('sarcasm')
  })

  it.each(['Perfect, we\'ve booked the 10am slot. Really helpful, thank you!', 'Lovely, I\'ll pay the balance today. Always so helpful!'])('a step the customer takes up is no sneer: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('positive')
    expect(kinds(text)).not.toContain('sarcasm')
  })
})

describe('faults that are not there', () => {
  it.each(['Would my data be deleted if I downgrade to the free plan?', 'Will the order be cancelled if I change the address?'])('a question about what would happen names none: %s', (text) => {
    expect(kinds(text)).not.toContain('issue-report')
    expect(reader.read(text).sentiment.label).not.toBe('negative')
  })

  it('a fault reported earlier that has gone is not negative', () => {
    expect(reader.read('The sync warning I reported last week has disappeared, all fine now.').sentiment.label).not.toBe('negative')
  })

  it("exceptions granted are no software's exceptions", () => {
    expect(kinds('We added the two interns as exceptions and everything works.')).not.toContain('issue-report')
  })

  it('readings of instructions are no repeated contacts, and confusion that lasts is confusion', () => {
    const r = reader.read("I've watched the setup video four times and still can't figure out where the filter goes.")
    expect(r.cues.map((c) => c.kind)).not.toContain('repeat-contact')
    expect(r.emotions.confusion).toBeGreaterThanOrEqual(0.5)
    expect(r.sentiment.score).toBeGreaterThanOrEqual(-0.5)
  })
})

describe('deadlines told in new words', () => {
  it.each(['We absolutely cannot miss 5pm.', 'The water will be cut off on Thursday unless this is sorted.'])('presses: %s', (text) => {
    expect(kinds(text)).toContain('time-pressure')
  })

  it('a day that has passed presses nothing', () => {
    expect(kinds("Lost for words after yesterday's appointment.")).not.toContain('time-pressure')
  })
})

describe('plain messages that read as themselves', () => {
  it.each(['Good evening all, hope you both had a lovely Easter!', "How's your week going? Hope everyone's keeping dry.", "G'day!"])('a greeting is neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })

  it('asking to cancel and rebook an appointment is a request, not a complaint', () => {
    expect(reader.read("Could you cancel my Thursday lesson? I'll book another for next week.").sentiment.label).toBe('neutral')
  })

  it('moving a payment to another bank account is no churn threat', () => {
    expect(kinds('Please switch my standing order to a different bank account from next month.')).not.toContain('churn-threat')
  })
})
