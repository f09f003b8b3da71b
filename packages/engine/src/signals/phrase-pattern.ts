import type { Token } from '../text/token.js'
import { fnv1a, W_DAY, W_NUMBER, wordSignature } from '../text/word-class.js'


type Special = 'num' | 'day' | 'any'

interface Element {
  readonly words: ReadonlySet<string> | null
  /** The OR of `words`' signatures (see `wordSignature`): a token outside it is not among them. */
  readonly signature: number
  readonly special: Special | null
  /** A wildcard among the alternatives ("#num|a" in "took #num|a days"), beside `words`. */
  readonly also: 'num' | 'day' | null
  readonly optional: boolean
}

/**
 * A compiled token pattern. Source syntax: space-separated elements; `a|b` alternatives; a
 * trailing `?` makes an element optional; `#num` (digits or number words), `#day` (weekdays,
 * today/tomorrow/tonight…) and `*` (any word) are wildcards. Matching is on token `norm`s.
 *
 * `#num` and `#day` may also stand among an element's words ("#num|a days").
 *
 * Every alternative is one token: `not bad|a problem` is three elements (`not`, `bad|a`,
 * `problem`), not two phrases, and matches neither "not bad" nor "not a problem". Phrases of
 * different lengths are separate patterns (`'not bad', 'not a problem'`). Eighteen rules were found
 * silently dead this way on 2026-12-05; check a new pattern fires before relying on it.
 */
export interface PhrasePattern {
  readonly source: string
  readonly elements: readonly Element[]
}

/** Parses a pattern; throws on a pattern that begins with an optional element (a programmer error). */
export function compilePattern(source: string): PhrasePattern {
  const elements = source
    .trim()
    .split(/\s+/)
    .map((raw): Element => {
      const optional = raw.endsWith('?') && raw.length > 1
      const body = optional ? raw.slice(0, -1) : raw
      if (body === '#num') return { words: null, signature: 0, special: 'num', also: null, optional }
      if (body === '#day') return { words: null, signature: 0, special: 'day', also: null, optional }
      if (body === '*') return { words: null, signature: 0, special: 'any', also: null, optional }
      // "#num" or "#day" may stand among words ("#num|a days"); both at once are not supported.
      const alternatives = body.split('|')
      const also = alternatives.includes('#num') ? 'num' : alternatives.includes('#day') ? 'day' : null
      let signature = 0
      for (const w of alternatives) signature |= wordSignature(fnv1a(w))
      return { words: new Set(alternatives), signature, special: null, also, optional }
    })
  if (elements.length === 0 || elements[0]?.optional) throw new Error(`bad cue pattern: "${source}"`)
  return { source, elements }
}

function matchesElement(el: Element, t: Token): boolean {
  if (el.words !== null) {
    // Most tries miss: the signature test settles nearly all of them without a set lookup.
    const sig = t.info.signature
    if ((el.signature & sig) === sig && el.words.has(t.norm)) return true
    if (el.also === null) return false
    return el.also === 'num' ? t.kind === 'number' || (t.flags & W_NUMBER) !== 0 : (t.flags & W_DAY) !== 0
  }
  switch (el.special) {
    case 'num':
      return t.kind === 'number' || (t.flags & W_NUMBER) !== 0
    case 'day':
      return (t.flags & W_DAY) !== 0
    default:
      return t.kind === 'word' || t.kind === 'number'
  }
}

/**
 * Tries to match `p` starting at token `at`, skipping only the given token kinds in between
 * (commas and quotes, never sentence ends). Returns the index one past the last matched token, or -1.
 */
export function matchPattern(p: PhrasePattern, tokens: readonly Token[], at: number): number {
  return matchFrom(p.elements, 0, tokens, at)
}

/**
 * Matches `p` from element `e` on, at token `at`: for a caller that has already matched the elements
 * before `e` (a first word found by index, a required second word by lookup). Returns as
 * {@link matchPattern} does.
 */
export function matchPatternFrom(p: PhrasePattern, e: number, tokens: readonly Token[], at: number): number {
  return matchFrom(p.elements, e, tokens, at)
}

/** Punctuation a pattern reads past between its elements: commas and quotes, never sentence ends. */
export function isSkippedBetween(t: Token): boolean {
  return t.kind === 'punct' && (t.norm === ',' || t.norm === '"' || t.norm === "'")
}

function matchFrom(elements: readonly Element[], e: number, tokens: readonly Token[], i: number): number {
  if (e === elements.length) return i
  const el = elements[e] as Element
  let j = i
  while (j < tokens.length) {
    const t = tokens[j] as Token
    if (isSkippedBetween(t)) j++
    else break
  }
  const t = tokens[j]
  if (t !== undefined && matchesElement(el, t)) {
    const r = matchFrom(elements, e + 1, tokens, j + 1)
    if (r >= 0) return r
  }
  return el.optional ? matchFrom(elements, e + 1, tokens, i) : -1
}

/**
 * The words the token after a pattern's first must be (commas and quotes skipped), when its second
 * element is a required word list; otherwise undefined. Lets detection skip most candidates with one
 * set lookup shared by every pattern that starts at a token.
 */
export function requiredSecondWords(p: PhrasePattern): ReadonlySet<string> | undefined {
  const second = p.elements[1]
  return second !== undefined && !second.optional && second.words !== null && second.also === null ? second.words : undefined
}

/**
 * A signature the token matched at element `e` of `p` must lie inside, or 0 for none: the OR of the
 * signatures of element `e`, the optional elements from it and the first required one after them
 * (matching past an optional element tries the same token on the next), when each of those matches
 * only by its words. A token outside it matches none of them, so a caller can turn the pattern down
 * without reading its elements. 0 when one of them is a wildcard or the pattern may end there.
 */
export function elementGate(p: PhrasePattern, e: number): number {
  let gate = 0
  for (let k = e; k < p.elements.length; k++) {
    const el = p.elements[k] as Element
    if (el.words === null || el.also !== null) return 0
    gate |= el.signature
    if (!el.optional) return gate
  }
  return 0
}

/** The first element's keys for indexing: its words, or a wildcard key. */
export function firstKeys(p: PhrasePattern): readonly string[] {
  const first = p.elements[0] as Element
  if (first.words !== null) return [...first.words]
  return [`#${first.special}`]
}
