import { expect } from 'vitest'
import type { Cue, CueKind } from '../src/index.js'
import { detectCues, detectLanguage, tokenize } from '../src/index.js'
import { splitSentences } from '../src/text/split-sentences.js'

/** The cues of `text` read in the language the detector guesses for it. */
export function readCues(text: string): { language: string; cues: Cue[] } {
  const tokens = tokenize(text)
  const language = detectLanguage(text, tokens).language
  return { language, cues: detectCues(text, tokens, splitSentences(text, tokens), undefined, undefined, language).cues }
}

/** The cues of `kind` in `text`, each checked to slice the original text at its span. */
export function cuesOf(text: string, kind: CueKind): Cue[] {
  const found = readCues(text).cues.filter((x) => x.kind === kind)
  for (const c of found) expect(text.slice(c.start, c.end), text).toBe(c.text)
  return found
}
