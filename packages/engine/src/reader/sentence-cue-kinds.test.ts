import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectCues } from '../signals/detect-cues.js'
import { splitSentences } from '../text/split-sentences.js'
import { tokenize } from '../text/tokenize.js'
import type { Cue } from './reading.js'
import { sentenceCueKinds } from './sentence-cue-kinds.js'

// The definition: scan every cue for every sentence (what the reader did before, in quadratic time).
function byScan(tokens: ReturnType<typeof tokenize>, sentences: ReturnType<typeof splitSentences>, cues: readonly Cue[]): string[][] {
  return sentences.map((r) => {
    const start = tokens[r.from]?.start ?? 0
    const end = tokens[r.to - 1]?.end ?? 0
    const out: string[] = []
    for (const c of cues) if (c.start >= start && c.end <= end && !out.includes(c.kind)) out.push(c.kind)
    return out
  })
}

const WORDS = ['Great', 'not', 'good', 'third', 'time', 'urgent', 'broken', 'thanks', 'a', 'lot', 'NOW', 'oh', 'fine', 'I', 'guess', 'still', 'waiting', '😡', ':(', 'sooo']
const SEPARATORS = [' ', ', ', '. ', '! ', '!!! ', '? ', '?! ', '\n', ' 👍 ', '... ']
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 }).map((xs) => xs.map(([w, s]) => w + s).join(''))
// Reading adds empty cues at offset 0 for what earlier messages showed.
const contextCue: Cue = { kind: 'repeat-contact', start: 0, end: 0, explicit: false, weight: -0.4, emotion: 'frustration', text: '' }

describe('sentenceCueKinds', () => {
  it('gives each sentence the kinds of the cues inside it, in cue order, as a scan of all cues does (property)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, withContext) => {
        const tokens = tokenize(t)
        const sentences = splitSentences(t, tokens)
        const cues = detectCues(t, tokens, sentences).cues
        if (withContext) cues.push(contextCue)
        expect(sentenceCueKinds(tokens, sentences, cues)).toEqual(byScan(tokens, sentences, cues))
      }),
      { seed: 11, numRuns: 500 },
    )
  })

  it('puts a message-wide cue in no single sentence', () => {
    const t = 'Nope. Same error. Again. Still.'
    const tokens = tokenize(t)
    const sentences = splitSentences(t, tokens)
    const kinds = sentenceCueKinds(tokens, sentences, detectCues(t, tokens, sentences).cues)
    expect(kinds.flat()).not.toContain('clipped-sentences')
  })
})
