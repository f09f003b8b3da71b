import { isContrast, isNegator } from '../text/negation.js'
import type { Token } from '../text/token.js'
import type { TokenAnalysis } from './token-analysis.js'

/** Word → valence (VADER scale, about −4…+4). */
export type Lexicon = ReadonlyMap<string, number>

/** How many dense lexicon features {@link lexiconSummary} writes. */
export const LEXICON_FEATURE_COUNT = 12

const BOOSTERS = [
  'absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply', 'effing', 'enormously',
  'entirely', 'especially', 'exceptionally', 'extremely', 'fabulously', 'flipping', 'freaking', 'fricking',
  'frickin', 'frigging', 'friggin', 'fully', 'fucking', 'greatly', 'hella', 'highly', 'hugely', 'incredibly',
  'intensely', 'majorly', 'more', 'most', 'particularly', 'purely', 'quite', 'really', 'remarkably', 'so',
  'substantially', 'thoroughly', 'totally', 'tremendously', 'uber', 'unbelievably', 'unusually', 'utterly', 'very',
  'super', 'soo', 'way',
]
const DAMPENERS = [
  'almost', 'barely', 'hardly', 'kinda', 'less', 'little', 'marginally', 'occasionally', 'partly', 'scarcely',
  'slightly', 'somewhat', 'sorta',
]
const NEGATOR_WORDS = [
  'not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly',
  'barely', 'nowhere', 'aint', "ain't", 'dont', 'cant', 'wont', 'isnt', 'doesnt', 'didnt', 'wasnt',
  'werent', 'havent', 'hasnt', 'shouldnt', 'wouldnt', 'couldnt', 'arent',
]
const CONTRAST_WORDS = ['but', 'however', 'although', 'though', 'yet', 'except']

/** Flag bits of a word-table entry. */
export const F_NEGATOR = 1
export const F_CONTRAST = 2
export const F_BOOSTER = 4
export const F_DAMPENER = 8

/**
 * One lookup per token: valence and role flags packed into a number, `(round(valence·100) + 1000)·16 + flags`.
 * Built once per lexicon (and cached), so reading never consults several sets per token.
 */
export type WordTable = ReadonlyMap<string, number>

const tables = new WeakMap<Lexicon, WordTable>()

function pack(valence: number, flags: number): number {
  return (Math.round(valence * 100) + 1000) * 16 + flags
}

/** The packed word table for a lexicon (memoised per lexicon object). */
export function wordTable(lexicon: Lexicon): WordTable {
  let t = tables.get(lexicon)
  if (t !== undefined) return t
  const m = new Map<string, number>()
  const add = (w: string, f: number): void => {
    const cur = m.get(w)
    m.set(w, cur === undefined ? pack(lexicon.get(w) ?? 0, f) : cur | f)
  }
  for (const [w, v] of lexicon) m.set(w, pack(v, 0))
  for (const w of NEGATOR_WORDS) if (isNegator(w)) add(w, F_NEGATOR)
  for (const w of CONTRAST_WORDS) if (isContrast(w)) add(w, F_CONTRAST)
  for (const w of BOOSTERS) add(w, F_BOOSTER)
  for (const w of DAMPENERS) add(w, F_DAMPENER)
  t = m
  tables.set(lexicon, t)
  return t
}

const B_INCR = 0.293
const C_INCR = 0.733
const N_SCALAR = -0.74

function clip1(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x
}

/**
 * VADER-style summary of a message's lexicon hits, written into `out[0..LEXICON_FEATURE_COUNT)`:
 * booster/dampener words, CAPS emphasis, negation flip, "but" clause weighting and '!' emphasis,
 * then a normalised compound score split into its positive and negative halves, plus sums,
 * extremes, the last hit's polarity and hit counts — all roughly in [0, 1].
 */
export function lexiconSummary(tokens: readonly Token[], a: TokenAnalysis, out: Float64Array): void {
  const n = tokens.length
  const flags = a.flags
  const val = a.valence
  const negated = a.negated
  let capsWords = 0
  let words = 0
  let butAt = -1
  let bangs = 0
  let hits = 0
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token
    if (val[i] !== 0) hits++
    if (t.kind === 'word') {
      words++
      if (t.caps) capsWords++
      if (butAt < 0 && ((flags[i] as number) & F_CONTRAST) !== 0 && t.norm !== 'though') butAt = i
    } else if (t.kind === 'punct' && t.norm.charCodeAt(0) === 0x21) bangs += t.norm.length
  }
  out.fill(0)
  if (hits === 0) {
    out[10] = 1
    return
  }
  const capsDiff = capsWords > 0 && capsWords < words
  let sum = 0
  let pos = 0
  let neg = 0
  let maxPos = 0
  let maxNeg = 0
  let last = 0
  let nPos = 0
  let nNeg = 0
  for (let i = 0; i < n; i++) {
    let v = val[i] as number
    if (v === 0 || ((flags[i] as number) & F_BOOSTER) !== 0) continue
    const t = tokens[i] as Token
    const sign = v > 0 ? 1 : -1
    if (capsDiff && t.caps) v += sign * C_INCR
    // Boosters and dampeners up to three words back, fading with distance.
    for (let d = 1, seen = 0; d <= 6 && seen < 3 && i - d >= 0; d++) {
      const p = tokens[i - d] as Token
      if (p.kind !== 'word') {
        if (p.kind === 'punct') break
        continue
      }
      seen++
      const pf = flags[i - d] as number
      if ((pf & (F_BOOSTER | F_DAMPENER)) === 0) continue
      const fade = seen === 1 ? 1 : seen === 2 ? 0.95 : 0.9
      if ((pf & F_BOOSTER) !== 0) v += sign * B_INCR * fade * (capsDiff && p.caps ? 1.5 : 1)
      else v -= sign * B_INCR * fade
    }
    if (negated[i] === 1) v *= N_SCALAR
    if (butAt >= 0) v *= i < butAt ? 0.5 : 1.5
    sum += v
    if (v > 0) {
      pos += v
      nPos++
      if (v > maxPos) maxPos = v
    } else {
      neg -= v
      nNeg++
      if (-v > maxNeg) maxNeg = -v
    }
    last = v
  }
  if (sum !== 0) {
    const emph = Math.min(bangs, 4) * 0.292
    sum += sum > 0 ? emph : -emph
  }
  const compound = sum / Math.sqrt(sum * sum + 15)
  out[0] = compound > 0 ? compound : 0
  out[1] = compound < 0 ? -compound : 0
  out[2] = clip1(pos / 6)
  out[3] = clip1(neg / 6)
  out[4] = clip1(maxPos / 4)
  out[5] = clip1(maxNeg / 4)
  out[6] = last > 0 ? clip1(last / 4) : 0
  out[7] = last < 0 ? clip1(-last / 4) : 0
  out[8] = Math.min(nPos, 4) / 4
  out[9] = Math.min(nNeg, 4) / 4
  out[10] = nPos + nNeg === 0 ? 1 : 0
  out[11] = nPos > 0 && nNeg > 0 ? 1 : 0
}

/**
 * Parses a VADER-format lexicon ("word<TAB>mean<TAB>…" per line). Pure: the caller reads the file.
 */
export function parseVaderLexicon(text: string): Map<string, number> {
  const lex = new Map<string, number>()
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    const end = line.indexOf('\t', tab + 1)
    const v = Number(line.slice(tab + 1, end < 0 ? undefined : end))
    if (Number.isFinite(v)) lex.set(line.slice(0, tab).toLowerCase(), v)
  }
  return lex
}
