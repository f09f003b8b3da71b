import { describe, expect, it } from 'vitest'
import { createReader, type Reading } from '../src/node/index.js'
import { URGENCY_WEIGHTS, fuseUrgency } from '../src/reader/fuse-urgency.js'
import type { UrgencyEvidence } from '../src/reader/urgency-evidence.js'

const reader = createReader()
const show = (r: Reading): string => `${JSON.stringify(r.emotions)} ${r.cues.map((c) => `${c.kind}:${c.text}`).join(', ')}`

// Evidence with nothing in it; each test adds what it is about.
const none: UrgencyEvidence = { head: 0.3, deadlines: [], worries: [], churnThreats: 0, problem: false, negativity: 0, plainQuestion: false, words: 12, stakes: false, calm: 1 }

// Sentences written for these tests.
describe('urgency fusion: support mail', () => {
  it('keeps a real deadline or outage urgent in a message of a few sentences', () => {
    for (const text of [
      'Hi team, we rely on your platform for our weekly client reports, and since this morning the PDF export fails for every account we manage. Our quarterly review with the client starts at 10am tomorrow and we have nothing to show them. Please look at this urgently.',
      'Hello, I wanted to flag a problem we have been seeing since this morning. None of our customers can complete checkout: the payment step spins for a while and then shows an error. We are a small shop and our holiday sale started today, so every hour of this costs us real money. Could someone take a look right away, please?',
    ]) {
      const r = reader.read(text)
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeGreaterThanOrEqual(0.7)
    }
    const payroll = reader.read('Our payroll has to go out by end of day, and the bank file your app generates is rejected by the bank with a format error. I have tried regenerating it twice with the same result.')
    expect(payroll.emotions.urgency, show(payroll)).toBeGreaterThanOrEqual(0.6)
  })

  it('reads a clock-time deadline and people blocked from working as urgent, and a time in passing as not', () => {
    for (const text of [
      'We need this fixed by 3pm.',
      'We need this fixed before our 3pm board demo.',
      'Our SSO login has been failing since this morning and 40 people cannot work.',
      "Our SSO login has been failing since this morning and 40 people can't work.",
      'No one can log in since the update.',
      'Our whole team is blocked by this.',
    ]) {
      const r = reader.read(text)
      expect(r.cues.map((c) => c.kind), `${text} → ${show(r)}`).toContain('time-pressure')
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeGreaterThanOrEqual(0.6)
    }
    const launch = reader.read("Please fix this before tomorrow's launch.")
    expect(launch.cues.map((c) => c.kind), show(launch)).toContain('time-pressure')
    for (const text of ['I called at 3pm and nobody answered, which was annoying.', "My friend's birthday was great.", 'I tried that before and it did not work.']) {
      const r = reader.read(text)
      expect(r.cues.map((c) => c.kind), `${text} → ${show(r)}`).not.toContain('time-pressure')
    }
  })

  it('reads a date mentioned in passing in a long, calm message as less urgent than the same date alone', () => {
    const short = reader.read('Please send the updated report by Friday.')
    const long = reader.read(
      'We have been using the analytics add-on for about a year now and the team likes it a lot. I wanted to share a few thoughts on the dashboards, mostly small layout ideas, and to mention that we would like the updated report by Friday, in case your product team wants to hear how our internal review of it went.',
    )
    for (const r of [short, long]) expect(r.cues.map((c) => c.kind), show(r)).toContain('time-pressure')
    expect(long.emotions.urgency, show(long)).toBeLessThan(short.emotions.urgency)
    expect(long.emotions.urgency, show(long)).toBeLessThan(0.5)
  })
})

describe('urgency fusion: the rule itself', () => {
  it('never falls as the head or a cue grows', () => {
    let last = -1
    for (const head of [0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.6, 0.8, 1]) {
      const u = fuseUrgency({ ...none, head })
      expect(u).toBeGreaterThanOrEqual(last)
      last = u
    }
    // Each cue raises a message the head reads as calm (with max, a cue weaker than the head adds nothing).
    const calm: UrgencyEvidence = { ...none, head: 0, words: 8 }
    const base = fuseUrgency(calm)
    expect(fuseUrgency({ ...calm, deadlines: [0.85] })).toBeGreaterThan(base)
    expect(fuseUrgency({ ...calm, deadlines: [0.85], problem: true })).toBeGreaterThan(fuseUrgency({ ...calm, deadlines: [0.85] }))
    expect(fuseUrgency({ ...calm, deadlines: [0.85, 0.85] })).toBeGreaterThan(fuseUrgency({ ...calm, deadlines: [0.85] }))
    // A deadline whose stakes are said counts as beside a problem; stakes with no deadline add nothing.
    expect(fuseUrgency({ ...calm, deadlines: [0.85], stakes: true, words: 16 })).toBe(fuseUrgency({ ...calm, deadlines: [0.85], problem: true, words: 16 }))
    expect(fuseUrgency({ ...calm, stakes: true })).toBe(base)
    expect(fuseUrgency({ ...calm, worries: [0.7] })).toBeGreaterThan(base)
    expect(fuseUrgency({ ...calm, churnThreats: 1 })).toBeGreaterThan(base)
    for (const head of [0, 0.3, 0.6, 0.9]) expect(fuseUrgency({ ...none, head, deadlines: [0.85] })).toBeGreaterThanOrEqual(fuseUrgency({ ...none, head }))
  })

  it('counts a time cue in full up to the length a support message has, and less in a long post', () => {
    for (const [problem, limit] of [[true, URGENCY_WEIGHTS.lengthWordsProblem], [false, URGENCY_WEIGHTS.lengthWords]] as const) {
      const at = (words: number): number => fuseUrgency({ ...none, head: 0, deadlines: [0.85], problem, words })
      expect(at(limit)).toBe(at(5))
      expect(at(3 * limit)).toBeLessThan(at(limit))
      expect(at(3 * limit)).toBeGreaterThan(0)
    }
    // A time word beside a problem is a deadline at stake: it keeps its weight in a longer message.
    expect(URGENCY_WEIGHTS.lengthWordsProblem).toBeGreaterThanOrEqual(URGENCY_WEIGHTS.lengthWords)
  })

  it('holds a plain question, and lets "no rush" take urgency back', () => {
    expect(fuseUrgency({ ...none, head: 1, plainQuestion: true })).toBeLessThanOrEqual(URGENCY_WEIGHTS.plainQuestion)
    expect(fuseUrgency({ ...none, head: 0.5, deadlines: [0.95], problem: true, calm: 0.15 })).toBeLessThanOrEqual(0.15)
  })

  it('reads a head at or below the floor as no urgency, and needs no head at all', () => {
    expect(fuseUrgency({ ...none, head: URGENCY_WEIGHTS.headFloor })).toBe(0)
    expect(fuseUrgency({ ...none, head: undefined, deadlines: [0.95], problem: true })).toBeGreaterThanOrEqual(0.7)
  })
})
