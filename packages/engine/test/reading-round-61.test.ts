import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Round 61 (English, read before anything was written for it) read "Good morning, I have a question
// regarding my order." negative: the tweet model hears an order as a complaint, and announcing a
// question only pulled toward neutral. Announced, a question now leads as a plain question does
// where nothing is wrong or felt. Every message here was written for this test.
const reader = createReader()

describe('a question announced', () => {
  it.each([
    'I have a question regarding my order.',
    'Good afternoon, I have a quick question about my delivery.',
    "Hi team, I've got a small query about the invoice.",
    'Quick question about the loyalty card.',
  ])('reads neutral: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('neutral')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
  })

  it.each([
    "I have a question about my refund, it still hasn't arrived after three weeks.",
    'I have a question: why was I charged twice for one order?',
    'Quick question, why is the app STILL crashing every time I log in?!',
  ])('leaves a complaint after it negative: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
  })
})
