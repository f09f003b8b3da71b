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

/** `text` with the cues read in it, for assertion messages. */
export function showCues(text: string): string {
  return `${text} → ${readCues(text).cues.map((c) => `${c.kind}:${c.text}`).join(', ')}`
}

/** Asserts that `text` carries a cue of `kind`, and when `words` are given, one that spans exactly them. */
export function expectCue(text: string, kind: CueKind, words?: string): void {
  const found = cuesOf(text, kind)
  expect(found.length, `${kind} in ${showCues(text)}`).toBeGreaterThan(0)
  if (words === undefined) return
  expect(found.map((c) => c.text), showCues(text)).toContain(words)
  expect(found.find((c) => c.text === words)?.start, text).toBe(text.indexOf(words))
}

/** Asserts that `text` carries no cue of any of `kinds`. */
export function expectNoCues(text: string, kinds: readonly CueKind[]): void {
  const found = readCues(text).cues.map((c) => c.kind)
  for (const kind of kinds) expect(found, `${kind} in ${showCues(text)}`).not.toContain(kind)
}
