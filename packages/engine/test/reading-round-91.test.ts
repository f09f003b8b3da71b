import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Round 91 (English, written at the start of the twenty-first session) missed 24 of 200: a greeting to
// a whole team read as delight, a fault that has stopped read as the fault, "Good job." after a fault
// read as praise, "Fine." as its own sentence before a chore, conditional thanks for what is still to
// come, and a deadline whose stakes are said with "so it…" or "ahead of…". Every message here was
// written for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('greetings to a team', () => {
  it.each(['Good morning, I hope you are all keeping well.', "Hi folks, hope everyone's doing well.", 'Hello, hope your week is going smoothly.'])('reads neutral: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('neutral')
    expect(r.emotions.sarcasm).toBeLessThan(0.15)
  })

  it('still reads the problem after the greeting', () => {
    expect(reader.read("Hope you're doing well! The parcel never turned up though.").sentiment.label).toBe('negative')
  })
})

describe('a fault that has stopped, or is denied', () => {
  it.each([
    'The buzzing from the fridge has finally stopped since the repair.',
    'Those random disconnects have completely stopped after the router swap.',
    "My card isn't blocked or anything, I just want to raise the limit.",
    'Not reporting a problem, all good here! Just wondering about the roadmap.',
  ])('is not negative: %s', (text) => {
    expect(reader.read(text).sentiment.label).not.toBe('negative')
  })

  it('keeps "the notifications have stopped" a fault: only faults by name end well', () => {
    expect(reader.read('The notifications have stopped since Monday.').sentiment.label).toBe('negative')
  })
})

describe('praise closing a fault', () => {
  it.each(['The invoice PDF is blank again. Good job.', 'Locked out for the third time today. Well done.'])('is sarcasm: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })

  it('is praise once the fault is fixed', () => {
    const r = reader.read('Fixed in ten minutes. Good job.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThan(0.15)
  })
})

describe('grudging and amazed', () => {
  it('reads "Fine." before a chore as grudging', () => {
    const r = reader.read("Fine. I'll re-enter all forty contacts by hand.")
    expect(r.sentiment.label).not.toBe('positive')
    expect(kinds("Fine. I'll re-enter all forty contacts by hand.")).toContain('grudging-acceptance')
  })

  it('reads "Fine. I will…" written out as grudging too', () => {
    expect(kinds('Fine. We will collect the order from the depot ourselves.')).toContain('grudging-acceptance')
  })

  it('leaves "That\'s fine. I\'ll…" as agreement', () => {
    expect(kinds("That's fine. I'll call back after lunch.")).not.toContain('grudging-acceptance')
  })

  it('reads "can\'t get over" good news as amazement, not sarcasm', () => {
    const r = reader.read("I can't get over how quickly the new glasses arrived. Brilliant work.")
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThan(0.15)
  })

  it('hears no praise in amazement alone', () => {
    const r = reader.read('Incredible. Truly incredible.')
    expect(r.needsReview).toBe(true)
    expect(kinds('Incredible. Truly incredible.')).not.toContain('praise')
  })

  it('reads a waived fee as good news', () => {
    const r = reader.read('You waived the entire late fee? That is so kind, thank you.')
    expect(r.sentiment.label).toBe('positive')
    expect(kinds('You waived the entire late fee? That is so kind, thank you.')).not.toContain('issue-report')
  })
})

describe('deadlines asked for politely', () => {
  it('reads conditional thanks as the ask, and the stakes after "ahead of" as urgent', () => {
    const text = "I'd be most grateful for the signed lease by Thursday noon, ahead of my mortgage appointment."
    const r = reader.read(text)
    expect(r.sentiment.label).not.toBe('positive')
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.6)
  })

  it.each([
    'Could the bouquet be confirmed by Thursday? The christening is Sunday.',
    'Please could you update our billing address before the 3rd, when we relocate?',
    'We would ask that the staging server be ready by 9:00 on Monday for our go-live.',
  ])('reads an event named beside the deadline as its stakes: %s', (text) => {
    expect(reader.read(text).emotions.urgency).toBeGreaterThanOrEqual(0.6)
  })

  it('reads a purpose after "so it" as the stakes', () => {
    expect(reader.read('Please approve the expense claim before Friday so it lands in this quarter.').emotions.urgency).toBeGreaterThanOrEqual(0.6)
  })
})

describe('long e-mails', () => {
  it('does not let the learned cues drift over many lines that say nothing', () => {
    const text = `The payroll file failed to upload again. ${'Our team uses the portal for monthly reporting. '.repeat(30)}`
    const found = kinds(text)
    expect(found).not.toContain('sarcasm')
    expect(found).not.toContain('grudging-acceptance')
  })
})
