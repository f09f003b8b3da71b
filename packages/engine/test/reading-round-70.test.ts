import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Round 70 (English, read before anything was written for it) missed 35 of 200 at first read: praise
// closing a message about damage the rules had no word for ("…shrank my only suit. Truly top-tier
// service." read positive 0.98), amazement resolved by praise read as sarcasm because a job "done by
// morning" or "in five hours" sounded like a deadline, greetings with a well-wish or a topic read as
// cheer, polite deadlines whose stakes end a term. Every message here was written for this test.
const reader = createReader()

describe('sarcastic closers beside a fault', () => {
  it.each([
    'Brilliant job, the dry cleaner shrank my wool coat. Truly first-rate service.',
    'Nice one, the courier turned up with half my parcels. Sterling effort.',
    'Top work, the decorator painted the wrong room and flooded the bathroom.',
    "Well isn't this lovely, locked out of the flat on the night of my party.",
    'So the mechanic booked me in for two services at the same time. Real professionals there.',
  ])('reads as sarcasm: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })

  it.each([
    'Brilliant job, the engineer fixed the leak in twenty minutes. Truly first-rate service.',
    'Love how simple the new booking form is. Real talent there.',
    'Great job on the wedding cake. Real talent there.',
  ])('leaves sincere praise that closes the same way positive: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
  })
})

describe('amazement resolved by praise', () => {
  it.each([
    'Stunned. You repainted the whole flat in two days and not one drop on the carpet. Amazing work.',
    'Unreal. The shelves were all up by Monday morning and the kids love them. Incredible job.',
    "Honestly shocked — you found my lost ring in the taxi and drove it over. So kind.",
  ])('reads positive: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.some((c) => c.kind === 'time-pressure')).toBe(false)
  })
})

describe('greetings with a well-wish or a topic', () => {
  it.each([
    "Good morning, I'm writing about my subscription.",
    'Hi team, hope the week is going well.',
    "Hello, hope you're well today. It's about the swimming lessons.",
  ])('reads neutral: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('neutral')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
    // Nor does a greeting before the topic read as delight (it showed satisfaction 0.62).
    expect(r.emotions.satisfaction).toBeLessThanOrEqual(0.3)
  })

  it('a greeting opening a complaint adds no delight', () => {
    const r = reader.read("Good morning, I'm writing about my subscription, it was cancelled without warning.")
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.satisfaction).toBeLessThanOrEqual(0.3)
  })

  it("leaves a complaint after the topic negative: Hi, I'm writing about my order, it arrived smashed.", () => {
    expect(reader.read("Hi, I'm writing about my order, it arrived smashed and nobody has replied.").sentiment.label).toBe('negative')
  })
})

describe('deadlines and faults told plainly', () => {
  it('a term that ends on the day presses: "our lease ends that day"', () => {
    const r = reader.read('Could you confirm the van by the end of this week? Our lease ends that day.')
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.6)
    expect(r.sentiment.label).not.toBe('positive')
  })

  it('someone asked to come today beside a fault presses; a booking alone does not', () => {
    expect(reader.read('The heater died and it is freezing, can an engineer come today?').cues.some((c) => c.kind === 'time-pressure')).toBe(true)
    expect(reader.read('Can you come today to measure the kitchen?').cues.some((c) => c.kind === 'time-pressure')).toBe(false)
  })

  it('an escalation asked for in the noun is a request for a person', () => {
    expect(reader.read('Requesting escalation to a supervisor about my claim.').cues.some((c) => c.kind === 'human-request')).toBe(true)
  })

  it('moving all our bookings to a different firm is a churn threat', () => {
    const r = reader.read("No reply by Friday and I'm moving all our team bookings to a different agency.")
    expect(r.cues.some((c) => c.kind === 'churn-threat')).toBe(true)
    expect(r.sentiment.label).toBe('negative')
  })
})
