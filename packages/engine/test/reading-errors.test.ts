import { describe, expect, it } from 'vitest'
import { buildReader, createReader, EMOTIONS, type Reading, type SentimentScorer } from '../src/index.js'

const reader = createReader()
const read = (text: string): Reading => reader.read(text)
const show = (r: Reading): string => `${r.sentiment.label} ${r.sentiment.score} ${JSON.stringify(r.emotions)} ${r.cues.map((c) => `${c.kind}:${c.text}`).join(', ')}`

// Sentences written for these tests, one group per reading error of issue 15 (part B).
describe('reader: negated urgency', () => {
  it('lowers the urgency that "not urgent", "no rush" and "whenever you get to it" take back', () => {
    for (const text of [
      'The weekly digest email stopped arriving on Monday. Not urgent.',
      'The webhook retries look odd to me, no rush at all.',
      'Could you check the CSV columns whenever you get a chance?',
    ]) {
      const r = read(text)
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeLessThanOrEqual(0.3)
    }
    expect(read('The weekly digest email stopped arriving on Monday. This is urgent.').emotions.urgency).toBeGreaterThanOrEqual(0.7)
  })

  it('lets a later deadline overrule an earlier "no rush"', () => {
    const r = read('No rush on the logo, but checkout is down and we launch tomorrow.')
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.5)
  })
})

describe('reader: what follows "but"', () => {
  it('reads the complaint after the thanks, and keeps satisfaction low', () => {
    for (const text of [
      'Thanks for the speedy answer, but the sync has failed for the third time today.',
      'I really appreciate the fast reply, but this is the third outage this month.',
      'Thank you for looking. However, the invoice is still wrong.',
      'Great support as always, however the app keeps crashing.',
    ]) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
      expect(r.emotions.satisfaction, `${text} → ${show(r)}`).toBeLessThanOrEqual(0.4)
    }
  })

  it('reads the praise after a complaint as the point', () => {
    const r = read('The app crashed twice, but your agent fixed it in minutes, thank you!')
    expect(r.sentiment.label, show(r)).toBe('positive')
  })
})

describe('reader: sarcasm', () => {
  it('reads praise for what the customer pays for, over an outage, as sarcastic and negative', () => {
    for (const text of ['Two weeks without reports is just what we signed up for.', 'Four hours without login, worth every penny.', 'Love paying for a dashboard that has not loaded in two days.', 'Oh great, another week without invoices.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(true)
      expect(r.emotions.sarcasm, `${text} → ${show(r)}`).toBeGreaterThanOrEqual(0.5)
    }
  })

  it('keeps sarcasm low, and off the top, on plain questions, greetings and sincere thanks', () => {
    for (const text of ['Where can I find my receipts?', 'hello', 'Good morning!', 'Thank you so much, that sorted it!', 'How do I add a second admin to our workspace?']) {
      const r = read(text)
      const top = Math.max(...EMOTIONS.filter((e) => e !== 'sarcasm').map((e) => r.emotions[e]))
      expect(r.emotions.sarcasm, `${text} → ${show(r)}`).toBeLessThanOrEqual(0.15)
      expect(r.emotions.sarcasm, `${text} → ${show(r)}`).toBeLessThanOrEqual(top)
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(false)
    }
  })
})

describe('reader: the sarcastic flag', () => {
  it('does not flag thanks conceded before a complaint, and still flags praise over a problem', () => {
    for (const text of ['Thanks for the speedy answer, but the sync has failed again.', 'I appreciate the help, however the report is still empty.']) {
      const r = read(text)
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(false)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
    }
    const r = read('Love paying for a dashboard that has not loaded in two days.')
    expect(r.sarcastic, show(r)).toBe(true)
  })
})

describe('reader: more sarcasm and deadlines', () => {
  it('hears sarcasm in thanks for useless advice and in loving to pay for something that is down', () => {
    for (const text of ['Clear my cache? Wonderful idea. I could never have thought of that myself.', 'Loving paying for the business tier while the dashboard has been down since Tuesday.']) {
      const r = read(text)
      expect(r.emotions.sarcasm, `${text} → ${show(r)}`).toBeGreaterThanOrEqual(0.5)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
    }
  })

  it('reads a closing time as a deadline, and a polite plea over an outage as no sarcasm', () => {
    const r = read('Our tax filing is due at midnight tonight and the receipts page will not open. Please help as soon as you can.')
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.6)
    expect(r.sarcastic, show(r)).toBe(false)
    expect(r.sentiment.label, show(r)).not.toBe('positive')
  })
})

describe('reader: churn threats', () => {
  it('does not hear one in a trip or a cancelled call', () => {
    for (const text of ["I'm leaving for Lisbon next week, can the onboarding wait?", 'I am leaving from Denver tonight, please send the contract before.', 'Please cancel the call with Dana, she is out sick.']) {
      const r = read(text)
      expect(r.cues.map((c) => c.kind), `${text} → ${show(r)}`).not.toContain('churn-threat')
    }
  })
})

describe('reader: questions', () => {
  it('does not read a plain question as urgent', () => {
    for (const text of ['Where can I find my receipts?', 'What is the difference between the Team and Business plans?', 'Is there an API for tagging contacts?']) {
      const r = read(text)
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeLessThanOrEqual(0.35)
    }
  })

  it('reads a deadline said as a need, and the clock ticking, as urgent', () => {
    const r = read('The invoice export is failing and our auditors arrive at 8am. We need it tonight.')
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.6)
    const polite = read('Thanks. Please keep me updated, the clock is ticking.')
    expect(polite.cues.map((c) => c.kind), show(polite)).toContain('time-pressure')
  })

  it('still reads a question about a broken launch as urgent', () => {
    const r = read('Checkout is down and we launch tomorrow, can you help?')
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.6)
  })
})

describe('reader: a tie between the poles', () => {
  const fixed = (p: [number, number, number]): SentimentScorer => ({
    version: 'fixed',
    score(_tokens, _kinds, out) {
      out[0] = p[0]
      out[1] = p[1]
      out[2] = p[2]
    },
  })
  const text = 'The parcel is at the depot'

  it('reads neutral with score 0 when negative and positive are equal', () => {
    const r = buildReader({ scorer: fixed([0.45, 0.1, 0.45]) }).read(text)
    expect(r.sentiment.label).toBe('neutral')
    expect(r.sentiment.score).toBeCloseTo(0, 9)
  })

  it('reads neutral when calibration levels the winner with the other pole', () => {
    // A harsh curve for "negative" pulls it down to the runner-up, where calibration stops it.
    const calibration = { perLabel: [{ a: 1, b: -5 }, { a: 1, b: 0 }, { a: 1, b: 0 }] }
    const r = buildReader({ scorer: fixed([0.5, 0.1, 0.4]), calibration }).read(text)
    expect(r.sentiment.probabilities.negative).toBeCloseTo(r.sentiment.probabilities.positive, 6)
    expect(r.sentiment.label).toBe('neutral')
    expect(r.sentiment.score).toBeCloseTo(0, 9)
  })

  it('keeps the winner when the poles differ', () => {
    const r = buildReader({ scorer: fixed([0.5, 0.1, 0.4]) }).read(text)
    expect(r.sentiment.label).toBe('negative')
  })
})
