import type { Token } from './token.js'
import { LANGS, LANG_SHIFT } from './word-class.js'

/** A language guess. `language` is ISO 639-1, or "und" when the text has no words. */
export interface LanguageGuess {
  readonly language: string
  readonly confidence: number
}


const SCRIPTS = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'han', 'kana', 'hangul', 'devanagari', 'thai', 'other'] as const
type Script = (typeof SCRIPTS)[number]
const SCRIPT_INDEX = Object.fromEntries(SCRIPTS.map((s, i) => [s, i])) as Record<Script, number>

function scriptOf(c: number): Script {
  if (c < 0x250) return 'latin'
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin'
  if (c >= 0x370 && c <= 0x3ff) return 'greek'
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic'
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew'
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return 'arabic'
  if (c >= 0x900 && c <= 0x97f) return 'devanagari'
  if (c >= 0xe00 && c <= 0xe7f) return 'thai'
  if (c >= 0x3040 && c <= 0x30ff) return 'kana'
  if (c >= 0xac00 && c <= 0xd7af) return 'hangul'
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'han'
  return 'other'
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
 * Guesses the language of tokenized text from its script and, for Latin script, from function
 * words. Cheap enough to run on every message; short or mixed texts get a low confidence.
 */
export function detectLanguage(text: string, tokens: readonly Token[], hint?: string): LanguageGuess {
  const scriptCounts = new Int32Array(SCRIPTS.length)
  const votes = new Float64Array(LANGS.length)
  let words = 0
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue
    // The first letter decides the script: words rarely mix scripts, and this keeps detection O(words).
    const first = t.kind === 'hashtag' ? text.charCodeAt(t.start + 1) : text.charCodeAt(t.start)
    if (first >= 0x30 && first <= 0x39) continue
    scriptCounts[SCRIPT_INDEX[scriptOf(first)]] = (scriptCounts[SCRIPT_INDEX[scriptOf(first)]] as number) + 1
    words++
    const mask = t.flags >> LANG_SHIFT
    if (mask === 0) continue
    let n = 0
    for (let b = 0; b < LANGS.length; b++) if (mask & (1 << b)) n++
    for (let b = 0; b < LANGS.length; b++) if (mask & (1 << b)) votes[b] = (votes[b] as number) + 1 / n
  }
  if (words === 0) return { language: 'und', confidence: 1 }
  let top = 0
  for (let i = 1; i < SCRIPTS.length; i++) if ((scriptCounts[i] as number) > (scriptCounts[top] as number)) top = i
  const script = SCRIPTS[top] as Script
  const topN = scriptCounts[top] as number
  if (script === 'kana' || (script === 'han' && hasKana(text))) return { language: 'ja', confidence: 0.9 }
  if (script === 'cyrillic') return { language: 'ru', confidence: 0.6 }
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
  if (best < 0) {
    // No function words at all ("Gracias!!", "Refund?"): trust the locale hint, else English.
    return { language: hinted !== undefined && hinted.length === 2 ? hinted : 'en', confidence: 0.3 }
  }
  let lang = LANGS[best] as string
  if (lang !== 'en' && (votes[0] as number) >= bestV * 0.8 && hinted !== lang) lang = 'en'
  const margin = (bestV - second) / Math.max(1, words)
  return { language: lang, confidence: Math.min(1, 0.4 + margin + Math.min(0.3, bestV / 10)) }
}
