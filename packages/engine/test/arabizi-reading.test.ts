import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()

// Arabic as Egyptian and Levantine customers type it in Latin letters and digits, written for this test.
describe('Arabic in Latin letters (Arabizi)', () => {
  it('reads it as Arabic with the Arabic cues', () => {
    const r = reader.read('ana 3asabt gedan, el shoughl mesh shaghal men embare7')
    expect(r.language).toBe('ar')
    expect(r.languageSupported).toBe(true)
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.4)
  })

  it('hears thanks for a fix as thanks', () => {
    const r = reader.read('shokran ktir, el net sar yeshte8el tany')
    expect(r.language).toBe('ar')
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).toContain('gratitude')
  })

  it('finds a repeat contact and a churn threat', () => {
    const r = reader.read('marra talta a2olkom el fatoora ghalat. law ma et9alla7etsh el esbo3 da ha8ayar el sherka')
    const kinds = r.cues.map((c) => c.kind)
    expect(kinds).toContain('repeat-contact')
    expect(kinds).toContain('churn-threat')
    expect(r.sentiment.label).toBe('negative')
  })
})
