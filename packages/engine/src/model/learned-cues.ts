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
import { allocateWordSlot, setWordSlot, wordSlot } from '../text/word-class.js'
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

/**
 * Creates the scorer of `model`. Its codes are repacked as in the emotion predictor's table: each
 * bucket's (up to 8) kinds as bytes biased by +128 in two 32-bit words, summed two lanes at a time in
 * 16-bit halves that cannot carry over for 256 additions, so a token costs two loads per feature
 * instead of one per kind (the learned cues were 6% of a read with a byte at a time).
 */
export function createLearnedCueScorer(model: LearnedCuesModel): LearnedCueScorer {
  const k = model.kinds.length
  const packed = packedCodes(model)
  const words = recordWords(k)
  const sums = new Float64Array(MAX_KINDS)
  let buf = new Int32Array(256)
  return {
    model,
    score(tokens, from, to, out) {
      const need = maxLearnedCueBuckets(to - from)
      if (buf.length < need) buf = new Int32Array(need * 2)
      const n = learnedCueBuckets(tokens, from, to, model.bits, buf)
      sums.fill(0)
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
        sums[0] = (sums[0] as number) + (a0 & 0xffff) - bias
        sums[2] = (sums[2] as number) + (a0 >>> 16) - bias
        sums[1] = (sums[1] as number) + (a1 & 0xffff) - bias
        sums[3] = (sums[3] as number) + (a1 >>> 16) - bias
        sums[4] = (sums[4] as number) + (a2 & 0xffff) - bias
        sums[6] = (sums[6] as number) + (a2 >>> 16) - bias
        sums[5] = (sums[5] as number) + (a3 & 0xffff) - bias
        sums[7] = (sums[7] as number) + (a3 >>> 16) - bias
        if (words === 3) {
          sums[8] = (sums[8] as number) + (a4 & 0xffff) - bias
          sums[10] = (sums[10] as number) + (a4 >>> 16) - bias
          sums[9] = (sums[9] as number) + (a5 & 0xffff) - bias
          sums[11] = (sums[11] as number) + (a5 >>> 16) - bias
        }
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
