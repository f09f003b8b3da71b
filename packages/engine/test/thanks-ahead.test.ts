import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (t: string): string[] => reader.read(t).cues.map((c) => c.kind)

// Sentences written for this test.
describe('thanks closing a question', () => {
  it('is thanks in advance: the question reads neutral', () => {
    for (const t of ['Can I move my delivery to Thursday? Thank you.', 'Does the student plan include cloud storage? Thanks, Priya', 'hi, how do I export last month as CSV? thx']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('neutral')
      expect(kinds(t), t).not.toContain('gratitude')
    }
  })

  it('keeps thanks for something done, and amazement asked as a question', () => {
    expect(kinds('Could you also check the second invoice? Thanks for the quick fix!')).toContain('gratitude')
    expect(reader.read('Wait, a free room upgrade? Thank you so much!!').sentiment.label).toBe('positive')
  })
})

describe('a greeting beside a problem', () => {
  it('is no positive surface for the sarcastic flag', () => {
    for (const t of ['Good morning, my order never arrived.', 'Good evening, my refund never arrived.', 'Good morning, my package never came.']) expect(reader.read(t).sarcastic, t).toBe(false)
  })

  it('leaves the problem the point, and a party this afternoon its deadline', () => {
    const r = reader.read("Good morning, my order never arrived and I need it for my son's party at 4pm today.")
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.6)
  })
})

describe('thanks told around the story of a fix, in another language', () => {
  it('reads thankful, the fault in the story adding little frustration', () => {
    const r = reader.read('Vielen Dank an Ihr Team. Unsere Heizung war am Samstag kaputt und der Techniker kam noch am selben Abend. Jetzt ist es wieder warm, danke!')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.frustration).toBeLessThanOrEqual(0.2)
  })

  it('keeps the complaint when "but" turns it after the thanks', () => {
    const r = reader.read('Merci pour votre réponse rapide. Mais la facture est toujours fausse. Je vous ai déjà écrit deux fois.')
    expect(r.sentiment.label).toBe('negative')
  })
})
