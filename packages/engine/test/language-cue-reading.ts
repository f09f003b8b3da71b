import { describe, expect, it } from 'vitest'
import type { Cue, CueKind } from '../src/index.js'
import { detectCues, detectLanguage, tokenize } from '../src/index.js'
import type { Reader } from '../src/node/index.js'
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

/** [message, the cue it must carry, the words that cue spans (when the fixture pins them)]. */
export type Fires = readonly [string, CueKind, string?]
/** [message, the cue kinds it must not carry]. */
export type Quiet = readonly [string, readonly CueKind[]]

/** One language's fixtures of a round of its cue table. */
export interface LanguageRound {
  readonly fires: readonly Fires[]
  readonly quiet: readonly Quiet[]
  /** Messages a churn threat, outrage, repeat contact or complaint makes negative. */
  readonly negative: readonly string[]
  /** Sincere messages that must read positive. */
  readonly positive?: readonly string[]
}

/**
 * Per language of `rounds`: every message is detected as that language, carries the cues it must
 * (spans into the original text), the look-alikes carry none of theirs, and the labels hold.
 */
export function describeLanguageRounds(rounds: Readonly<Record<string, LanguageRound>>, reader: Reader, quietWhat: string, labelsWhat: string): void {
  for (const [code, r] of Object.entries(rounds)) {
    describe(code, () => {
      it('reads every message as this language', () => {
        for (const text of new Set([...r.fires.map(([t]) => t), ...r.quiet.map(([t]) => t)])) expect(readCues(text).language, text).toBe(code)
      })

      it('finds the cue each message carries, with its span into the original text', () => {
        for (const [text, kind, words] of r.fires) expectCue(text, kind, words)
      })

      it(`finds no cue a look-alike does not carry (${quietWhat})`, () => {
        for (const [text, kinds] of r.quiet) expectNoCues(text, kinds)
      })

      it(`reads ${labelsWhat}`, () => {
        for (const text of r.negative) expect(reader.read(text).sentiment.label, showCues(text)).toBe('negative')
        for (const text of r.positive ?? []) expect(reader.read(text).sentiment.label, showCues(text)).toBe('positive')
      })
    })
  }
}

/** A round of the per-language tables: messages of each family, as [language, text] (complaints may name the cue's words). */
export interface CueRound {
  readonly complaints: readonly (readonly [string, string, string?])[]
  readonly churn: readonly (readonly [string, string])[]
  readonly thanks: readonly (readonly [string, string])[]
  readonly calm: readonly (readonly [string, string])[]
  /** Cue kinds thanks must not carry ("again" after a recovery is no repeat contact). */
  readonly thanksWithout?: readonly CueKind[]
}

/**
 * The tests of one round of the tables: complaints negative and frustrated (frustration ≥ 0.4),
 * churn threats with their cue (≥ 0.5), thanks positive and calm (≤ 0.2), calm lookalikes not
 * negative, without a churn threat or stated frustration (< 0.4); each in its own language.
 */
export function describeCueRound(name: string, reader: Reader, round: CueRound): void {
  describe(`${name}: complaints in the new phrasing families read negative and frustrated`, () => {
    it.each(round.complaints)('%s: %s', (lang, text, cue) => {
      const r = reader.read(text)
      expect(r.language, text).toBe(lang)
      expect(r.sentiment.label, showCues(text)).toBe('negative')
      expect(r.emotions.frustration, showCues(text)).toBeGreaterThanOrEqual(0.4)
      if (cue !== undefined) expect(r.cues.map((c) => c.text), showCues(text)).toContain(cue)
    })
  })
  describe(`${name}: churn threats in the new phrasings`, () => {
    it.each(round.churn)('%s: %s', (lang, text) => {
      const r = reader.read(text)
      expect(r.language, text).toBe(lang)
      expectCue(text, 'churn-threat')
      expect(r.sentiment.label, showCues(text)).toBe('negative')
      expect(r.emotions.frustration, showCues(text)).toBeGreaterThanOrEqual(0.5)
    })
  })
  describe(`${name}: thanks stay thanks`, () => {
    it.each(round.thanks)('%s: %s', (lang, text) => {
      const r = reader.read(text)
      expect(r.language, text).toBe(lang)
      expectNoCues(text, round.thanksWithout ?? [])
      expect(r.sentiment.label, showCues(text)).toBe('positive')
      expect(r.emotions.frustration, showCues(text)).toBeLessThanOrEqual(0.2)
    })
  })
  describe(`${name}: calm questions and requests that look like them stay calm`, () => {
    it.each(round.calm)('%s: %s', (lang, text) => {
      const r = reader.read(text)
      expect(r.language, text).toBe(lang)
      expectNoCues(text, ['churn-threat'])
      expect(r.cues.filter((c) => c.kind === 'explicit-emotion' && c.emotion === 'frustration').map((c) => c.text), showCues(text)).toEqual([])
      expect(r.sentiment.label, showCues(text)).not.toBe('negative')
      expect(r.emotions.frustration, showCues(text)).toBeLessThan(0.4)
    })
  })
}
