import type { DomainTerm } from '../domain/domain-profile.js'
import { fromBase64, toBase64 } from '../model/base64.js'
import type { AdapterWeights } from './adapter-weights.js'

const FORMAT = 'undertone-adapter/1'
/** Weights smaller than this in every output are dropped when stored: they move a reading by a rounding step at most. */
const PRUNE = 1e-3

interface Header {
  readonly format: string
  readonly version: string
  readonly examples: number
  readonly languages: Record<string, number>
  readonly terms: readonly DomainTerm[]
  readonly emotionTrained: readonly boolean[]
  readonly sentimentBias: Record<string, number[]>
  readonly emotionBias: number[]
  readonly sentiment: number
  readonly emotions: number
}

function pack(map: ReadonlyMap<number, Float32Array>, k: number, trained?: readonly boolean[]): { count: number; bytes: Uint8Array } {
  const keys = [...map.keys()].filter((b) => {
    const w = map.get(b) as Float32Array
    for (let c = 0; c < k; c++) if ((trained === undefined || trained[c] === true) && Math.abs(w[c] as number) >= PRUNE) return true
    return false
  })
  keys.sort((a, b) => a - b)
  const idx = Int32Array.from(keys)
  const w = new Float32Array(keys.length * k)
  keys.forEach((b, i) => {
    w.set(map.get(b) as Float32Array, i * k)
  })
  const bytes = new Uint8Array(idx.byteLength + w.byteLength)
  bytes.set(new Uint8Array(idx.buffer), 0)
  bytes.set(new Uint8Array(w.buffer), idx.byteLength)
  return { count: keys.length, bytes }
}

function unpack(bytes: Uint8Array, offset: number, count: number, k: number): Map<number, Float32Array> {
  const copy = bytes.slice(offset, offset + count * 4 * (1 + k))
  const idx = new Int32Array(copy.buffer, 0, count)
  const w = new Float32Array(copy.buffer, count * 4, count * k)
  const out = new Map<number, Float32Array>()
  for (let i = 0; i < count; i++) out.set(idx[i] as number, w.slice(i * k, (i + 1) * k))
  return out
}

/** Serialises adapter weights to one string (a JSON header line, then base64 of the weights). */
export function encodeAdapter(w: AdapterWeights): string {
  const s = pack(w.sentiment, 3)
  const e = pack(w.emotions, w.emotionBias.length, w.emotionTrained)
  const header: Header = {
    format: FORMAT,
    version: w.version,
    examples: w.examples,
    languages: { ...w.languages },
    terms: w.terms,
    emotionTrained: w.emotionTrained,
    sentimentBias: Object.fromEntries([...w.sentimentBias].map(([lang, b]) => [lang, [...b]])),
    emotionBias: [...w.emotionBias],
    sentiment: s.count,
    emotions: e.count,
  }
  const bytes = new Uint8Array(s.bytes.length + e.bytes.length)
  bytes.set(s.bytes, 0)
  bytes.set(e.bytes, s.bytes.length)
  return `${JSON.stringify(header)}\n${toBase64(bytes)}`
}

/** Inverse of {@link encodeAdapter}; throws on another format. */
export function decodeAdapter(text: string): AdapterWeights {
  const nl = text.indexOf('\n')
  if (nl < 0) throw new Error('not an adapter: no header line')
  const h = JSON.parse(text.slice(0, nl)) as Header
  if (h.format !== FORMAT) throw new Error(`unknown adapter format ${String(h.format)}`)
  const bytes = fromBase64(text.slice(nl + 1))
  const k = h.emotionBias.length
  const sentiment = unpack(bytes, 0, h.sentiment, 3)
  const emotions = unpack(bytes, h.sentiment * 16, h.emotions, k)
  return {
    version: h.version,
    examples: h.examples,
    languages: h.languages,
    terms: h.terms,
    emotionTrained: h.emotionTrained,
    sentimentBias: new Map(Object.entries(h.sentimentBias).map(([lang, b]) => [lang, Float32Array.from(b)])),
    emotionBias: Float32Array.from(h.emotionBias),
    sentiment,
    emotions,
  }
}
