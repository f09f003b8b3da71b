import { describe, expect, it } from 'vitest'
import { createReader, type Cue, type Reading } from '../src/node/index.js'
import { SARCASM_FLAG_RULE, type SarcasmEvidence, isSarcastic } from '../src/reader/sarcasm-flag.js'
import { hasSarcasmMarker, saysResolved } from '../src/reader/sarcasm-flag-markers.js'
import { tokenize } from '../src/text/tokenize.js'

const reader = createReader()
const show = (r: Reading): string => `${r.sentiment.label} ${JSON.stringify(r.sentiment.probabilities)} sarcasm ${r.emotions.sarcasm} ${r.cues.map((c) => `${c.kind}:${c.text}`).join(', ')}`

// Sentences written for these tests (issue 15: a sarcastic flag that stays off ordinary messages).
describe('reader: the sarcastic flag on sarcasm', () => {
  it('flags a positive frame said over a problem, an eye-roll and set phrases', () => {
    for (const text of [
      'Love it when the invoice page crashes right before payroll.',
      'How fun, the export has been stuck at 99% for an hour.',
      'Yay, the sync broke again 🙃',
      'Sure, restarting the router fixes everything 🙄',
      'A fast and reliable sync, said no one ever.',
      'Oh joy, the export failed again.',
      'I love how the app logs me out every five minutes.',
    ]) {
      const r = reader.read(text)
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(true)
    }
  })
})

describe('reader: the sarcastic flag on ordinary messages', () => {
  it('stays off plain questions, greetings, sincere thanks and praise, relief and anger', () => {
    for (const text of [
      'Can you resend the invoice for October?',
      'How do I export last quarter as a spreadsheet?',
      'Hi there',
      'Good morning!',
      'Thanks so much for your help!',
      'Wow, that was fast, thank you!',
      'Your team did a fantastic job on the migration.',
      'I love how easy the new editor is.',
      'I love it when an update just works.',
      'So glad to have you on the team!',
      'So glad the crash is fixed now, thank you!',
      'I love how quickly you fixed the crash.',
      'The dashboard is down and I am furious.',
      'This is the worst service I have ever used, cancel my account.',
    ]) {
      const r = reader.read(text)
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(false)
    }
  })
})

describe('isSarcastic', () => {
  const cue = (kind: Cue['kind'], weight: number, start = 0): Cue => ({ kind, start, end: start + 1, explicit: false, weight, text: 'x' })
  const ev = (text: string, over: Partial<SarcasmEvidence> = {}): SarcasmEvidence => ({ cues: [], tokens: tokenize(text), p: [0.1, 0.8, 0.1], head: 0.1, fused: 0, ...over })

  it('lets a sarcasm cue or an eye-roll decide on their own, whatever the head says', () => {
    expect(isSarcastic(ev('Great.', { cues: [cue('sarcasm', -0.85)], head: 0 }))).toBe(true)
    expect(isSarcastic(ev('Sure, that will fix it 🙄', { head: 0 }))).toBe(true)
    expect(isSarcastic(ev('Sure, that will fix it 🙄', { head: 0 }), { ...SARCASM_FLAG_RULE, eyeRoll: false })).toBe(false)
  })

  it('asks the head to agree with good said of bad', () => {
    const goodOverBad: Partial<SarcasmEvidence> = { cues: [cue('praise', 0.8), cue('issue-report', -0.3, 5)], p: [0.4, 0.1, 0.5] }
    expect(isSarcastic(ev('Great, it broke', { ...goodOverBad, head: SARCASM_FLAG_RULE.incongruent }))).toBe(true)
    expect(isSarcastic(ev('Great, it broke', { ...goodOverBad, head: SARCASM_FLAG_RULE.incongruent - 0.01 }))).toBe(false)
    // Relief, not sarcasm: the problem is said to be over.
    expect(isSarcastic(ev('Great, the crash is fixed', { ...goodOverBad, head: 0.9 }))).toBe(false)
  })

  it('counts a marker only over a negative situation', () => {
    expect(isSarcastic(ev('Love it when the page crashes', { cues: [cue('issue-report', -0.3, 20)] }))).toBe(true)
    expect(isSarcastic(ev('Love it when the page loads', { head: 0.9 }))).toBe(false)
    expect(isSarcastic(ev('Love it when the page loads', { p: [0.6, 0.2, 0.2] }))).toBe(true)
  })

  it('uses the fused emotion over 0.5 in place of a missing head', () => {
    const goodOverBad: Partial<SarcasmEvidence> = { cues: [cue('praise', 0.8), cue('issue-report', -0.3, 5)], p: [0.4, 0.1, 0.5], head: undefined }
    expect(isSarcastic(ev('Great, it broke', { ...goodOverBad, fused: 0.6 }))).toBe(true)
    expect(isSarcastic(ev('Great, it broke', { ...goodOverBad, fused: 0.4 }))).toBe(false)
  })
})

describe('sarcasm markers', () => {
  it('finds positive frames and the upside-down face, not surprise or plain praise', () => {
    expect(hasSarcasmMarker(tokenize('Oh joy, another update'))).toBe(true)
    expect(hasSarcasmMarker(tokenize('my favorite part of the day'))).toBe(true)
    expect(hasSarcasmMarker(tokenize('the sync broke 🙃'))).toBe(true)
    expect(hasSarcasmMarker(tokenize('Wow, the app crashed'))).toBe(false)
    expect(hasSarcasmMarker(tokenize('Thanks, the new editor is great'))).toBe(false)
  })

  it('hears that a problem is over', () => {
    expect(saysResolved(tokenize('the crash is fixed'))).toBe(true)
    expect(saysResolved(tokenize('the crash is back'))).toBe(false)
  })
})
