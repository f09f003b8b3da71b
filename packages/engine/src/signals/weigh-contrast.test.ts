import { describe, expect, it } from 'vitest'
import type { Cue, CueKind } from '../reader/reading.js'
import { splitSentences } from '../text/split-sentences.js'
import { tokenize } from '../text/tokenize.js'
import { detectCues } from './detect-cues.js'

function weightOf(text: string, kind: CueKind): number | undefined {
  const tokens = tokenize(text)
  return detectCues(text, tokens, splitSentences(text, tokens)).cues.find((c: Cue) => c.kind === kind)?.weight
}

// Sentences written for these tests. Plain weights come from the same cue alone, with no turn.
describe('weighContrast (through detectCues)', () => {
  const thanks = weightOf('Thanks for the speedy answer.', 'gratitude') as number
  const failed = weightOf('The sync has failed.', 'issue-report') as number
  // Thanks before a later sentence's problem is courtesy (politeness that takes the model's "thanks" back).
  const courtesy = weightOf('Thanks for the speedy answer. The sync has failed.', 'politeness') as number

  it('concedes what comes before "but" and stresses what follows', () => {
    const text = 'Thanks for the speedy answer, but the sync has failed.'
    expect(weightOf(text, 'gratitude')).toBeCloseTo(thanks * 0.3)
    expect(weightOf(text, 'issue-report')).toBeCloseTo(Math.max(-1, failed * 1.5))
  })

  it('turns on "however" starting the next sentence and on a mid-sentence "although"', () => {
    expect(courtesy).toBeLessThan(0)
    // Across sentences the thanks is courtesy already, pulling the way the problem does: nothing to concede.
    expect(weightOf('Thanks for the speedy answer. However, the sync has failed.', 'politeness')).toBeCloseTo(courtesy)
    expect(weightOf('Thanks for the speedy answer, although the sync has failed.', 'gratitude')).toBeCloseTo(thanks * 0.3)
  })

  it('concedes the clause after a sentence-initial "although", up to the comma', () => {
    const text = 'Although the sync has failed, thanks for the speedy answer.'
    expect(weightOf(text, 'issue-report')).toBeCloseTo(failed * 0.3)
    expect(weightOf(text, 'gratitude')).toBeCloseTo(thanks * 1.5)
  })

  it('leaves both sides alone when they pull the same way, or one side says nothing', () => {
    expect(weightOf('The sync has failed, but the export also crashed.', 'issue-report')).toBeCloseTo(failed)
    expect(weightOf('Thanks for the speedy answer, but I have one more question.', 'gratitude')).toBeCloseTo(thanks)
  })

  it('does not reach across a blank line', () => {
    expect(weightOf('Thanks for the speedy answer.\n\nBut the sync has failed.', 'politeness')).toBeCloseTo(courtesy)
  })
})
