/**
 * What a customer message names its problem by, as short hashes: reference numbers ("CLM-889231",
 * "#48213", "4Q8PZT"), amounts of money ("£412", "84.20") and its distinctive longer words
 * ("thermostat", "roaming", "factura"), each also by its first six letters, so "backdated" and
 * "backdating", "refund" and "refunded" are one word. Two contacts of one customer that share a
 * reference, or two such words or amounts, are about the same problem however far apart they came
 * and whether or not the customer says they are back. Hashes, not words, are kept in the
 * conversation state: the state holds no text.
 */

// Words too common in support messages to tell one problem from another.
const COMMON = new Set(
  (
    'about above account actually again already although always another answer anyone anything around asked asking because before being below better between called calling cannot cause could customer days definitely different doesn email emails enough every everything fixed following getting going great happened happening having hello however just know later little looking message messages minutes months morning needed nothing number online order please possible problem problems really received reply right said saying second service should since someone something sorry still support thank thanks their there these thing things think third though through today tomorrow trying until using waiting wanted wants weeks what when where which while would write writing yesterday your yours contact contacted contacting again issue issues help helped team working works worked update updated hours still'
  ).split(' '),
)

// A reference: letters and digits together, five or more characters ("CLM-889231", "QT7ZP2"); a run of
// five or more digits ("48213"); or "#" and three or more digits ("#4471").
const REFERENCE = /(?:^|[^\p{L}\p{N}])((?=[\p{L}\p{N}-]*\p{N})(?=[\p{L}\p{N}-]*\p{L})[\p{L}\p{N}][\p{L}\p{N}-]{4,}|\p{N}{5,}|#\p{N}{3,})(?=$|[^\p{L}\p{N}])/gu
const WORD = /\p{L}{6,}/gu
// An amount of money: a currency sign or code beside a number ("£412", "Rs 2,300", "84.20 EUR"), or a
// number with two decimals ("39.99", "84,20", "1,250.00"; not a time, "10.30am"). Three digits at
// least: "$5" names no one problem.
const AMOUNT = /(?:[£$€¥₹]|\b(?:rs\.?|usd|eur|gbp|inr|r\$|chf|aed|sar))\s?(\p{N}[\p{N},.]*)|(?<![\p{N}.,])(\p{N}[\p{N},.]*)\s?(?:€|£|\$|eur|euros?|usd|dollars?|gbp|pounds?|rupees?|reais|chf|francs?|dirhams?|riyals?)(?!\p{L})|(?<![\p{N}.,])(\p{N}{1,3}(?:[.,]\p{N}{3})*[.,]\p{N}{2}|\p{N}{4,7}[.,]\p{N}{2})(?![\p{N}\p{L}]|\s?(?:am|pm|h|uhr)\b)/giu
// The letters of a word that stand for it and its forms: "backdated" and "backdating" share "backda".
const STEM = 6
// At most this many keys of each sort per message: a long e-mail is still one problem.
const MAX_KEYS = 16

/** FNV-1a of the text, base 36. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

/** An amount's digits, the same however it is written: "£1,250.00", "1250" and "1.250,00" are "1250"; "84,20" is "84.20". */
function amountOf(raw: string): string | undefined {
  const m = /^(.*?)(?:[.,](\p{N}{2}))?[.,]?$/u.exec(raw)
  const whole = (m?.[1] ?? raw).replace(/[.,]/g, '')
  const cents = m?.[2]
  const digits = cents === undefined || cents === '00' ? whole : `${whole}.${cents}`
  return digits.replace(/\./, '').length >= 3 ? digits : undefined
}

/**
 * A message's problem keys: `r:` references, `a:` amounts, and distinctive words both as `w:` (the
 * whole word, as conversation states stored before stems) and `s:` (its first six letters), hashed,
 * each once.
 */
export function problemKeys(text: string): string[] {
  const refs = new Set<string>()
  const amounts = new Set<string>()
  const words = new Set<string>()
  const stems = new Set<string>()
  for (const m of text.matchAll(REFERENCE)) {
    if (refs.size >= MAX_KEYS) break
    refs.add(`r:${hash((m[1] as string).toLowerCase().replace(/^#/, ''))}`)
  }
  for (const m of text.matchAll(AMOUNT)) {
    if (amounts.size >= MAX_KEYS) break
    const a = amountOf((m[1] ?? m[2] ?? m[3]) as string)
    if (a !== undefined) amounts.add(`a:${hash(a)}`)
  }
  for (const m of text.toLowerCase().matchAll(WORD)) {
    if (words.size >= MAX_KEYS) break
    const w = m[0]
    if (COMMON.has(w)) continue
    words.add(`w:${hash(w)}`)
    stems.add(`s:${hash(w.slice(0, STEM))}`)
  }
  return [...refs, ...amounts, ...words, ...stems]
}

// Shared distinctive words that make two contacts one problem.
const SHARED_WORDS = 2

/**
 * How far two contacts' keys overlap: 2 for the same problem (a reference in common, or two
 * distinctive words or amounts), 1 for a related one (one in common), 0 for none.
 */
export function problemOverlap(a: readonly string[] | undefined, b: readonly string[] | undefined): 0 | 1 | 2 {
  if (a === undefined || b === undefined || a.length === 0 || b.length === 0) return 0
  const other = new Set(b)
  // Words by their stems where both sides have them; keys stored before stems have whole words only.
  const stemmed = a.some((k) => k.startsWith('s:')) && b.some((k) => k.startsWith('s:'))
  const wordTag = stemmed ? 's:' : 'w:'
  let words = 0
  for (const k of a) {
    if (!other.has(k)) continue
    if (k.startsWith('r:')) return 2
    if ((k.startsWith(wordTag) || k.startsWith('a:')) && ++words >= SHARED_WORDS) return 2
  }
  return words > 0 ? 1 : 0
}

/** Whether two contacts' keys name the same problem: a reference in common, or two words. */
export function sameProblem(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return problemOverlap(a, b) === 2
}
