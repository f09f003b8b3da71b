import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Sentences written for this test (the twenty-sixth session), each beside a look-alike that must not change.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('a complaint the other languages hear whole', () => {
  it.each([
    ['it', 'La bolletta è arrivata con una tassa di attivazione che nessuno mi ha spiegato.'],
    ['de', 'Das Paket kam offen an und es fehlen zwei Teile vom Topfset.'],
    ['es', 'La lavadora llegó con la puerta abollada y la pantalla no enciende.'],
  ])('reads negative when nothing is praised (%s)', (_lang, text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
  })

  it('leaves thanks for the same delivery positive and a plain question not negative', () => {
    expect(reader.read('La lavadora llegó perfecta, muchas gracias por todo.').sentiment.label).toBe('positive')
    expect(reader.read('¿Cuánto tarda el envío a Canarias?').sentiment.label).not.toBe('negative')
  })
})

describe('a step the customer is taking', () => {
  it.each(['ok, clearing the cache now', 'Fine, unplugging it now.', 'Ok, retyping it without spaces.'])('is an acknowledgement, neutral: %s', (text) => {
    const r = reader.read(text)
    expect(r.cues.map((c) => c.kind)).toContain('acknowledgement')
    expect(r.sentiment.label).toBe('neutral')
  })

  it('is not a complaint that happens to open with "ok"', () => {
    expect(kinds('Ok, the router is still not working.')).not.toContain('acknowledgement')
  })

  it.each(['Thanks, I will check the next statement.', 'Thanks, I will call the branch in the morning.'])('thanked before it is courtesy, not delight: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })
})

describe("the step's outcome in a word or two", () => {
  it.each(['Submit is grey again.', 'The light went red again.', 'Did the update. No joy.', 'Done that, nothing happened.'])('is the fault still there: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.cues.some((c) => c.kind === 'repeat-contact' || c.kind === 'issue-report')).toBe(true)
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.4)
  })

  it('is no fault where nothing changed is the good news', () => {
    expect(reader.read('It all works and nothing changed on my end, thank you!').sentiment.label).toBe('positive')
    expect(reader.read('The screen is green again, thanks!').sentiment.label).toBe('positive')
  })
})

describe('back about it, in the customer’s words', () => {
  it.each(['Me again about the backdated credit for March.', 'My claim is still under review after five weeks.'])('is a repeat contact: %s', (text) => {
    expect(kinds(text)).toContain('repeat-contact')
  })

  it.each(['Could you remind me again about the opening hours?', 'Same as last time, a large flat white please.'])('is none: %s', (text) => {
    expect(kinds(text)).not.toContain('repeat-contact')
  })
})

describe('praise of an answer that covered everything', () => {
  it('is no sarcasm, though the thanks follows it', () => {
    const r = reader.read('Wonderful, that is everything I needed. Thank you for such a clear answer.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThan(0.15)
  })

  it('"that\'s all I needed" after a fault stays a complaint', () => {
    expect(reader.read("The app crashed again. That's all I needed today.").sentiment.label).toBe('negative')
  })
})
