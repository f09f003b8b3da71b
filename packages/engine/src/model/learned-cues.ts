/**
 * Cues learned from sentences rather than written as phrases: one logistic model per cue kind over
 * hashed word unigrams and bigrams, trained on the support messages this project wrote for each
 * kind of reading (`npm run train`). The phrase rules carried over to the next helper round at about
 * one fix in ten; a model of what a kind of message sounds like caught a third of that round's
 * misses (docs/reader-accuracy.md, "Learned cues"). The reader adds a learned cue only where no rule
 * found that kind.
 */
import type { CueKind } from '../reader/reading.js'
import type { Token } from '../text/token.js'
import { allocateWordSlot, setWordSlot, wordEpoch, wordIdLimit, wordSlot } from '../text/word-class.js'
import { combineHashes, hashString } from './hash.js'
import type { ModelProvenance } from './model-codec.js'
import { readModelFile, writeModelFile } from './model-file.js'

/** The cue kinds a learned model may add, in the order of its outputs. */
export const LEARNED_CUE_KINDS = ['sarcasm', 'grudging-acceptance', 'churn-threat', 'repeat-contact', 'human-request', 'time-pressure', 'clipped-sentences', 'issue-report', 'praise'] as const satisfies readonly CueKind[]

/** One weight table for every kind: bucket b's codes for kind k at `codes[b * kinds + k]`. */
export interface LearnedCuesModel {
  /** Log2 of the number of hash buckets. */
  readonly bits: number
  readonly kinds: readonly CueKind[]
  /** Int8 codes, bucket-major: weight = code × scales[k]. */
  readonly codes: Int8Array
  readonly scales: Float64Array
  readonly bias: Float64Array
  /** Per kind, the probability from which the reader adds the cue. */
  readonly thresholds: Float64Array
}

const SEED_UNIGRAM = 0x5bd1e995
const SEED_BIGRAM = 0x1b873593
const BOS = 0x3c2f733e
const EOS = 0x2f733e3c
// Tokens whose text says nothing of the kind: order numbers, links, handles and addresses count as one word each.
const CLASS_HASH: Partial<Record<Token['kind'], number>> = {
  number: hashString('<num>', SEED_UNIGRAM),
  url: hashString('<url>', SEED_UNIGRAM),
  mention: hashString('<user>', SEED_UNIGRAM),
  email: hashString('<email>', SEED_UNIGRAM),
}

// Each word's unigram hash is memoised on its WordInfo.
const HASH_SLOT = allocateWordSlot()

function unigramHash(t: Token): number {
  if (t.kind !== 'word') {
    const fixed = CLASS_HASH[t.kind]
    if (fixed !== undefined) return fixed
  }
  const memo = wordSlot(t.info, HASH_SLOT) as number | undefined
  if (memo !== undefined) return memo
  const h = hashString(t.norm, SEED_UNIGRAM)
  setWordSlot(t.info, HASH_SLOT, h)
  return h
}

/**
 * The feature buckets of tokens[from, to): each token's unigram and each adjacent pair (with the
 * start and end of the span as words), into `out` from index 0. Returns how many.
 */
export function learnedCueBuckets(tokens: readonly Token[], from: number, to: number, bits: number, out: Int32Array): number {
  const mask = (1 << bits) - 1
  let n = 0
  let prev = BOS
  for (let i = from; i < to; i++) {
    const u = unigramHash(tokens[i] as Token)
    out[n++] = u & mask
    out[n++] = combineHashes(prev ^ SEED_BIGRAM, u) & mask
    prev = u
  }
  out[n++] = combineHashes(prev ^ SEED_BIGRAM, EOS) & mask
  return n
}

/** Buckets at most a span yields: two per token and the end. */
export function maxLearnedCueBuckets(tokens: number): number {
  return 2 * tokens + 1
}

/** A scorer over one model that reuses its buffers (not re-entrant). */
export interface LearnedCueScorer {
  readonly model: LearnedCuesModel
  /** Each kind's probability for tokens[from, to), into `out` (length ≥ kinds). */
  score(tokens: readonly Token[], from: number, to: number, out: Float64Array): void
}

// One packed table per model, however many readers are created with it (the server makes one per
// workspace and profile; repacking 2^16 buckets each time was start-up work for nothing).
const PACKED = new WeakMap<LearnedCuesModel, Int32Array>()

// Kinds a bucket record holds: two 32-bit words of four biased bytes (eight kinds), or three (twelve).
const MAX_KINDS = 12

/** The 32-bit words of a bucket record for `k` kinds: two up to eight, three up to twelve. */
function recordWords(k: number): number {
  return k <= 8 ? 2 : 3
}

/** `model`'s codes as biased bytes per bucket in two or three 32-bit words (see {@link createLearnedCueScorer}). */
function packedCodes(model: LearnedCuesModel): Int32Array {
  const cached = PACKED.get(model)
  if (cached !== undefined) return cached
  const k = model.kinds.length
  if (k > MAX_KINDS) throw new Error(`learned cues: at most ${MAX_KINDS} kinds fit a bucket record`)
  const dim = 1 << model.bits
  const words = recordWords(k)
  const packed = new Int32Array(dim * words)
  for (let b = 0; b < dim; b++) {
    for (let w = 0; w < words; w++) {
      let word = 0
      for (let l = 0; l < 4; l++) {
        const j = w * 4 + l
        word |= ((j < k ? (model.codes[b * k + j] as number) : 0) + 128) << (8 * l)
      }
      packed[b * words + w] = word
    }
  }
  PACKED.set(model, packed)
  return packed
}

// Per word id in a scorer's memo: the word's unigram hash, then its unigram bucket's record words.
const MEMO_STRIDE = 4

/**
 * Adds SWAR record word `x`'s two 16-bit lanes (bytes 0 and 2, 1 and 3) of a chunk's sums into
 * `sums[first..]`, unbiasing by 128 per record.
 */
function unpack(sums: Float64Array, first: number, even: number, odd: number, bias: number): void {
  sums[first] = (sums[first] as number) + (even & 0xffff) - bias
  sums[first + 2] = (sums[first + 2] as number) + (even >>> 16) - bias
  sums[first + 1] = (sums[first + 1] as number) + (odd & 0xffff) - bias
  sums[first + 3] = (sums[first + 3] as number) + (odd >>> 16) - bias
}

/**
 * Creates the scorer of `model`. Its codes are repacked as in the emotion predictor's table: each
 * bucket's (up to 12) kinds as bytes biased by +128 in two or three 32-bit words, summed two lanes
 * at a time in 16-bit halves that cannot carry over for 256 additions, so a token costs two loads
 * per feature instead of one per kind (the learned cues were 6% of a read with a byte at a time).
 * Each word's unigram hash and unigram record are kept in a typed array indexed by its id, in the
 * order words are first seen: a token's unigram then reads that dense array instead of a random
 * record of the table (whose first load was 4% of a read), and only its bigram goes to the table.
 */
export function createLearnedCueScorer(model: LearnedCuesModel): LearnedCueScorer {
  const k = model.kinds.length
  const packed = packedCodes(model)
  const words = recordWords(k)
  const mask = (1 << model.bits) - 1
  const sums = new Float64Array(MAX_KINDS)
  let buf = new Int32Array(256)
  let memo = new Int32Array(64 * MEMO_STRIDE)
  let epoch = wordEpoch()
  // A token whose word has no id (the word table started over since it was made) is read into this.
  const loose = new Int32Array(MEMO_STRIDE)
  // Records of tokens with a fixed class hash (numbers, links…), by kind.
  const classRows = new Map<Token['kind'], Int32Array>()

  /** Fills `row[o..o+4)` with the hash `h` and its unigram record. */
  function fillRow(row: Int32Array, o: number, h: number): void {
    const b = (h & mask) * words
    row[o] = h
    row[o + 1] = packed[b] as number
    row[o + 2] = packed[b + 1] as number
    row[o + 3] = words === 3 ? (packed[b + 2] as number) : 0
  }

  /** The array holding token `t`'s memo row; the row starts at `at`. */
  let at = 0
  function rowOf(t: Token): Int32Array {
    if (t.kind !== 'word') {
      const fixed = CLASS_HASH[t.kind]
      if (fixed !== undefined) {
        let r = classRows.get(t.kind)
        if (r === undefined) {
          r = new Int32Array(MEMO_STRIDE)
          fillRow(r, 0, fixed | 0)
          classRows.set(t.kind, r)
        }
        at = 0
        return r
      }
    }
    const id = t.info.id
    if (id === 0) {
      fillRow(loose, 0, unigramHash(t) | 0)
      at = 0
      return loose
    }
    if (epoch !== wordEpoch()) {
      // The word table started over: these rows belong to words that no longer have their ids.
      epoch = wordEpoch()
      memo.fill(0)
    }
    const o = id * MEMO_STRIDE
    if (o >= memo.length) {
      let size = memo.length
      while (size <= o) size *= 2
      const grown = new Int32Array(Math.min(size, wordIdLimit * MEMO_STRIDE))
      grown.set(memo)
      memo = grown
    }
    // A filled row's first record word is never 0: every byte of it is a code + 128 ≥ 1.
    if (memo[o + 1] === 0) fillRow(memo, o, hashString(t.norm, SEED_UNIGRAM) | 0)
    at = o
    return memo
  }

  return {
    model,
    score(tokens, from, to, out) {
      const need = maxLearnedCueBuckets(to - from)
      if (buf.length < need) buf = new Int32Array(need * 2)
      sums.fill(0)
      // Unigrams from the memo rows, bigram buckets into buf (as learnedCueBuckets makes them).
      let n = 0
      let prev = BOS
      for (let start = from; start < to; start += 256) {
        const end = Math.min(to, start + 256)
        let a0 = 0
        let a1 = 0
        let a2 = 0
        let a3 = 0
        let a4 = 0
        let a5 = 0
        for (let i = start; i < end; i++) {
          const r = rowOf(tokens[i] as Token)
          const o = at
          const u = r[o] as number
          buf[n++] = combineHashes(prev ^ SEED_BIGRAM, u) & mask
          prev = u
          const x = r[o + 1] as number
          const y = r[o + 2] as number
          const z = r[o + 3] as number
          a0 += x & 0xff00ff
          a1 += (x >>> 8) & 0xff00ff
          a2 += y & 0xff00ff
          a3 += (y >>> 8) & 0xff00ff
          a4 += z & 0xff00ff
          a5 += (z >>> 8) & 0xff00ff
        }
        const bias = 128 * (end - start)
        unpack(sums, 0, a0, a1, bias)
        unpack(sums, 4, a2, a3, bias)
        if (words === 3) unpack(sums, 8, a4, a5, bias)
      }
      buf[n++] = combineHashes(prev ^ SEED_BIGRAM, EOS) & mask
      for (let start = 0; start < n; start += 256) {
        // Unpacked every 256 buckets, before a 16-bit lane could overflow (255 × 256 < 65,536).
        const end = Math.min(n, start + 256)
        let a0 = 0
        let a1 = 0
        let a2 = 0
        let a3 = 0
        let a4 = 0
        let a5 = 0
        if (words === 2) {
          for (let i = start; i < end; i++) {
            const b = (buf[i] as number) * 2
            const x = packed[b] as number
            const y = packed[b + 1] as number
            a0 += x & 0xff00ff
            a1 += (x >>> 8) & 0xff00ff
            a2 += y & 0xff00ff
            a3 += (y >>> 8) & 0xff00ff
          }
        } else {
          for (let i = start; i < end; i++) {
            const b = (buf[i] as number) * 3
            const x = packed[b] as number
            const y = packed[b + 1] as number
            const z = packed[b + 2] as number
            a0 += x & 0xff00ff
            a1 += (x >>> 8) & 0xff00ff
            a2 += y & 0xff00ff
            a3 += (y >>> 8) & 0xff00ff
            a4 += z & 0xff00ff
            a5 += (z >>> 8) & 0xff00ff
          }
        }
        const bias = 128 * (end - start)
        unpack(sums, 0, a0, a1, bias)
        unpack(sums, 4, a2, a3, bias)
        if (words === 3) unpack(sums, 8, a4, a5, bias)
      }
      for (let j = 0; j < k; j++) out[j] = 1 / (1 + Math.exp(-((sums[j] as number) * (model.scales[j] as number) + (model.bias[j] as number))))
    },
  }
}

const FORMAT = 'undertone-learned-cues-1'

interface LearnedCuesHeader {
  readonly format: string
  readonly bits: number
  readonly kinds: readonly CueKind[]
  readonly scales: readonly number[]
  readonly bias: readonly number[]
  readonly thresholds: readonly number[]
  readonly provenance: ModelProvenance
}

/** Encodes a learned-cues model and its provenance as a model file (a header line, then the int8 table). */
export function encodeLearnedCues(model: LearnedCuesModel, provenance: ModelProvenance): Uint8Array {
  const header: LearnedCuesHeader = {
    format: FORMAT,
    bits: model.bits,
    kinds: model.kinds,
    scales: [...model.scales],
    bias: [...model.bias],
    thresholds: [...model.thresholds],
    provenance,
  }
  return writeModelFile(header, new Uint8Array(model.codes.buffer, model.codes.byteOffset, model.codes.byteLength))
}

/** Decodes {@link encodeLearnedCues}' output, refusing a damaged or mismatched file. */
export function decodeLearnedCues(bytes: Uint8Array): { model: LearnedCuesModel; provenance: ModelProvenance } {
  const { header, payload } = readModelFile<LearnedCuesHeader>(bytes, 'learned-cues model', [FORMAT])
  const k = header.kinds.length
  if (payload.length !== (1 << header.bits) * k || header.scales.length !== k || header.bias.length !== k || header.thresholds.length !== k) {
    throw new Error('learned-cues model: table size does not match its header')
  }
  const codes = new Int8Array(payload.length)
  codes.set(new Int8Array(payload.buffer, payload.byteOffset, payload.length))
  return {
    model: { bits: header.bits, kinds: header.kinds, codes, scales: Float64Array.from(header.scales), bias: Float64Array.from(header.bias), thresholds: Float64Array.from(header.thresholds) },
    provenance: header.provenance,
  }
}
