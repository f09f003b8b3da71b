import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()

// Sentences written for this test (the fiftieth round of reading kinds, 2026-12-06, found the family):
// praise that opens a sentence before a comma, over news the model hears as bad though no cue names a
// fault, is sarcasm; over good news, a plan, a question or a concession it is meant.
describe('praise opening a sentence over bad news', () => {
  it('is sarcasm over a fault no cue names', () => {
    for (const t of ['Fantastic, the heating engineer left muddy boot prints across the whole carpet.', 'Amazing, my bank says I owe them money for a card I cancelled in May.']) {
      const r = reader.read(t)
      expect(r.cues.filter((c) => c.kind === 'sarcasm').map((c) => c.text), t).toEqual([t.slice(0, t.indexOf(','))])
      expect(r.sentiment.label, t).toBe('negative')
    }
  })

  it('is meant over good news, a plan, a question, thanks or a concession', () => {
    for (const t of ['Oh wonderful, the replacement arrived this morning and works perfectly.', 'Great, I will pick it up from the depot tomorrow then.', 'Perfect, when will the engineer arrive?', 'Brilliant, thanks for sorting the refund so quickly.', 'Lovely, but the delivery slot has moved to Friday.']) {
      const r = reader.read(t)
      expect(r.sarcastic, t).toBe(false)
      expect(r.cues.map((c) => c.kind), t).not.toContain('sarcasm')
    }
  })
})
