import { combineHashes, hashString } from '../model/hash.js'
import type { Reading } from '../reader/reading.js'
import { tokenize } from '../text/tokenize.js'

/** A sparse, L2-normalised feature vector; indices are sorted and distinct. */
export interface SparseVector {
  readonly idx: Int32Array
  readonly val: Float32Array
  /** Words (and hashtags, emoji) in the text, when built from text. */
  readonly words?: number
}

const BITS = 22
const MASK = (1 << BITS) - 1
const SEED_UNI = 0x51ed
const SEED_BI = 0x7a3f
const SEED_CHAR = 0x1c09

/** The seed-tagged bucket of a word's unigram feature, for mapping learned weights back to words. */
export function unigramBucket(norm: string): number {
  return hashString(norm, SEED_UNI) & MASK
}

/**
 * The features a workspace adapter learns on: word unigrams and bigrams and the character
 * 3–4-grams of each word. Character grams let corrections carry over to inflections, typos and
 * languages the base model was not trained on. Independent of the base model's hashing, so
 * adapters survive a new base model.
 */
export function adapterFeatures(text: string, words?: Map<number, string>): SparseVector {
  const acc = new Map<number, number>()
  const add = (b: number, v: number): void => {
    acc.set(b, (acc.get(b) ?? 0) + v)
  }
  let prev = 0
  let count = 0
  for (const t of tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'url' || t.kind === 'email' || t.kind === 'mention' || t.kind === 'number') {
      if (t.kind === 'punct' && (t.norm === '!' || t.norm === '?')) add(hashString(t.norm, SEED_UNI) & MASK, 0.5)
      prev = 0
      continue
    }
    const h = hashString(t.norm, SEED_UNI)
    const b = h & MASK
    count++
    add(b, 1)
    if (words !== undefined && !words.has(b)) words.set(b, t.norm)
    if (prev !== 0) add(combineHashes(prev, h ^ SEED_BI) & MASK, 0.7)
    prev = h
    if (t.kind === 'word' || t.kind === 'hashtag') {
      const w = `<${t.norm}>`
      for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= w.length; i++) add(hashString(w, SEED_CHAR + n, i, i + n) & MASK, 0.25)
    }
  }
  const idx = Int32Array.from([...acc.keys()].sort((a, b) => a - b))
  const val = new Float32Array(idx.length)
  let sq = 0
  for (let i = 0; i < idx.length; i++) {
    const v = acc.get(idx[i] as number) as number
    val[i] = v
    sq += v * v
  }
  const k = sq > 0 ? 1 / Math.sqrt(sq) : 0
  for (let i = 0; i < val.length; i++) val[i] = (val[i] as number) * k
  return { idx, val, words: count }
}

/** Cosine similarity of two normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0
  let j = 0
  let s = 0
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i] as number
    const y = b.idx[j] as number
    if (x === y) {
      s += (a.val[i] as number) * (b.val[j] as number)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return s
}

const SEED_READING = 0x2e77

/**
 * Dense signals from the base reading itself (its class probabilities, emotions, intensity, cue
 * kinds, length): a workspace can learn how its own labels relate to them, which carries across
 * messages that share no words. Their buckets are disjoint by seed from the text features.
 */
export function readingFeatures(reading: Reading): SparseVector {
  const acc = new Map<number, number>()
  const add = (name: string, v: number): void => {
    if (v === 0) return
    const b = hashString(name, SEED_READING) & MASK
    acc.set(b, (acc.get(b) ?? 0) + v)
  }
  const p = reading.sentiment.probabilities
  add('p:negative', p.negative)
  add('p:neutral', p.neutral)
  add('p:positive', p.positive)
  for (const [e, v] of Object.entries(reading.emotions)) add(`e:${e}`, v)
  add('intensity', reading.intensity)
  for (const kind of new Set(reading.cues.map((c) => c.kind))) add(`cue:${kind}`, 1)
  add(`sentences:${Math.min(reading.sentences, 4)}`, 1)
  add(`lang:${reading.language}`, 1)
  const idx = Int32Array.from([...acc.keys()].sort((a, b) => a - b))
  const val = Float32Array.from(idx, (b) => (acc.get(b) as number) * 0.5)
  return { idx, val }
}

/** Both vectors as one (their buckets do not overlap). */
export function concatSparse(a: SparseVector, b: SparseVector): SparseVector {
  const m = new Map<number, number>()
  for (let i = 0; i < a.idx.length; i++) m.set(a.idx[i] as number, a.val[i] as number)
  for (let i = 0; i < b.idx.length; i++) m.set(b.idx[i] as number, (m.get(b.idx[i] as number) ?? 0) + (b.val[i] as number))
  const idx = Int32Array.from([...m.keys()].sort((x, y) => x - y))
  return { idx, val: Float32Array.from(idx, (k) => m.get(k) as number) }
}
