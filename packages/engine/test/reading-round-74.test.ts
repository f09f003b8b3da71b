import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Round 74 (English, read before anything was written for it) missed 35 of 200 with the session's
// starting code and 29 after rounds 70 and 72 were learned: amazement ending in what it was about
// ("I look ten years younger"), praise over a fault the rules had no word for ("it fell apart",
// "been off for a week"), deadlines named by what happens ("the new tenant moves in Friday", "the
// pupils perform at 2pm"), thanks said as a courtesy before "However", and ultimatums as equations.
// Every message here was written for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('amazement and delight in what they are about', () => {
  it.each([
    'Unbelievable how quick the locksmith was, in and out in twenty minutes. Brilliant.',
    'What did the salon do?? I look ten years younger!',
    'Fair play, the roofers came in under quote.',
    'Many thanks to the lifeguards for pulling us out yesterday. We would have been stuck without you.',
  ])('reads positive: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
  })
})

describe('praise over a fault told in plain words', () => {
  it.each([
    "Heating in the flat's been off for a week and it's freezing. What a treat.",
    "Gorgeous job on the cake, it fell apart before we'd even cut it.",
  ])('reads as sarcasm: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })
})

describe('deadlines, ultimatums and courtesies', () => {
  it.each([
    'Our new tenant moves in Friday and the boiler has died. Could you send someone?',
    "Could the piano be tuned before Sunday's concert? The choir performs at 3pm and it's badly out.",
  ])('a day named by what happens on it presses: %s', (text) => {
    expect(reader.read(text).emotions.urgency).toBeGreaterThanOrEqual(0.6)
  })

  it.each([
    'Gym still closed at the end of the month = membership cancelled. Simple as that.',
    "If the stables don't fix the fencing by spring I'm moving my horse elsewhere.",
  ])('is a churn threat: %s', (text) => {
    expect(kinds(text)).toContain('churn-threat')
    expect(reader.read(text).sentiment.label).toBe('negative')
  })

  it('a membership cancelled by the business is a complaint, not the customer\'s threat', () => {
    expect(kinds('My membership was cancelled by mistake, can you restore it?')).not.toContain('churn-threat')
  })

  it('thanks said as a courtesy before "However" concede the complaint after it', () => {
    const r = reader.read('Thank you for your reply. However, I was charged twice for the kayak hire and nobody has addressed that.')
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.4)
  })

  it('a frame of praise before "though" with the fault after it is conceded, not sarcasm', () => {
    const r = reader.read('Gorgeous job on the patio, though one slab is cracked.')
    expect(r.sarcastic).toBe(false)
    expect(r.sentiment.label).toBe('negative')
  })

  it.each(['Good morning to you all!', "Hiya, hope all's good"])('a greeting with a wish reads neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })
})
