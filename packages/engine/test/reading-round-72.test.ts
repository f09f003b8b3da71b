import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Round 72 (English, read before anything was written for it) missed 35 of 200 with the session's
// starting code and 34 after round 70's rules: what round 70 taught barely carried over. What did
// carry is what is kept here: the learned sarcasm standing without a rule's praise where the message
// reads bad, a complaint the learned cues hear after a "but" making the thanks before it a concession,
// and families of wording rather than single phrases. Every message here was written for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('sarcasm the rules have no praise word for', () => {
  it.each([
    'Restart the router? What a revelation. Did that. Three times.',
    'Thanks ever so much for losing my dry cleaning. Really made my week.',
    'Best anniversary ever, the flowers arrived squashed and two days late.',
  ])('reads as sarcasm: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })

  it('leaves sincere praise in the same shape sincere: the learned model is sure, the rest reads well', () => {
    const r = reader.read('Love how the groomer got Max so fluffy. Truly a gift.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
  })
})

describe('a complaint heard after the turn', () => {
  it('makes the praise before "but" a concession', () => {
    const r = reader.read('Lovely staff, honestly, but the haircut is lopsided and I paid £80 for it.')
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.4)
    expect(r.emotions.satisfaction).toBeLessThanOrEqual(0.3)
  })
})

describe('amazement, plans and delight', () => {
  it('amazement that ends in acclaim reads positive', () => {
    expect(reader.read('What?! The whole kitchen fitted in two days and not a single scratch on the floor? Legends.').sentiment.label).toBe('positive')
  })

  it.each([
    "I've postponed my holiday, so there's no rush on the visa photos.",
    "We're switching tomorrow's rehearsal to the church hall, so we won't need the studio.",
  ])('a plan changed is no churn and no complaint: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).not.toBe('negative')
    expect(kinds(text)).not.toContain('churn-threat')
  })

  it('delight said in the customer\'s own words reads satisfied', () => {
    const r = reader.read('The kids came back from camp buzzing. You lot are the best.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.satisfaction).toBeGreaterThanOrEqual(0.7)
  })
})

describe('threats, deadlines and feelings in other words', () => {
  it.each([
    "If the swimming coach isn't replaced by Easter, I'll withdraw both boys from the club.",
    'Our choir will pull its booking of your hall unless the heating is fixed before the concert.',
  ])('a club or a parent taking its business away is a churn threat: %s', (text) => {
    const r = reader.read(text)
    expect(kinds(text)).toContain('churn-threat')
    expect(r.sentiment.label).toBe('negative')
    // The fix set as a condition is no praise.
    expect(r.emotions.satisfaction).toBeLessThanOrEqual(0.3)
  })

  it('a discharge from hospital beside a fault presses', () => {
    const r = reader.read("The boiler's gone off and my dad comes out of hospital tomorrow. Could an engineer come today?")
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.7)
  })

  it('"wound up" is frustration said outright; "which is it?" asks in confusion', () => {
    expect(reader.read('Honestly getting really wound up with this, the blinds still don\'t close.').emotions.frustration).toBeGreaterThanOrEqual(0.7)
    expect(reader.read('The email says collection on Tuesday and the app says Wednesday. Which is it?').emotions.confusion).toBeGreaterThanOrEqual(0.5)
  })
})
