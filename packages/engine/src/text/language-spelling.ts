import { LANGS } from './word-class.js'

/**
 * Spelling evidence for Latin-script words that are no listed function word: letters and endings
 * that only some languages write ("ñ", "ß", "-ção", "-zione", "-ung"), written for this project.
 * Each entry names the languages a word showing it may be in; the guess splits the word's vote
 * among them, as it does for a function word shared by several languages.
 */
const LETTERS: readonly [string, readonly string[]][] = [
  ['ñ', ['es']], ['ß', ['de']], ['ä', ['de']], ['ö', ['de']], ['ü', ['de']],
  ['ã', ['pt']], ['õ', ['pt']], ['ç', ['fr', 'pt']], ['ê', ['fr', 'pt']], ['â', ['fr', 'pt', 'ro']], ['ô', ['fr', 'pt']],
  ['è', ['fr', 'it']], ['à', ['fr', 'it', 'pt']], ['ì', ['it']], ['ò', ['it']], ['ù', ['it', 'fr']], ['î', ['fr', 'ro']],
  ['û', ['fr']], ['œ', ['fr']], ['ë', ['fr', 'nl']], ['ï', ['fr', 'nl']], ['é', ['fr', 'es', 'pt']], ['á', ['es', 'pt']],
  ['í', ['es', 'pt']], ['ó', ['es', 'pt', 'pl']], ['ú', ['es', 'pt']],
  ['ł', ['pl']], ['ą', ['pl']], ['ę', ['pl']], ['ś', ['pl']], ['ź', ['pl']], ['ż', ['pl']], ['ć', ['pl']], ['ń', ['pl']],
  ['ş', ['tr', 'ro']], ['ğ', ['tr']], ['ı', ['tr']], ['ș', ['ro']], ['ț', ['ro']], ['ă', ['ro']], ['å', ['sv']], ['ø', ['sv']], ['æ', ['sv']],
]

const ENDINGS: readonly [string, readonly string[]][] = [
  ['ción', ['es']], ['ciones', ['es']], ['iendo', ['es']], ['idad', ['es']], ['mente', ['es', 'it', 'pt']], ['ando', ['es', 'it']],
  ['endo', ['es', 'it']], ['ado', ['es', 'pt']], ['ada', ['es', 'pt']], ['ido', ['es', 'pt', 'it']], ['ida', ['es', 'pt']],
  ['zione', ['it']], ['zioni', ['it']], ['ità', ['it']], ['tà', ['it']], ['ato', ['it', 'es', 'pt']], ['ata', ['it', 'es', 'pt']], ['etto', ['it']], ['ggio', ['it']],
  ['ção', ['pt']], ['ções', ['pt']], ['ão', ['pt']], ['ões', ['pt']], ['agem', ['pt']],
  ['eux', ['fr']], ['eaux', ['fr']], ['aux', ['fr']], ['ait', ['fr']], ['aient', ['fr']], ['ez', ['fr', 'es']], ['tion', ['en', 'fr']],
  ['ment', ['en', 'fr']], ['ique', ['en', 'fr']], ['eur', ['fr']], ['eure', ['fr']], ['ée', ['fr']], ['ées', ['fr']],
  ['ung', ['de']], ['ungen', ['de']], ['keit', ['de']], ['heit', ['de']], ['lich', ['de']], ['schaft', ['de']], ['ieren', ['de']], ['isch', ['de']], ['tz', ['de']], ['zt', ['de']],
  ['ing', ['en']], ['ings', ['en']], ['ly', ['en']], ['ness', ['en']], ['ful', ['en']], ['ed', ['en']],
  ['tje', ['nl']], ['ować', ['pl']],
]

// Letter pairs inside a word: "lh" (Portuguese), "bh"/"kh" (Hindi in Latin letters), "ij" (Dutch). Not
// "nh" ("unhappy"), "sch" ("schedule") or "zz" ("puzzle"): English writes them too.
const INFIXES: readonly [string, readonly string[]][] = [
  ['lh', ['pt']], ['bh', ['hi']], ['kh', ['hi']], ['ij', ['nl']], ['cch', ['it']],
  ['rz', ['pl']], ['cz', ['pl']], ['szcz', ['pl']],
]

// French and Italian elisions: "l'application", "qu'il", "dell'ordine".
const ELISIONS: readonly [string, readonly string[]][] = [
  ["qu'", ['fr']], ["j'", ['fr']], ["d'", ['fr', 'it']], ["n'", ['fr']], ["c'", ['fr', 'it']], ["m'", ['fr']], ["s'", ['fr']],
  ["l'", ['fr', 'it']], ["dell'", ['it']], ["all'", ['it']], ["nell'", ['it']], ["un'", ['it']],
]

const maskOf = (langs: readonly string[]): number => {
  let m = 0
  for (const l of langs) {
    const b = LANGS.indexOf(l)
    if (b < 0) throw new Error(`spelling rule names an unlisted language: ${l}`)
    m |= 1 << b
  }
  return m
}
const LETTER_MASK = new Map(LETTERS.map(([c, l]) => [c.charCodeAt(0), maskOf(l)]))
const ENDING_MASKS = ENDINGS.map(([e, l]) => [e, maskOf(l)] as const)
const INFIX_MASKS = INFIXES.map(([e, l]) => [e, maskOf(l)] as const)
const ELISION_MASKS = ELISIONS.map(([e, l]) => [e, maskOf(l)] as const)
const ARABIZI_MASK = maskOf(['ar'])

/** Set in {@link spellingLanguages}' result when letters decided: a letter is surer than an ending. */
export const SPELLED_BY_LETTER = 1 << 30

const ARABIZI_DIGITS = new Set([0x32, 0x33, 0x35, 0x37, 0x38, 0x39])
const isAsciiLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a
const isVowel = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75

/**
 * Arabic in Latin letters writes the sounds Latin lacks with digits (2 ء, 3 ع, 5 خ, 7 ح, 8 غ, 9 ق):
 * one or two such digits, one between letters ("a2olkom", "ma5no2a") or opening a word before a vowel
 * ("3asabt", "7agaztaha"), in a word of at least four letters. Tech names keep their digits at the
 * end or have fewer letters ("mp3", "b2b", "covid19", "3am", "2fa", "3days").
 */
export function isArabiziSpelling(norm: string): boolean {
  let letters = 0
  let digits = 0
  let arabizi = false
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i)
    if (isAsciiLetter(c)) letters++
    else if (c >= 0x30 && c <= 0x39) {
      digits++
      if (!ARABIZI_DIGITS.has(c)) return false
      const next = norm.charCodeAt(i + 1)
      if (i === 0 ? isVowel(next) : isAsciiLetter(norm.charCodeAt(i - 1)) && isAsciiLetter(next)) arabizi = true
    } else if (c !== 0x27) return false
  }
  return arabizi && digits <= 2 && letters >= 4
}

/**
 * The languages (bit `i` for `LANGS[i]`) whose spelling a normalised word shows, 0 when it shows
 * none, with {@link SPELLED_BY_LETTER} set when its letters decided. An elision decides first
 * ("l'écologie"); then letters; then one ending (words of five letters or more); then letter pairs
 * inside the word.
 */
export function spellingLanguages(norm: string): number {
  if (isArabiziSpelling(norm)) return ARABIZI_MASK | SPELLED_BY_LETTER
  if (norm.indexOf("'") > 0) for (const [e, m] of ELISION_MASKS) if (norm.startsWith(e) && norm.length > e.length + 1) return m | SPELLED_BY_LETTER
  let letters = 0
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i)
    if (c < 0xc0) continue
    const m = LETTER_MASK.get(c)
    if (m !== undefined) letters = letters === 0 ? m : letters & m || letters | m
  }
  if (letters !== 0) return letters | SPELLED_BY_LETTER
  if (norm.length >= 5) for (const [e, m] of ENDING_MASKS) if (norm.endsWith(e)) return m
  if (norm.length >= 4) {
    for (const [e, m] of INFIX_MASKS) {
      const at = norm.indexOf(e)
      if (at > 0 && at + e.length < norm.length) return m
    }
  }
  return 0
}
