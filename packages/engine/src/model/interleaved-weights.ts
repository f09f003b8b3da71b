/**
 * The sentiment model's and the always-on heads' weights in one int8 table, for the emotion
 * predictor: every output of a bucket in one 16-byte record, so one cache line serves them all.
 */
import { type EmotionHeadsModel, HEAD_COUNT } from './emotion-heads.js'
import type { SentimentModel } from './sentiment-model.js'

const STRIDE = 16
/** Outputs per bucket: the 3 sentiment classes, then the heads. The SWAR sums below assume 8 heads. */
export const OUTS = 3 + HEAD_COUNT

/** Max-abs int8 scale of every `stride`-th value starting at `offset` (so decoded int8 weights round-trip exactly). */
function int8Scale(w: Float32Array, offset: number, stride: number): number {
  let m = 0
  for (let i = offset; i < w.length; i += stride) {
    const a = Math.abs(w[i] as number)
    if (a > m) m = a
  }
  return m > 0 ? m / 127 : 1
}

/**
 * The interleaved table: bucket b's 16-byte record holds the 3 sentiment int8 codes (bytes
 * 0–2), then the HEAD_COUNT head codes biased by +128 (bytes 4–11, two 32-bit words of 4 unsigned
 * lanes each), so one cache line serves every output of a bucket and the heads can be summed four
 * at a time (SWAR). Each output has its own scale. Weights decoded from the codecs are int8
 * codes × scale, so this reproduces them exactly. Heads folded to fewer bits are unfolded here.
 */
export class InterleavedWeights {
  readonly t8: Int8Array
  readonly t32: Int32Array
  /** Per output: weight = int8 code × scale. */
  readonly scales: Float64Array
  private readonly sums = new Float64Array(OUTS)

  constructor(sentiment: SentimentModel, heads: EmotionHeadsModel) {
    const dim = 1 << sentiment.features.bits
    const buffer = new ArrayBuffer(dim * STRIDE)
    const t8 = new Int8Array(buffer)
    const t32 = new Int32Array(buffer)
    const scales = new Float64Array(OUTS)
    const sw = sentiment.weights
    const sScale = int8Scale(sw, 0, 1)
    for (let c = 0; c < 3; c++) scales[c] = sScale
    const hw = heads.heads.weights
    const fold = (1 << heads.heads.bits) - 1
    for (let h = 0; h < HEAD_COUNT; h++) scales[3 + h] = int8Scale(hw, h, HEAD_COUNT)
    const q = (v: number, s: number): number => {
      const r = Math.round(v / s)
      return r > 127 ? 127 : r < -127 ? -127 : r
    }
    for (let b = 0; b < dim; b++) {
      const o = b * STRIDE
      const hb = (b & fold) * HEAD_COUNT
      for (let c = 0; c < 3; c++) t8[o + c] = q(sw[b * 3 + c] as number, sScale)
      for (let w = 0; w < 2; w++) {
        let word = 0
        for (let l = 0; l < 4; l++) word |= (q(hw[hb + w * 4 + l] as number, scales[3 + w * 4 + l] as number) + 128) << (8 * l)
        t32[b * 4 + 1 + w] = word
      }
    }
    this.t8 = t8
    this.t32 = t32
    this.scales = scales
  }

  /** Int8 code of output o (0–2 sentiment, 3+h head h) at bucket b. */
  code(b: number, o: number): number {
    return o < 3 ? (this.t8[b * STRIDE + o] as number) : (((this.t32[b * 4 + 1 + ((o - 3) >> 2)] as number) >>> (8 * ((o - 3) & 3))) & 255) - 128
  }

  /**
   * Sums the int8 codes of every output over buckets `idx[from, to)` into one array it reuses
   * (heads unbiased). The sentiment codes are read as bytes; the heads four at a time: each 32-bit word
   * holds 4 biased codes, split into even and odd 16-bit lanes that cannot carry over for up to
   * 257 additions, so they are unpacked every 256 buckets.
   */
  sumCodes(idx: Int32Array, from: number, to: number, withHeads: boolean): Float64Array {
    const t8 = this.t8
    const t32 = this.t32
    const out = this.sums.fill(0)
    let c0 = 0
    let c1 = 0
    let c2 = 0
    for (let start = from; start < to; start += 256) {
      const end = Math.min(to, start + 256)
      let a0 = 0
      let a1 = 0
      let a2 = 0
      let a3 = 0
      for (let i = start; i < end; i++) {
        const bk = idx[i] as number
        const b = bk * STRIDE
        c0 += t8[b] as number
        c1 += t8[b + 1] as number
        c2 += t8[b + 2] as number
        if (withHeads) {
          const x = t32[bk * 4 + 1] as number
          const y = t32[bk * 4 + 2] as number
          a0 += x & 0xff00ff
          a1 += (x >>> 8) & 0xff00ff
          a2 += y & 0xff00ff
          a3 += (y >>> 8) & 0xff00ff
        }
      }
      if (withHeads) {
        const bias = 128 * (end - start)
        out[3] = (out[3] as number) + (a0 & 0xffff) - bias
        out[5] = (out[5] as number) + (a0 >>> 16) - bias
        out[4] = (out[4] as number) + (a1 & 0xffff) - bias
        out[6] = (out[6] as number) + (a1 >>> 16) - bias
        out[7] = (out[7] as number) + (a2 & 0xffff) - bias
        out[9] = (out[9] as number) + (a2 >>> 16) - bias
        out[8] = (out[8] as number) + (a3 & 0xffff) - bias
        out[10] = (out[10] as number) + (a3 >>> 16) - bias
      }
    }
    out[0] = c0
    out[1] = c1
    out[2] = c2
    return out
  }
}
