import { FUNCTION_WORDS } from './language-words.js'

/**
 * Word classes the pipeline asks about, looked up once per token by the tokenizer and packed into
 * `Token.flags`, so negation, cue detection and language guessing never consult their own sets.
 * Bits 0–7 are classes; bits 8 and up are the languages whose function words include the word.
 */
export const W_NEGATOR = 1
export const W_CONTRAST = 2
export const W_INTENSIFIER = 4
export const W_NUMBER = 8
export const W_DAY = 16
export const W_INTERJECTION = 32
/** "again", "already": every phrase that says the customer has written before holds one. */
export const W_AGAIN = 64
export const LANG_SHIFT = 8

const CLASSES: readonly [number, readonly string[]][] = [
  [W_NEGATOR, ['not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly', 'barely', 'nowhere', 'aint', 'dont', 'cant', 'wont', 'isnt', 'doesnt', 'didnt', 'wasnt', 'werent', 'havent', 'hasnt', 'shouldnt', 'wouldnt', 'couldnt', 'arent']],
  [W_CONTRAST, ['but', 'however', 'although', 'though', 'yet', 'except']],
  [W_INTENSIFIER, ['very', 'really', 'so', 'extremely', 'totally', 'absolutely', 'completely', 'utterly', 'incredibly', 'seriously', 'super', 'insanely', 'ridiculously', 'terribly', 'awfully', 'truly', 'beyond', 'highly']],
  [W_NUMBER, ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'a', 'an', 'few', 'couple', 'several', 'half']],
  // Weekdays shortened as customers write them ("need them by thurs"); not "sat", "sun", "wed" or
  // "mon", which are other words as often.
  [W_DAY, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tues', 'weds', 'thur', 'thurs', 'fri', 'tomorrow', 'tonight', 'today', 'noon', 'midnight', 'eod', 'morning', 'afternoon', 'evening', 'weekend']],
  [W_AGAIN, ['again', 'already']],
  [W_INTERJECTION, ['great', 'perfect', 'wonderful', 'fantastic', 'brilliant', 'lovely', 'awesome', 'nice', 'excellent', 'marvelous', 'splendid', 'terrific', 'super', 'cool', 'fabulous', 'yay', 'woohoo', 'hooray', 'yippee', 'outstanding', 'superb', 'impressive', 'stellar', 'marvellous', 'amazing', 'beautiful']],
]

const table = new Map<string, number>()
for (const [bit, words] of CLASSES) for (const w of words) table.set(w, (table.get(w) ?? 0) | bit)

/** Languages told apart by function words, in bit order (English first). */
export const LANGS: readonly string[] = Object.keys(FUNCTION_WORDS)
if (LANG_SHIFT + LANGS.length > 31) throw new Error('function-word languages no longer fit the token flags')
LANGS.forEach((lang, bit) => {
  for (const w of FUNCTION_WORDS[lang] ?? []) table.set(w, (table.get(w) ?? 0) | (1 << (LANG_SHIFT + bit)))
})

// A clock time written as one word ("3pm", "10am", the "30am" of "9:30am") is a when, like "noon".
const CLOCK_TIME = /^\d{1,2}(am|pm)$/

/** The packed classes of a normalised word (0 when it has none). */
export function wordFlags(norm: string): number {
  let f = table.get(norm)
  const n = norm.length
  if (f === undefined && n >= 3) {
    // "tomorrow's launch", "Friday's release": the day's possessive is still the day.
    if (norm.endsWith("'s")) f = (table.get(norm.slice(0, -2)) ?? 0) & W_DAY || undefined
    else if (CLOCK_TIME.test(norm)) f = W_DAY
  }
  // Any "…n't" contraction negates, listed or not.
  if (n > 3 && norm.charCodeAt(n - 1) === 0x74 && norm.charCodeAt(n - 2) === 0x27 && norm.charCodeAt(n - 3) === 0x6e) return (f ?? 0) | W_NEGATOR
  return f ?? 0
}

/**
 * What the pipeline knows about one distinct token text. The tokenizer looks each token up once
 * here; later stages read `flags` and keep their own per-word results in its memo slots (the cue
 * index's candidate patterns, a model's per-word partial sums; see {@link wordSlot}), so no stage
 * repeats a lookup per token.
 */
export interface WordInfo {
  /** The normalised text; tokens share this string instead of allocating their own. */
  readonly norm: string
  readonly flags: number
  /** {@link wordSignature} of `norm`. */
  readonly signature: number
  /**
   * 1 + the word's index in first-seen order, for memos kept in typed arrays indexed by it (see
   * {@link wordIdLimit}); 0 once the table has started over and the id may belong to another word.
   */
  readonly id: number
}

let slotCount = 0

// The memo slots are fields of the word's own object, not an array beside it: an array is two more
// objects (the array and its elements) that each stage's first memo read followed to a cache miss,
// 73% of detectLanguage's line ticks on its spelling memo. Same readings on 29,256 texts; warm
// TweetEval validation, median ratio 1.09 over two runs of 10 alternating process pairs (2026-12-07).
// The first INLINE_SLOTS slots are fields; readers created beyond them (each model allocates its
// own) spill to `more`.
const INLINE_SLOTS = 12

class Word implements WordInfo {
  s0: unknown = undefined
  s1: unknown = undefined
  s2: unknown = undefined
  s3: unknown = undefined
  s4: unknown = undefined
  s5: unknown = undefined
  s6: unknown = undefined
  s7: unknown = undefined
  s8: unknown = undefined
  s9: unknown = undefined
  s10: unknown = undefined
  s11: unknown = undefined
  more: unknown[] | undefined = undefined
  constructor(
    readonly norm: string,
    readonly flags: number,
    readonly signature: number,
    public id: number,
  ) {}
}

/**
 * A per-word memo of flags computed from a word's text: `compute` runs once per distinct word and its
 * bits are kept in a slot of the word's {@link WordInfo}, so a pass over a message reads no word's
 * characters (a set lookup on each token's string is a cache miss apiece).
 */
export function wordBitsMemo(compute: (norm: string) => number): (info: WordInfo) => number {
  const slot = allocateWordSlot()
  return (info) => {
    const memo = wordSlot(info, slot) as number | undefined
    if (memo !== undefined) return memo
    const bits = compute(info.norm)
    setWordSlot(info, slot, bits)
    return bits
  }
}

/**
 * Reserves `count` consecutive slot indices in every {@link WordInfo} for one consumer's per-word
 * memo and returns the first.
 */
export function allocateWordSlot(count = 1): number {
  const first = slotCount
  slotCount += count
  return first
}

/** The value a consumer kept in memo slot `at` of `info` (undefined: none yet). */
export function wordSlot(info: WordInfo, at: number): unknown {
  const w = info as Word
  switch (at) {
    case 0:
      return w.s0
    case 1:
      return w.s1
    case 2:
      return w.s2
    case 3:
      return w.s3
    case 4:
      return w.s4
    case 5:
      return w.s5
    case 6:
      return w.s6
    case 7:
      return w.s7
    case 8:
      return w.s8
    case 9:
      return w.s9
    case 10:
      return w.s10
    case 11:
      return w.s11
    default:
      return w.more?.[at - INLINE_SLOTS]
  }
}

/** Keeps `value` in memo slot `at` of `info`. */
export function setWordSlot(info: WordInfo, at: number, value: unknown): void {
  const w = info as Word
  switch (at) {
    case 0:
      w.s0 = value
      break
    case 1:
      w.s1 = value
      break
    case 2:
      w.s2 = value
      break
    case 3:
      w.s3 = value
      break
    case 4:
      w.s4 = value
      break
    case 5:
      w.s5 = value
      break
    case 6:
      w.s6 = value
      break
    case 7:
      w.s7 = value
      break
    case 8:
      w.s8 = value
      break
    case 9:
      w.s9 = value
      break
    case 10:
      w.s10 = value
      break
    case 11:
      w.s11 = value
      break
    default:
      w.more ??= []
      w.more[at - INLINE_SLOTS] = value
  }
}

// An open-addressing table keyed by the FNV-1a hash of the normalised text, so the tokenizer can
// find a word from its characters without first building a string. Bounded: when it fills up it
// starts over, and a stream of novel tokens (ids, typos) only costs re-deriving the hot words.
// 2^17 slots hold about 78,000 words: 40,000 tweets bring 43,500 distinct tokens, which at 2^16
// (39,000 words) started the table over mid-stream. Reading 20,000 unseen tweets after 20,000
// others, four alternating runs each (AMD EPYC, 2026-12-06): first pass 36,800 → 40,100
// messages/s (medians), the same texts again 46,100 → 59,200. Reading all 47,539 SemEval train
// tweets grows the heap by 20 MB instead of 11 MB.
const TABLE_BITS = 17
const TABLE_SIZE = 1 << TABLE_BITS
const MAX_ENTRIES = TABLE_SIZE * 0.6
// Each slot is one int32: 1 + the word's index in `words` in its low ID_BITS bits (0: empty) and the
// hash's high bits above them as a tag, so the table is half the size a (hash, index) pair per slot
// made it (512 KB, not 1 MB: more of it stays in cache beside the model's tables). A tag that
// matches is checked against the word's key or text, so a tag shared by two words changes nothing.
// The words themselves sit in a dense array in the order first seen, where the common ones (met
// early) share lines. (With a sparse array of WordInfo beside a hash array, every token cost a miss
// in each: same readings on 14,954 texts; 1997 tweets read 2-4% faster in one process, six
// alternating runs, 2026-12-06.)
const ID_BITS = 17
const ID_MASK = (1 << ID_BITS) - 1
if (MAX_ENTRIES >= ID_MASK) throw new Error('word ids no longer fit beside the hash tag')
const slots = new Int32Array(TABLE_SIZE)
let words: WordInfo[] = []

/** Every {@link WordInfo.id} is below this, so a memo indexed by id never needs more rows. */
export const wordIdLimit = Math.ceil(MAX_ENTRIES) + 1

let epoch = 0

/**
 * How many times the word table has started over. Ids are reused after it does: a memo indexed by
 * {@link WordInfo.id} must drop what it holds when this changes.
 */
export function wordEpoch(): number {
  return epoch
}

/** FNV-1a over UTF-16 code units, the hash {@link internWord} and {@link internSpan} agree on. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h | 0
}

/**
 * The OR of the {@link wordSignature}s of `words`: a word whose signature is not inside it is none of
 * them (see {@link mayBeIn}).
 */
export function setSignature(words: Iterable<string>): number {
  let sig = 0
  for (const w of words) sig |= wordSignature(fnv1a(w))
  return sig
}

/**
 * False when the word of `info` is certainly not in the set whose {@link setSignature} is `sig`
 * (true: it may be, ask the set). Reads the word's own object, which the token's reader has in cache,
 * where the set's lookup reads the word's string (a cache miss per word in a pass over a message).
 */
export function mayBeIn(sig: number, info: WordInfo): boolean {
  const s = info.signature
  return (sig & s) === s
}

/**
 * Two bits of a 32-bit mask chosen by a word's FNV-1a hash. A set of words ORs its members'
 * signatures; a word whose signature is not inside that OR is not in the set, which answers most
 * lookups that would miss (a phrase element's few words) without touching the set's table.
 */
export function wordSignature(hash: number): number {
  return (1 << (hash & 31)) | (1 << ((hash >>> 5) & 31))
}

// Each word's first eight characters (7 bits each, ASCII only) and length, packed in two int32s at
// `keys[2 * (id - 1)]`, so {@link internSpan} checks a hash hit against a dense array it shares with
// `words` instead of following `info.norm` to the string's characters (a cache miss per token: the
// string load was 42% of internSpan's line ticks; median ratio 1.04 over 10 alternating process
// pairs, 2026-12-07). A word of more than eight characters still
// compares its string after the key; one with a character above U+007F gets a key no span has.
const keys = new Int32Array(Math.ceil(MAX_ENTRIES) * 2)
const KEY_LONG = 15
const KEY_NEVER = 0

/** Stores the packed key of `norm` for word id `id` (see `keys`). */
function storeKey(id: number, norm: string): void {
  const n = norm.length
  let k0 = 0
  let k1 = 0
  for (let k = 0; k < n && k < 8; k++) {
    const c = norm.charCodeAt(k)
    if (c >= 0x80) {
      keys[2 * (id - 1)] = 0
      keys[2 * (id - 1) + 1] = KEY_NEVER
      return
    }
    if (k < 4) k0 |= c << (7 * k)
    else k1 |= c << (7 * (k - 4))
  }
  for (let k = 8; k < n; k++) {
    if (norm.charCodeAt(k) >= 0x80) {
      keys[2 * (id - 1)] = 0
      keys[2 * (id - 1) + 1] = KEY_NEVER
      return
    }
  }
  keys[2 * (id - 1)] = k0
  keys[2 * (id - 1) + 1] = k1 | ((n > 8 ? KEY_LONG : n) << 28)
}

// A small direct-mapped cache in front of the table for words of at most eight characters: per line
// (chosen by the hash's low bits), a word's packed key and its id. Its 48 KB stay in the nearer
// caches, so the common words ("the", "to", "you") are found without the probe of the 512 KB table,
// whose first load was half of internSpan's line ticks. A key identifies a word of up to eight
// characters, so a line whose key matches is that word. Of the 35,873 word lookups of a pass over
// TweetEval validation, 75% are answered here (58% with 1,024 lines).
const FRONT_BITS = 12
const FRONT_MASK = (1 << FRONT_BITS) - 1
const front = new Int32Array(3 << FRONT_BITS)

function insert(slot: number, hash: number, norm: string): WordInfo {
  if (words.length >= MAX_ENTRIES) {
    front.fill(0)
    slots.fill(0)
    // Tokens and caches may still hold these words: their ids now name new words, so memos indexed
    // by id must not be read for them.
    for (const w of words) (w as Word).id = 0
    words = []
    epoch++
    slot = hash & (TABLE_SIZE - 1)
  }
  const info = new Word(norm, wordFlags(norm), wordSignature(hash), words.length + 1)
  words.push(info)
  storeKey(words.length, norm)
  slots[slot] = (hash & ~ID_MASK) | words.length
  return info
}

/** The shared {@link WordInfo} of a normalised token text. */
export function internWord(norm: string): WordInfo {
  const hash = fnv1a(norm)
  let slot = hash & (TABLE_SIZE - 1)
  for (;;) {
    const v = slots[slot] as number
    if (v === 0) return insert(slot, hash, norm)
    if (((v ^ hash) & ~ID_MASK) === 0) {
      const info = words[(v & ID_MASK) - 1] as WordInfo
      if (info.norm === norm) return info
    }
    slot = (slot + 1) & (TABLE_SIZE - 1)
  }
}

/**
 * The {@link WordInfo} of `text[start, end)` lower-cased, for an ASCII word whose lower-cased
 * FNV-1a `hash` the caller computed while scanning it. Allocates only for a word not seen before.
 */
export function internSpan(text: string, start: number, end: number, hash: number): WordInfo {
  let slot = hash & (TABLE_SIZE - 1)
  const len = end - start
  // The span's key as storeKey packs it (lower-cased; ASCII, as the tokenizer's spans are).
  let k0 = 0
  let k1 = 0
  for (let k = 0; k < len && k < 8; k++) {
    let c = text.charCodeAt(start + k)
    if (c >= 0x41 && c <= 0x5a) c |= 0x20
    if (k < 4) k0 |= c << (7 * k)
    else k1 |= c << (7 * (k - 4))
  }
  k1 |= (len > 8 ? KEY_LONG : len) << 28
  const line = 3 * (hash & FRONT_MASK)
  if (len <= 8 && front[line] === k0 && front[line + 1] === k1) {
    const id = front[line + 2] as number
    if (id !== 0) return words[id - 1] as WordInfo
  }
  for (;;) {
    const v = slots[slot] as number
    if (v === 0) return insert(slot, hash, text.slice(start, end).toLowerCase())
    const id = v & ID_MASK
    if (((v ^ hash) & ~ID_MASK) === 0 && keys[2 * (id - 1)] === k0 && keys[2 * (id - 1) + 1] === k1) {
      const info = words[id - 1] as WordInfo
      if (len <= 8) {
        front[line] = k0
        front[line + 1] = k1
        front[line + 2] = id
        return info
      }
      const norm = info.norm
      if (norm.length === len) {
        let same = true
        for (let k = 8; k < len; k++) {
          let c = text.charCodeAt(start + k)
          if (c >= 0x41 && c <= 0x5a) c |= 0x20
          if (c !== norm.charCodeAt(k)) {
            same = false
            break
          }
        }
        if (same) return info
      }
    }
    slot = (slot + 1) & (TABLE_SIZE - 1)
  }
}
