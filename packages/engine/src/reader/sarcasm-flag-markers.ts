// Words and emoji that often carry sarcasm but are no proof of it on their own.
import { EYE_ROLL } from '../signals/emoji-polarity.js'
import { type PhrasePattern, compilePattern, matchPattern } from '../signals/phrase-pattern.js'
import type { Token } from '../text/token.js'
import { allocateWordSlot, mayBeIn, setSignature, setWordSlot, wordSlot } from '../text/word-class.js'

// Positive frames sarcasm is often said in, written for this project. Each is said sincerely too ("I
// love how fast the export is"), so a marker counts only over a negative situation (see
// `isSarcastic`). Surprise and emphasis ("wow", "clearly", "totally") are left out: over a problem
// they are a plain complaint ("Wow, the app crashed again"). Pattern syntax: see `compilePattern`.
const MARKER_PATTERNS: readonly string[] = [
  'love|loving|luv|adore how|when', 'love|loving|luv|adore it|that when', 'gotta love', 'got|have to love', 'you gotta love',
  'so glad|happy|thrilled that|to', 'what a time|way to', 'my favorite|favourite thing|part|feeling',
  'oh joy|goody|great|wonderful|perfect|lovely|fun|yay|boy', 'how fun|lovely|convenient|thoughtful', 'fun times', 'so much fun',
  'yay', 'great start', 'just great|perfect|wonderful|brilliant|fantastic|lovely',
]

// The upside-down face: irony as often as not.
const MARKER_EMOJI = new Set(['🙃'])


// Words that say the problem is over: praise beside them is relief ("so glad the crash is fixed",
// "it isn't broken anymore, thanks").
const RESOLVED = new Set(['fixed', 'resolved', 'solved', 'sorted', 'anymore'])
const RESOLVED_SIG = setSignature(RESOLVED)

// Patterns by the words they can start with: most words start none, so a message costs one lookup a word.
let byFirstWord: ReadonlyMap<string, readonly PhrasePattern[]> | undefined

function markerIndex(): ReadonlyMap<string, readonly PhrasePattern[]> {
  if (byFirstWord !== undefined) return byFirstWord
  const index = new Map<string, PhrasePattern[]>()
  for (const source of MARKER_PATTERNS) {
    const pattern = compilePattern(source)
    // Every marker starts with literal words (no wildcard), so its first element lists them all.
    for (const word of source.trim().split(/\s+/)[0]?.split('|') ?? []) index.set(word, [...(index.get(word) ?? []), pattern])
  }
  byFirstWord = index
  return index
}

// Each word's candidate markers are memoised on its WordInfo (null: none), as the cue index's are.
const MARKER_SLOT = allocateWordSlot()

function candidatesOf(t: Token): readonly PhrasePattern[] | undefined {
  const memo = wordSlot(t.info, MARKER_SLOT) as readonly PhrasePattern[] | null | undefined
  if (memo !== undefined) return memo ?? undefined
  const list = markerIndex().get(t.norm)
  setWordSlot(t.info, MARKER_SLOT, list ?? null)
  return list
}

/** True when the message has a sarcasm marker: one of the phrases or emoji above. */
export function hasSarcasmMarker(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'emoji') {
      if (MARKER_EMOJI.has(t.norm)) return true
      continue
    }
    if (t.kind !== 'word') continue
    const candidates = candidatesOf(t)
    if (candidates?.some((p) => matchPattern(p, tokens, i) >= 0)) return true
  }
  return false
}

/** True when the message says its problem is over ("fixed", "resolved", "sorted"). */
export function saysResolved(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && mayBeIn(RESOLVED_SIG, t.info) && RESOLVED.has(t.norm))
}

/** True when the message has an eye-roll emoji. */
export function hasEyeRoll(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'emoji' && t.norm === EYE_ROLL)
}
