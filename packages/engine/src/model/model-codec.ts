import type { FeatureConfig } from './extract-features.js'
import type { EmotionHeadsModel, HeadBlock } from './emotion-heads.js'
import { readModelFile, writeModelFile } from './model-file.js'
import type { SentimentModel } from './sentiment-model.js'

/** Where a model came from: shipped with it so users can audit data and licences. */
export interface ModelProvenance {
  /** A version label, e.g. "base-2025.1+<recipe hash>". */
  readonly version: string
  /** Training sets with their licences and how they were used. */
  readonly datasets: readonly { readonly name: string; readonly licence: string; readonly rows: number; readonly weight?: number }[]
  /** Third-party resources bundled in the model (e.g. a lexicon) and their attribution. */
  readonly attributions?: readonly string[]
  /** Validation metrics at training time (macroRecall, macroF1, accuracy, …). */
  readonly metrics?: Readonly<Record<string, number>>
  /** The recipe (hyper-parameters, seed) that produced the weights. */
  readonly recipe?: Readonly<Record<string, unknown>>
}

const FORMAT = 'undertone-sentiment/1'

interface Header {
  readonly format: string
  readonly provenance: ModelProvenance
  readonly classes: readonly string[]
  readonly features: FeatureConfig
  readonly lexiconScale: number
  readonly bias: number[]
  readonly classBias: number[]
  /** Weight = int8 code × scale. */
  readonly scale: number
  readonly weightCount: number
  /** Lexicon as [word, value × 100] pairs; absent → none. */
  readonly lexicon?: [string, number][]
}

/** The int8 step that keeps all but the most extreme 0.001 % of weights unclipped. */
export function quantScale(w: Float32Array): number {
  const abs = new Float32Array(w.length)
  for (let i = 0; i < w.length; i++) abs[i] = Math.abs(w[i] as number)
  abs.sort()
  const q = abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.99999))] as number
  return q > 0 ? q / 127 : 1
}

/**
 * Encodes a model as a model file (see `model-file.ts`): a JSON header line (config, provenance,
 * biases, lexicon), then the int8-quantised weights.
 */
export function encodeModel(model: SentimentModel, provenance: ModelProvenance): Uint8Array {
  const scale = quantScale(model.weights)
  const bytes = new Uint8Array(model.weights.length)
  for (let i = 0; i < bytes.length; i++) {
    const q = Math.round((model.weights[i] as number) / scale)
    bytes[i] = (q > 127 ? 127 : q < -127 ? -127 : q) & 0xff
  }
  let lexicon: [string, number][] | undefined
  if (model.lexicon !== undefined) {
    lexicon = []
    // Entries with spaces can never match a single token; leave them out.
    for (const [w, v] of model.lexicon) if (w.indexOf(' ') < 0) lexicon.push([w, Math.round(v * 100)])
  }
  const header: Header = {
    format: FORMAT,
    provenance,
    classes: model.classes,
    features: model.features,
    lexiconScale: model.lexiconScale,
    bias: Array.from(model.bias),
    classBias: Array.from(model.classBias),
    scale,
    weightCount: model.weights.length,
    ...(lexicon === undefined ? {} : { lexicon }),
  }
  return writeModelFile(header, bytes)
}

/** Decodes {@link encodeModel}'s bytes. Throws on a foreign or damaged encoding. */
export function decodeModel(file: Uint8Array): { model: SentimentModel; provenance: ModelProvenance } {
  const { header, payload: bytes } = readModelFile<Header>(file, 'model', [FORMAT])
  if (bytes.length !== header.weightCount || header.weightCount !== (1 << header.features.bits) * header.classes.length) {
    throw new Error('model weights are truncated or do not match the feature config')
  }
  const weights = new Float32Array(bytes.length)
  const scale = header.scale
  for (let i = 0; i < bytes.length; i++) weights[i] = (((bytes[i] as number) << 24) >> 24) * scale
  let lexicon: Map<string, number> | undefined
  if (header.lexicon !== undefined) {
    lexicon = new Map()
    for (const [w, v] of header.lexicon) lexicon.set(w, v / 100)
  }
  const model: SentimentModel = {
    classes: header.classes,
    features: header.features,
    lexiconScale: header.lexiconScale,
    weights,
    bias: Float32Array.from(header.bias),
    classBias: Float32Array.from(header.classBias),
    ...(lexicon === undefined ? {} : { lexicon }),
  }
  return { model, provenance: header.provenance }
}

// ---------------------------------------------------------------------------------------------
// Emotion heads (a second model file): 'undertone-heads/2'
// ---------------------------------------------------------------------------------------------

const HEADS_FORMAT = 'undertone-heads/2'
/** Older files (always 8-bit codes) still decode. */
const HEADS_FORMAT_V1 = 'undertone-heads/1'

interface BlockHeader {
  readonly names: readonly string[]
  readonly kinds: readonly ('logistic' | 'regression')[]
  readonly bits: number
  readonly softmax?: boolean
  readonly bias: number[]
  readonly dense: number[]
  readonly calA: number[]
  readonly calB: number[]
  readonly thresholds: number[]
  /** Per-head step: weight = code × scales[h]. */
  readonly scales: number[]
  /** Bits per stored code: 8 (int8, default) or 4 (two codes per byte, −7..7). */
  readonly codeBits?: 4 | 8
  /** Byte offset of this block in the payload; buckets with any non-zero code, then their codes. */
  readonly offset: number
  readonly present: number
}

interface HeadsHeader {
  readonly format: string
  readonly provenance: ModelProvenance
  readonly bits: number
  readonly heads: BlockHeader
  readonly goemotions?: BlockHeader
  readonly bytes: number
}

/** Largest code magnitude for a code width. */
function codeLevels(codeBits: 4 | 8): number {
  return codeBits === 4 ? 7 : 127
}

/**
 * Per-head step: the 99.999th percentile of |weight| maps to the largest code (127 for 8-bit codes,
 * 7 for 4-bit; rarer extremes are clipped). A decoded model's largest |weight| is then that many
 * steps, so it re-encodes to the same codes.
 */
function headScales(w: Float32Array, k: number, codeBits: 4 | 8 = 8): number[] {
  const n = w.length / k
  const col = new Float32Array(n)
  const out: number[] = []
  const levels = codeLevels(codeBits)
  for (let h = 0; h < k; h++) {
    for (let j = 0; j < n; j++) col[j] = Math.abs(w[j * k + h] as number)
    col.sort()
    const q = col[Math.min(n - 1, Math.floor(n * 0.99999))] as number
    out.push(q > 0 ? q / levels : 1)
  }
  return out
}

/**
 * The weights a block will have after encoding and decoding with `codeBits`-bit codes (`weights[j·k + h]`),
 * so training can calibrate and tune thresholds on exactly what ships. Encoding the result again
 * gives the same codes.
 */
export function quantizeHeadWeights(weights: Float32Array, k: number, codeBits: 4 | 8): Float32Array {
  const scales = headScales(weights, k, codeBits)
  const levels = codeLevels(codeBits)
  const out = new Float32Array(weights.length)
  for (let i = 0; i < weights.length; i++) {
    const s = scales[i % k] as number
    const q = Math.round((weights[i] as number) / s)
    out[i] = (q > levels ? levels : q < -levels ? -levels : q) * s
  }
  return out
}

function encodeBlock(b: HeadBlock, offset: number): { header: BlockHeader; bytes: Uint8Array } {
  const k = b.names.length
  const dim = 1 << b.bits
  const codeBits = b.codeBits ?? 8
  const levels = codeLevels(codeBits)
  const scales = headScales(b.weights, k, codeBits)
  const codes = new Int8Array(dim * k)
  for (let i = 0; i < codes.length; i++) {
    const q = Math.round((b.weights[i] as number) / (scales[i % k] as number))
    codes[i] = q > levels ? levels : q < -levels ? -levels : q
  }
  // Sparse storage: a bitmap of buckets with any non-zero code, then those buckets' codes
  // (8-bit: one byte each; 4-bit: code + 8 in a nibble, low nibble first).
  const bitmap = new Uint8Array(dim >> 3 || 1)
  let present = 0
  for (let j = 0; j < dim; j++) {
    let any = false
    for (let h = 0; h < k; h++) if (codes[j * k + h] !== 0) any = true
    if (any) {
      bitmap[j >> 3] = (bitmap[j >> 3] as number) | (1 << (j & 7))
      present++
    }
  }
  const bytes = new Uint8Array(bitmap.length + (codeBits === 4 ? Math.ceil((present * k) / 2) : present * k))
  bytes.set(bitmap, 0)
  let o = bitmap.length
  let nib = 0
  for (let j = 0; j < dim; j++) {
    if (((bitmap[j >> 3] as number) & (1 << (j & 7))) === 0) continue
    for (let h = 0; h < k; h++) {
      const c = codes[j * k + h] as number
      if (codeBits === 8) bytes[o++] = c & 0xff
      else {
        const at = o + (nib >> 1)
        bytes[at] = (bytes[at] as number) | ((c + 8) << ((nib & 1) * 4))
        nib++
      }
    }
  }
  const header: BlockHeader = {
    names: b.names,
    kinds: b.kinds,
    bits: b.bits,
    ...(b.softmax === true ? { softmax: true } : {}),
    bias: Array.from(b.bias),
    dense: Array.from(b.dense),
    calA: Array.from(b.calA),
    calB: Array.from(b.calB),
    thresholds: Array.from(b.thresholds),
    scales,
    ...(codeBits === 4 ? { codeBits } : {}),
    offset,
    present,
  }
  return { header, bytes }
}

function decodeBlock(h: BlockHeader, payload: Uint8Array): HeadBlock {
  const k = h.names.length
  const dim = 1 << h.bits
  const bitmapLen = dim >> 3 || 1
  const codeBits = h.codeBits ?? 8
  if (codeBits !== 8 && codeBits !== 4) throw new Error(`unsupported code width ${String(codeBits)}`)
  const codeBytes = codeBits === 4 ? Math.ceil((h.present * k) / 2) : h.present * k
  if (h.offset + bitmapLen + codeBytes > payload.length) throw new Error('emotion head weights are truncated')
  const weights = new Float32Array(dim * k)
  const scales = Float32Array.from(h.scales)
  let o = h.offset + bitmapLen
  let nib = 0
  for (let j = 0; j < dim; j++) {
    if (((payload[h.offset + (j >> 3)] as number) & (1 << (j & 7))) === 0) continue
    const base = j * k
    if (codeBits === 8) {
      for (let c = 0; c < k; c++) weights[base + c] = (((payload[o++] as number) << 24) >> 24) * (scales[c] as number)
    } else {
      for (let c = 0; c < k; c++) {
        const byte = payload[o + (nib >> 1)] as number
        weights[base + c] = (((byte >> ((nib & 1) * 4)) & 15) - 8) * (scales[c] as number)
        nib++
      }
    }
  }
  const block: HeadBlock = {
    names: h.names,
    kinds: h.kinds,
    bits: h.bits,
    weights,
    bias: Float32Array.from(h.bias),
    dense: Float32Array.from(h.dense),
    calA: Float32Array.from(h.calA),
    calB: Float32Array.from(h.calB),
    thresholds: Float32Array.from(h.thresholds),
    ...(codeBits === 4 ? { codeBits: 4 as const } : {}),
  }
  return h.softmax === true ? { ...block, softmax: true } : block
}

/**
 * Encodes learned emotion heads as a model file: a JSON header line (block configs, biases,
 * calibration, thresholds, provenance), then the quantised weights of each block (8-bit
 * codes, or 4-bit where the block says `codeBits: 4`), stored sparsely (a bucket bitmap, then the
 * codes of buckets with any non-zero weight).
 */
export function encodeEmotionHeads(model: EmotionHeadsModel, provenance: ModelProvenance): Uint8Array {
  const heads = encodeBlock(model.heads, 0)
  const go = model.goemotions === undefined ? undefined : encodeBlock(model.goemotions, heads.bytes.length)
  const bytes = new Uint8Array(heads.bytes.length + (go?.bytes.length ?? 0))
  bytes.set(heads.bytes, 0)
  if (go !== undefined) bytes.set(go.bytes, heads.bytes.length)
  const header: HeadsHeader = {
    format: HEADS_FORMAT,
    provenance,
    bits: model.bits,
    heads: heads.header,
    ...(go === undefined ? {} : { goemotions: go.header }),
    bytes: bytes.length,
  }
  return writeModelFile(header, bytes)
}

/** Decodes {@link encodeEmotionHeads}' bytes. Throws on a foreign or damaged encoding. */
export function decodeEmotionHeads(file: Uint8Array): { model: EmotionHeadsModel; provenance: ModelProvenance } {
  const { header, payload } = readModelFile<HeadsHeader>(file, 'emotion heads', [HEADS_FORMAT, HEADS_FORMAT_V1])
  if (payload.length !== header.bytes) throw new Error('emotion head weights are truncated')
  const heads = decodeBlock(header.heads, payload)
  const model: EmotionHeadsModel =
    header.goemotions === undefined ? { bits: header.bits, heads } : { bits: header.bits, heads, goemotions: decodeBlock(header.goemotions, payload) }
  return { model, provenance: header.provenance }
}

// ---------------------------------------------------------------------------------------------
// The on-demand GoEmotions block on its own (a third model file, loaded only when asked for):
// 'undertone-goemotions/1'
// ---------------------------------------------------------------------------------------------

const GOEMOTIONS_FORMAT = 'undertone-goemotions/1'

interface GoemotionsHeader {
  readonly format: string
  readonly provenance: ModelProvenance
  /** The sentiment model's bits (the block reads its feature vector). */
  readonly bits: number
  readonly block: BlockHeader
  readonly bytes: number
}

/**
 * Encodes the on-demand GoEmotions block of `model` on its own (same layout as one block of
 * {@link encodeEmotionHeads}), so the always-on heads can ship without it. Throws when absent.
 */
export function encodeGoemotionsBlock(model: EmotionHeadsModel, provenance: ModelProvenance): Uint8Array {
  if (model.goemotions === undefined) throw new Error('the model has no GoEmotions block')
  const b = encodeBlock(model.goemotions, 0)
  const header: GoemotionsHeader = { format: GOEMOTIONS_FORMAT, provenance, bits: model.bits, block: b.header, bytes: b.bytes.length }
  return writeModelFile(header, b.bytes)
}

/**
 * Decodes {@link encodeGoemotionsBlock}'s bytes. Attach the result to the always-on heads with
 * {@link withGoemotions}. Throws on a foreign or damaged encoding.
 */
export function decodeGoemotionsBlock(file: Uint8Array): { bits: number; block: HeadBlock; provenance: ModelProvenance } {
  const { header, payload } = readModelFile<GoemotionsHeader>(file, 'GoEmotions block', [GOEMOTIONS_FORMAT])
  if (payload.length !== header.bytes) throw new Error('GoEmotions block weights are truncated')
  return { bits: header.bits, block: decodeBlock(header.block, payload), provenance: header.provenance }
}

/** The always-on heads with a separately decoded GoEmotions block attached (bits must match). */
export function withGoemotions(heads: EmotionHeadsModel, go: { bits: number; block: HeadBlock }): EmotionHeadsModel {
  if (go.bits !== heads.bits) throw new Error('GoEmotions block does not match the heads (bits)')
  return { bits: heads.bits, heads: heads.heads, goemotions: go.block }
}

/** The heads without the on-demand block (what {@link encodeEmotionHeads} should get for the always-on file). */
export function withoutGoemotions(heads: EmotionHeadsModel): EmotionHeadsModel {
  return { bits: heads.bits, heads: heads.heads }
}
