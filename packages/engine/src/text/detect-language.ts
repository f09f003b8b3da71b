import { SPELLED_BY_LETTER, spellingLanguages } from './language-spelling.js'
import type { Token } from './token.js'
import { LANGS, LANG_SHIFT, allocateWordSlot, setWordSlot, wordSlot } from './word-class.js'

/** A language guess. `language` is ISO 639-1, or "und" when the text has no words. */
export interface LanguageGuess {
  readonly language: string
  readonly confidence: number
}

const SCRIPTS = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'han', 'kana', 'hangul', 'devanagari', 'thai', 'other'] as const
type Script = (typeof SCRIPTS)[number]

/** The index in {@link SCRIPTS} of the script a character belongs to (0: Latin). */
function scriptOf(c: number): number {
  if (c < 0x250) return 0
  if (c >= 0x1e00 && c <= 0x1eff) return 0
  if (c >= 0x370 && c <= 0x3ff) return 2
  if (c >= 0x400 && c <= 0x52f) return 1
  if (c >= 0x590 && c <= 0x5ff) return 4
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return 3
  if (c >= 0x900 && c <= 0x97f) return 8
  if (c >= 0xe00 && c <= 0xe7f) return 9
  if (c >= 0x3040 && c <= 0x30ff) return 6
  if (c >= 0xac00 && c <= 0xd7af) return 7
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 5
  return 10
}

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el', hebrew: 'he', arabic: 'ar', devanagari: 'hi', thai: 'th', kana: 'ja', hangul: 'ko', han: 'zh',
}

function hasKana(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x3040 && c <= 0x30ff) return true
  }
  return false
}

/**
 * Arabic script is also Persian's and Urdu's: they write letters Arabic does not (پ چ ژ گ, Persian
 * ی and ک; Urdu ٹ ڈ ڑ ں ے ہ) where Arabic writes ي ك ة ى. The letters counted decide.
 */
function arabicScriptLanguage(text: string): string {
  let arabic = 0
  let persian = 0
  let urdu = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x600 || c > 0x6ff) continue
    if (c === 0x64a || c === 0x643 || c === 0x629 || c === 0x649) arabic++
    else if (c === 0x6cc || c === 0x6a9 || c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af) persian++
    else if (c === 0x679 || c === 0x688 || c === 0x691 || c === 0x6ba || c === 0x6d2 || c === 0x6c1) urdu++
  }
  if (urdu > 0 && urdu + persian > arabic) return 'ur'
  if (persian > arabic) return 'fa'
  return 'ar'
}

// Each word's spelling languages are worked out once and kept on its WordInfo (-1: none).
const SPELLING_SLOT = allocateWordSlot()
function spellingOf(t: Token): number {
  const memo = wordSlot(t.info, SPELLING_SLOT) as number | undefined
  if (memo !== undefined) return memo
  const m = spellingLanguages(t.norm)
  setWordSlot(t.info, SPELLING_SLOT, m)
  return m
}

// A word's letters ("ñ", "ß") count as much as a function word, its ending ("-ção", "-zione") for
// half of one; a hashtag (often a show's or a product's name) for half a word; a word inside
// quotation marks (an error message, a button label) for a quarter of what it would count outside.
const ENDING_WEIGHT = 0.5
const HASHTAG_WEIGHT = 0.5
const QUOTED_WEIGHT = 0.25
// English wins a near tie: a few foreign words in an English message are names, not its language.
const ENGLISH_MARGIN = 0.9
// Less than one word's evidence ("Colorado.", "Oh la la") decides nothing.
const MIN_EVIDENCE = 0.6
const ES = LANGS.indexOf('es')
const ARABIZI = 1 << LANGS.indexOf('ar')

/** How a quotation mark changes whether the words after it are quoted. */
function quoteAfter(mark: string, quoted: boolean): boolean {
  switch (mark) {
    case '"':
    case '\u201c':
      return !quoted
    case '\u201e':
    case '\u00ab':
      return true
    case '\u201d':
    case '\u00bb':
      return false
    default:
      return quoted
  }
}

function addVotes(votes: Float64Array, mask: number, weight: number): void {
  let n = 0
  for (let m = mask; m !== 0; m &= m - 1) n++
  const share = weight / n
  for (let m = mask; m !== 0; m &= m - 1) {
    const b = 31 - Math.clz32(m & -m)
    votes[b] = (votes[b] as number) + share
  }
}

// Scratch tallies, reset on each call (detection is synchronous).
const scriptCounts = new Int32Array(SCRIPTS.length)
const votes = new Float64Array(LANGS.length)

/**
 * Guesses the language of tokenized text: by its script, then, for Latin script, by votes of
 * function words ("the", "und", "pero", "hai") and of spellings only some languages write ("ñ",
 * "-ção", "-zione"), words in quotation marks counting less. Linear in the tokens and memoised per
 * distinct word, so it costs about as much as reading the flags. English wins near ties; with no
 * evidence at all ("Refund?", "Ok") the locale `hint` decides, else English. Short or mixed texts
 * get a low confidence.
 */
export function detectLanguage(text: string, tokens: readonly Token[], hint?: string): LanguageGuess {
  scriptCounts.fill(0)
  votes.fill(0)
  let words = 0
  let quoted = false
  for (const t of tokens) {
    if (t.kind === 'punct') {
      const n = t.norm
      if (n === '\u00bf' || n === '\u00a1') votes[ES] = (votes[ES] as number) + 1
      else quoted = quoteAfter(n, quoted)
      continue
    }
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue
    // The first letter decides the script: words rarely mix scripts, and this keeps detection O(words).
    const first = t.kind === 'hashtag' ? text.charCodeAt(t.start + 1) : text.charCodeAt(t.start)
    // A word opening with a digit is a number or a name ("3pm", "4G"), unless it is Arabic in Latin letters ("3asabt").
    if (first >= 0x30 && first <= 0x39 && !(t.kind === 'word' && (spellingOf(t) & ARABIZI) !== 0)) continue
    const script = first < 0x80 ? 0 : scriptOf(first)
    scriptCounts[script] = (scriptCounts[script] as number) + 1
    words++
    if (script !== 0) continue
    const weight = (quoted ? QUOTED_WEIGHT : 1) * (t.kind === 'hashtag' ? HASHTAG_WEIGHT : 1)
    const mask = t.flags >>> LANG_SHIFT
    if (mask !== 0) addVotes(votes, mask, weight)
    else {
      const spelled = spellingOf(t)
      if (spelled !== 0) addVotes(votes, spelled & ~SPELLED_BY_LETTER, (spelled & SPELLED_BY_LETTER) !== 0 ? weight : weight * ENDING_WEIGHT)
    }
  }
  if (words === 0) return { language: 'und', confidence: 1 }
  let top = 0
  for (let i = 1; i < SCRIPTS.length; i++) if ((scriptCounts[i] as number) > (scriptCounts[top] as number)) top = i
  const script = SCRIPTS[top] as Script
  const topN = scriptCounts[top] as number
  if (script === 'kana' || (script === 'han' && hasKana(text))) return { language: 'ja', confidence: 0.9 }
  if (script === 'cyrillic') return { language: 'ru', confidence: 0.6 }
  if (script === 'arabic') return { language: arabicScriptLanguage(text), confidence: topN / words }
  const byScript = SCRIPT_LANGUAGE[script]
  if (byScript !== undefined) return { language: byScript, confidence: topN / words }
  if (script !== 'latin') return { language: 'und', confidence: 0.3 }
  let best = -1
  let bestV = 0
  let second = 0
  for (let b = 0; b < LANGS.length; b++) {
    const v = votes[b] as number
    if (v > bestV) {
      second = bestV
      best = b
      bestV = v
    } else if (v > second) second = v
  }
  const hinted = hint?.slice(0, 2).toLowerCase()
  if (best < 0 || bestV < MIN_EVIDENCE) {
    // No evidence to speak of ("Refund?", "Ok!!", "Colorado."): trust the locale hint, else English.
    return { language: hinted !== undefined && hinted.length === 2 ? hinted : 'en', confidence: 0.3 }
  }
  let lang = LANGS[best] as string
  // A hinted language close behind the leader is the customer's: "Vale, gracias" from a Spanish locale.
  const hintedAt = hinted === undefined ? -1 : LANGS.indexOf(hinted)
  if (hintedAt >= 0 && hintedAt !== best && (votes[hintedAt] as number) >= bestV * ENGLISH_MARGIN) lang = hinted as string
  else if (lang !== 'en' && (votes[0] as number) >= bestV * ENGLISH_MARGIN && hinted !== lang) lang = 'en'
  const margin = (bestV - second) / Math.max(1, words)
  return { language: lang, confidence: Math.min(1, 0.4 + margin + Math.min(0.3, bestV / 10)) }
}
