import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (t: string): string[] => reader.read(t).cues.map((c) => c.kind)

// Sentences written for this test.
describe('praise conceded before "but" with a point no cue names', () => {
  it('makes the point a complaint when the model hears one', () => {
    for (const t of [
      'The instructor is wonderful, but we have now had four sessions start half an hour late.',
      'Thank you for replacing the kettle, that was kind. However, the new one arrived with a dented lid and a missing filter.',
      'The staff were lovely throughout, although my mother was sent home with the wrong prescription.',
    ]) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('negative')
      expect(kinds(t), t).toContain('issue-report')
      expect(r.emotions.frustration, t).toBeGreaterThanOrEqual(0.4)
      expect(r.emotions.satisfaction, t).toBeLessThanOrEqual(0.3)
    }
  })

  it('leaves a question, a mild aside and cheer after the point alone', () => {
    for (const t of ['Love the new planner, but is there a way to print it?', 'Great service, but shipping took a while.', 'I may dislike the sequel, but I do not dislike you. You are the best!']) {
      expect(kinds(t), t).not.toContain('issue-report')
      expect(reader.read(t).sentiment.label, t).not.toBe('negative')
    }
  })

  it('reads the point alone, not the praise before it', () => {
    const plain = reader.read('Thanks for the quick reply. But the second invoice was rejected again as a duplicate.')
    expect(plain.sentiment.label).toBe('negative')
  })
})
