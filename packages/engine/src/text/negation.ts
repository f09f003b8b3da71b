import type { Token } from './token.js'
import { W_CONTRAST, W_NEGATOR } from './word-class.js'

const NEGATORS = new Set([
  'not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly',
  'barely', 'nowhere', 'aint', "ain't", 'dont', 'cant', 'wont', 'isnt', 'doesnt', 'didnt', 'wasnt',
  'werent', 'havent', 'hasnt', 'shouldnt', 'wouldnt', 'couldnt', 'arent',
])

const SCOPE_BREAKERS = new Set(['but', 'however', 'although', 'though', 'yet', 'except'])

/** True for "not", "never", "isn't", "can't" and their apostrophe-less spellings. */
export function isNegator(norm: string): boolean {
  const n = norm.length
  return NEGATORS.has(norm) || (n > 3 && norm.charCodeAt(n - 1) === 0x74 && norm.charCodeAt(n - 2) === 0x27 && norm.charCodeAt(n - 3) === 0x6e)
}

/** True for words that end a clause's scope: "but", "however", … */
export function isContrast(norm: string): boolean {
  return SCOPE_BREAKERS.has(norm)
}

const MAX_SCOPE = 4

/** Flag values in {@link negationScope}'s result. */
export const IN_SCOPE = 1
export const NEGATOR = 2
export const CONTRAST = 4

/**
 * Marks which word tokens fall inside a negation's scope: the next few words after a negator, cut
 * short by clause punctuation or a contrast word. Returns one flag per token: {@link IN_SCOPE}
 * for negated words, {@link NEGATOR} for the negators and {@link CONTRAST} for "but"-words, so
 * later stages need not test the words again.
 */
export function negationScope(tokens: readonly Token[]): Uint8Array {
  const flags = new Uint8Array(tokens.length)
  let left = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'punct') {
      if (t.norm !== "'" && t.norm !== '"' && t.norm !== '-') left = 0
      continue
    }
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue
    if ((t.flags & W_CONTRAST) !== 0 || saidAsContrast(tokens, i)) {
      flags[i] = CONTRAST
      left = 0
      continue
    }
    if ((t.flags & W_NEGATOR) !== 0) {
      flags[i] = NEGATOR
      left = MAX_SCOPE
      continue
    }
    if (left > 0) {
      flags[i] = 1
      left--
    }
  }
  return flags
}

const atStart = (tokens: readonly Token[], i: number): boolean => i === 0 || (tokens[i - 1] as Token).kind === 'punct'

/**
 * "That said," and "That being said," opening a sentence turn it as "but" does: "Thank you for
 * replying so fast. That said, the answer didn't touch the charge I asked about."
 */
function saidAsContrast(tokens: readonly Token[], i: number): boolean {
  if ((tokens[i] as Token).norm !== 'said' || tokens[i + 1]?.norm !== ',') return false
  if (tokens[i - 1]?.norm === 'that') return atStart(tokens, i - 1)
  return tokens[i - 1]?.norm === 'being' && tokens[i - 2]?.norm === 'that' && atStart(tokens, i - 2)
}
