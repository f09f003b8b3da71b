import type { Token, TokenKind } from './token.js'
import { type WordInfo, internSpan, internWord } from './word-class.js'


function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  // Latin-1 letters, then everything from Latin Extended upward except the general punctuation,
  // symbol and emoji blocks; scripts without case still count as letters.
  if (c < 0x100) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7
  if (c >= 0x2000 && c <= 0x2bff) return false
  if (c >= 0x3000 && c <= 0x303f) return false
  if (SCRIPT_PUNCT.has(c)) return false
  if (c >= 0xd800 && c <= 0xdfff) return false
  if (c >= 0xfe00 && c <= 0xfe0f) return false
  if (c === 0xfffd || c === 0xfeff) return false
  return true
}

// Punctuation of the scripts the reader reads beyond Latin: Arabic comma, semicolon, question mark,
// full stop and percent signs, the Devanagari danda, and the fullwidth marks. As letters they stuck to
// the word before them ("ठीक।", "لماذا؟"), so the word was not found and the question not counted.
const SCRIPT_PUNCT: ReadonlyMap<number, string> = new Map([
  [0x060c, ','], [0x061b, ';'], [0x061f, '?'], [0x066a, '%'], [0x066b, '.'], [0x066c, ','], [0x066d, '*'], [0x06d4, '.'],
  [0x0964, '.'], [0x0965, '.'], [0xff01, '!'], [0xff0c, ','], [0xff0e, '.'], [0xff1a, ':'], [0xff1b, ';'], [0xff1f, '?'],
])

// The lowest of them: an ASCII mark is none, with no lookup.
const SCRIPT_PUNCT_MIN = Math.min(...SCRIPT_PUNCT.keys())

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

// ASCII character classes, looked up once per character in the word loop.
const C_LOWER = 1
const C_UPPER = 2
const C_DIGIT = 4
const CLASS = new Uint8Array(128)
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = C_LOWER
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = C_UPPER
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = C_DIGIT

// Single ASCII punctuation marks are interned once, not per token.
const PUNCT_INFO: (WordInfo | undefined)[] = new Array(128)
function punctInfo(c: number): WordInfo {
  let info = PUNCT_INFO[c]
  if (info === undefined) {
    info = internWord(String.fromCharCode(c))
    PUNCT_INFO[c] = info
  }
  return info
}

// The fixed texts of handles, links and addresses, interned once as the single marks are: hashing
// and comparing "@user" for every mention was most of the interning left in a pass over tweets.
let mentionInfo: WordInfo | undefined
let urlInfo: WordInfo | undefined
let emailInfo: WordInfo | undefined

const isMark = (d: number): boolean => d === 0x21 || d === 0x3f

function isNumeric(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (!(isDigit(c) || c === 0x2e)) return false
  }
  return true
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f
}

/** Pictographs and symbols that behave like emoji in messages (incl. ❤ ☹ ✔). */
function isEmojiStart(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd83c && c <= 0xd83e && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return 2
  }
  if ((c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || c === 0x2639 || c === 0x263a) return 1
  return 0
}

// Emoticons are matched longest-first against the raw text at a token boundary.
const EMOTICONS = [
  ':-)))', ':-))', ':)))', ':))', ':-)', ':)', '(:', ':-D', ':D', 'xD', 'XD', ';-)', ';)', ':-P', ':P', ':p',
  ':-(', ':((', ':(', '):', ":'(", ':-/', ':/', ':-|', ':|', '>:(', 'D:', '<3', '</3', '^^', '^_^', '-_-', 'T_T',
  ':-O', ':O', ':o', ':-S', ':S', '=)', '=(', '8)',
]

// Emoticons grouped by first character, longest first, so a word start costs one array index.
const EMOTICONS_BY_START: (readonly string[] | undefined)[] = new Array(128)
for (const e of [...EMOTICONS].sort((a, b) => b.length - a.length)) {
  const c = e.charCodeAt(0)
  EMOTICONS_BY_START[c] = [...(EMOTICONS_BY_START[c] ?? []), e]
}

function matchEmoticon(text: string, i: number): number {
  const list = EMOTICONS_BY_START[text.charCodeAt(i)]
  if (list === undefined) return 0
  const second = text.charCodeAt(i + 1)
  for (const e of list) {
    if (e.charCodeAt(1) !== second || !text.startsWith(e, i)) continue
    const after = text.charCodeAt(i + e.length)
    // ":p" inside "https:pp" or "D:" in "ID:" must not count: require clean edges.
    if (Number.isNaN(after) || isSpace(after) || !isLetter(after)) {
      const before = i > 0 ? text.charCodeAt(i - 1) : Number.NaN
      if (Number.isNaN(before) || isSpace(before) || !(isLetter(before) || isDigit(before))) return e.length
    }
  }
  return 0
}

const ENTITIES: readonly [string, string][] = [['&amp;', '&'], ['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&#39;', "'"], ['&apos;', "'"], ['&nbsp;', ' ']]

function matchEntity(text: string, i: number, to: number): [number, string] | undefined {
  for (const [e, ch] of ENTITIES) if (i + e.length <= to && text.startsWith(e, i)) return [e.length, ch]
  return undefined
}

/** Where `s` has a third code unit in a row equal to the two before it (what {@link squash} drops), or -1. */
function firstTriple(s: string): number {
  for (let i = 2; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === s.charCodeAt(i - 1) && c === s.charCodeAt(i - 2)) return i
  }
  return -1
}

function squash(lower: string): { norm: string; elongated: boolean } {
  // Nearly every hashtag has no run to squash: it is its own result, with no string built char by char.
  if (firstTriple(lower) < 0) return { norm: lower, elongated: false }
  let out = ''
  let elongated = false
  let run = 0
  let prev = -1
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if (c === prev) {
      run++
      if (run >= 2) {
        if (isLetter(c)) elongated = true
        continue
      }
    } else {
      run = 0
      prev = c
    }
    out += lower[i]
  }
  // A final vowel drawn out is one letter in the word ("obrigadaaa", "merciii", "thankyouuu"): few words
  // end in a double a, i or u, and the languages' cue tables know the word, not the doubled form.
  if (elongated && out.length > 2) {
    const last = out.charCodeAt(out.length - 1)
    if (last === out.charCodeAt(out.length - 2) && (last === 0x61 || last === 0x69 || last === 0x75) && lower.charCodeAt(lower.length - 3) === last) out = out.slice(0, -1)
  }
  return { norm: out, elongated }
}

function straighten(s: string): string {
  return s.indexOf('\u2019') >= 0 || s.indexOf('\u2018') >= 0 || s.indexOf('\u02bc') >= 0
    ? s.replace(/[\u2018\u2019\u02bc]/g, "'")
    : s
}

/** A URL scheme or "www." at `i`, or a bare "http" word (ending at a space or at `to`). */
function isUrlStart(text: string, i: number, to: number): boolean {
  if (text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i)) return true
  return text.startsWith('http', i) && i + 4 <= to && (i + 4 === to || isSpace(text.charCodeAt(i + 4)))
}

/**
 * Splits text into tokens in one pass over its UTF-16 code units. Linear in the input, with no
 * backtracking regular expressions, so megabyte inputs and binary garbage cost the same per char.
 *
 * @example
 * tokenize("Still broken!!! :(").map((t) => t.norm) // ['still', 'broken', '!!!', ':(']
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  let i = from
  const push = (kind: TokenKind, start: number, end: number, norm: string, caps = false, elongated = false, known?: WordInfo): void => {
    const info = known ?? internWord(norm)
    tokens.push({ kind, start, end, norm: info.norm, caps, elongated, flags: kind === 'word' || kind === 'hashtag' ? info.flags : 0, info })
  }
  while (i < to) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    const emo = c < 0x80 ? matchEmoticon(text, i) : 0
    if (emo > 0 && i + emo <= to) {
      push('emoticon', i, i + emo, text.slice(i, i + emo).toLowerCase())
      i += emo
      continue
    }
    const emoji = isEmojiStart(text, i)
    if (emoji > 0) {
      let j = i + emoji
      // Keep modifiers and joiners with their base so "👍🏽" is one token.
      while (j < to) {
        const d = text.charCodeAt(j)
        if (d === 0xfe0f || d === 0x200d) j++
        else if (d === 0xd83c && j + 1 < to && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) j += 2
        else break
      }
      push('emoji', i, j, text.slice(i, i + emoji))
      i = j
      continue
    }
    if (isLetter(c) || isDigit(c) || c === 0x40 || c === 0x23) {
      let j = i + 1
      // URLs and e-mail addresses run to the next space. Only a real URL start is scanned: scanning
      // ahead for every "http" made "http!http!…" quadratic.
      if ((c === 0x68 || c === 0x77) && isUrlStart(text, i, to)) {
        while (j < to && !isSpace(text.charCodeAt(j))) j++
        push('url', i, j, '', false, false, (urlInfo ??= internWord('http')))
        i = j
        continue
      }
      let run = 1
      let maxRun = 1
      let curly = false
      let nonAscii = c >= 0x80
      let upper = c >= 0x41 && c <= 0x5a ? 1 : 0
      let lowerSeen = c >= 0x61 && c <= 0x7a
      let prevD = c
      let email = false
      // FNV-1a of the lower-cased word as it is scanned, for the allocation-free lookup below.
      let hash = Math.imul(0x811c9dc5 ^ (upper === 1 ? c | 0x20 : c), 0x01000193)
      while (j < to) {
        const d = text.charCodeAt(j)
        if (d === prevD) {
          run++
          if (run > maxRun) maxRun = run
        } else run = 1
        prevD = d
        const cls = d < 0x80 ? (CLASS[d] as number) : 0
        if (cls !== 0) {
          if (cls === C_UPPER) {
            upper++
            hash = Math.imul(hash ^ (d | 0x20), 0x01000193)
          } else {
            if (cls === C_LOWER) lowerSeen = true
            hash = Math.imul(hash ^ d, 0x01000193)
          }
          j++
        } else if (isLetter(d) || d === 0x5f) {
          lowerSeen = true
          if (d >= 0x80) nonAscii = true
          hash = Math.imul(hash ^ d, 0x01000193)
          j++
        } else if ((d === 0x27 || d === 0x2d || d === 0x2019 || d === 0x2018 || d === 0x02bc) && j + 1 < to && isLetter(text.charCodeAt(j + 1))) {
          if (d !== 0x27 && d !== 0x2d) curly = true
          hash = Math.imul(hash ^ d, 0x01000193)
          j++
        } else if (d === 0x2e && isDigit(c) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j++
        else if (d === 0x40 && j + 1 < to && isLetter(text.charCodeAt(j + 1)) && c !== 0x40) {
          // an e-mail address
          while (j < to && !isSpace(text.charCodeAt(j))) j++
          push('email', i, j, '', false, false, (emailInfo ??= internWord('email')))
          email = true
          break
        } else break
      }
      if (email) {
        i = j
        continue
      }
      if (c !== 0x40 && c !== 0x23 && !nonAscii && !curly && maxRun < 3 && !isDigit(c)) {
        // Plain ASCII word: look it up by its characters; no string is built for a known word.
        const caps = j - i >= 2 && upper >= 2 && !lowerSeen
        const info = internSpan(text, i, j, hash | 0)
        tokens.push({ kind: 'word', start: i, end: j, norm: info.norm, caps, elongated: false, flags: info.flags, info })
        i = j
        continue
      }
      const raw = text.slice(i, j)
      if (c === 0x40) {
        if (j - i > 1) push('mention', i, j, '', false, false, (mentionInfo ??= internWord('@user')))
        else push('punct', i, j, '@')
      } else if (c === 0x23) {
        if (j - i > 1) {
          const { norm, elongated } = squash(straighten(raw.slice(1).toLowerCase()))
          push('hashtag', i, j, norm, false, elongated)
        } else push('punct', i, j, '#')
      } else if (isDigit(c) && isNumeric(raw)) {
        push('number', i, j, raw)
      } else {
        const lower = upper > 0 || nonAscii || !lowerSeen ? raw.toLowerCase() : raw
        const straight = curly ? straighten(lower) : lower
        const caps = raw.length >= 2 && upper >= 2 && !lowerSeen
        if (maxRun >= 3) {
          const { norm, elongated } = squash(straight)
          push('word', i, j, norm, caps, elongated)
        } else push('word', i, j, straight, caps, false)
      }
      i = j
      continue
    }
    // HTML entities left in by helpdesks and tweet exports read as the character they stand for.
    if (c === 0x26) {
      const entity = matchEntity(text, i, to)
      if (entity !== undefined) {
        if (entity[1] !== ' ') push('punct', i, i + entity[0], entity[1])
        i += entity[0]
        continue
      }
    }
    // Punctuation: runs of the same mark stay together ("!!!", "...", "?!?!").
    let j = i + 1
    if (isMark(c)) while (j < to && isMark(text.charCodeAt(j))) j++
    else if (c === 0x2e) while (j < to && text.charCodeAt(j) === 0x2e) j++
    else if (c >= 0xd800 && c <= 0xdbff && j < to) j++
    const same = j === i + 1 && c >= SCRIPT_PUNCT_MIN ? SCRIPT_PUNCT.get(c) : undefined
    // A script's own mark reads as its ASCII twin (a question is a question); the span keeps the original.
    if (same !== undefined) push('punct', i, j, '', false, false, punctInfo(same.charCodeAt(0)))
    else if (j === i + 1 && c < 0x80) {
      const info = punctInfo(c)
      tokens.push({ kind: 'punct', start: i, end: j, norm: info.norm, caps: false, elongated: false, flags: 0, info })
    }
    else push('punct', i, j, c === 0x2026 ? '...' : text.slice(i, j))
    i = j
  }
  return tokens
}
