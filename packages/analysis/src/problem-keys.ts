/**
 * What a customer message names its problem by, as short hashes: reference numbers ("CLM-889231",
 * "#48213", "4Q8PZT") and its distinctive longer words ("thermostat", "roaming", "factura"). Two
 * contacts of one customer that share a reference, or two such words, are about the same problem
 * however far apart they came and whether or not the customer says they are back. Hashes, not
 * words, are kept in the conversation state: the state holds no text.
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

/** A message's problem keys: `r:` references and `w:` distinctive words, hashed, each once. */
export function problemKeys(text: string): string[] {
  const refs = new Set<string>()
  const words = new Set<string>()
  for (const m of text.matchAll(REFERENCE)) {
    if (refs.size >= MAX_KEYS) break
    refs.add(`r:${hash((m[1] as string).toLowerCase().replace(/^#/, ''))}`)
  }
  for (const m of text.toLowerCase().matchAll(WORD)) {
    if (words.size >= MAX_KEYS) break
    const w = m[0]
    if (!COMMON.has(w)) words.add(`w:${hash(w)}`)
  }
  return [...refs, ...words]
}

// Shared distinctive words that make two contacts one problem.
const SHARED_WORDS = 2

/**
 * How far two contacts' keys overlap: 2 for the same problem (a reference in common, or two
 * distinctive words), 1 for a related one (one word in common), 0 for none.
 */
export function problemOverlap(a: readonly string[] | undefined, b: readonly string[] | undefined): 0 | 1 | 2 {
  if (a === undefined || b === undefined || a.length === 0 || b.length === 0) return 0
  const other = new Set(b)
  let words = 0
  for (const k of a) {
    if (!other.has(k)) continue
    if (k.startsWith('r:') || ++words >= SHARED_WORDS) return 2
  }
  return words > 0 ? 1 : 0
}

/** Whether two contacts' keys name the same problem: a reference in common, or two words. */
export function sameProblem(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return problemOverlap(a, b) === 2
}
