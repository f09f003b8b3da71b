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

/** Set in {@link spellingLanguages}' result when letters decided: a letter is surer than an ending. */
export const SPELLED_BY_LETTER = 1 << 30

/**
 * The languages (bit `i` for `LANGS[i]`) whose spelling a normalised word shows, 0 when it shows
 * none, with {@link SPELLED_BY_LETTER} set when its letters decided. An elision decides first
 * ("l'écologie"); then letters; then one ending (words of five letters or more); then letter pairs
 * inside the word.
 */
export function spellingLanguages(norm: string): number {
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
