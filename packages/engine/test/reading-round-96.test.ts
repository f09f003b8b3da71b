import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Rounds 94 and 96 (conversations, the twenty-first session) missed where a message inside a thread
// read wrong: a reply taking the agent's step read positive or negative, the fault back after a fix
// was told in words no rule knew, and a customer back about an earlier contact said so in words no
// rule knew. Every message here was written for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('a reply taking the agent\'s step', () => {
  it.each(['Ok, reinstalling the driver now.', 'okay, switching it off and on', 'Right. Unplugging the hub, counting to thirty, plugging it back in.', 'Sure, exporting the log now'])('reads neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })

  it.each(['ok still nothing happening', 'Okay, getting fed up now.', 'ok, loving the new layout'])('keeps what it says: %s', (text) => {
    expect(reader.read(text).sentiment.label).not.toBe('neutral')
  })
})

describe('the fault back after a fix', () => {
  it.each([
    "Re-uploaded the smaller file and it's still 'unsupported format'.",
    'Swapped the batteries. The remote is still dead.',
    'Same blank screen in Firefox. And Safari.',
    'They sent the large size instead of the small one, again.',
  ])('is a fault: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(kinds(text).some((k) => k === 'issue-report' || k === 'repeat-contact')).toBe(true)
  })
})

describe('back about an earlier contact', () => {
  it.each(['Hello, I emailed about two weeks ago about the double charge and it is still on my statement.', 'I wrote last month because the meter reading was wrong, and this bill is wrong again.'])('is a repeat contact: %s', (text) => {
    expect(kinds(text)).toContain('repeat-contact')
  })

  it('is no repeat when nothing is wrong', () => {
    expect(kinds('I phoned a few weeks ago to say thank you, and I wanted to say it again in writing.')).not.toContain('repeat-contact')
  })
})

describe('a day turned around', () => {
  it('is praise, not the awful day it names', () => {
    const r = reader.read('The replacement cake arrived in time. You turned a horrible morning around for us, thank you.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.frustration).toBeLessThan(0.3)
  })
})

// Round 98 (conversations) and round 97 (English), read once at the session's end, then mended.
describe('after the last rounds', () => {
  it.each(['Got the invoice, forwarding it to accounts now.', "Sure, we'll give that a try."])('reads a step taken as neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })

  it('reads "done waiting" as stated frustration', () => {
    const r = reader.read("We're done waiting. Send the replacement by Friday or refund us.")
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.5)
  })

  it('reads a status that is the fault as one', () => {
    expect(kinds("Re-paired it and the app says 'doorbell offline' again.")).toContain('issue-report')
  })

  it('leaves a step someone else did, which worked, as no repeat', () => {
    expect(kinds('Thank you! My neighbour has done it already and the parcel is in my hands.')).not.toContain('repeat-contact')
  })

  it.each(['Good afternoon, hope everyone had a restful weekend.', "Hi there, hope your Monday's treating you well."])('reads a wish for the week as a greeting: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })
})
