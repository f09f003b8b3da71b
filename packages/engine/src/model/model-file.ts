/**
 * The container every model file uses: one JSON header line (ASCII), a newline, then the weights
 * as raw bytes. The header carries the payload's length and checksum, so a truncated or altered
 * file (a Git LFS pointer, a line-ending conversion) is refused instead of read as other weights.
 * `head -1 file.bin` shows the header.
 */
import { fromBase64 } from './base64.js'

/** What every model file header has; each codec adds its own fields. */
export interface ModelFileHeader {
  readonly format: string
}

/** FNV-1a (32-bit) of bytes: cheap, and enough to catch damage (it is not a signature). */
function checksum(bytes: Uint8Array): string {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193)
  return `fnv1a32:${(h >>> 0).toString(16).padStart(8, '0')}`
}

/**
 * The header as ASCII JSON: characters beyond ASCII (in licences and dataset names) are written as
 * \u escapes, which JSON.parse reads back, so no UTF-8 codec is needed to write or read it.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Writes a model file: `header` (plus payload length and checksum) as one line, then `payload`. */
export function writeModelFile(header: ModelFileHeader, payload: Uint8Array): Uint8Array {
  const line = asciiJson({ ...header, payloadBytes: payload.length, checksum: checksum(payload) })
  const out = new Uint8Array(line.length + 1 + payload.length)
  for (let i = 0; i < line.length; i++) out[i] = line.charCodeAt(i)
  out[line.length] = 0x0a
  out.set(payload, line.length + 1)
  return out
}

/** Bytes as one character each: the text of ASCII bytes (headers, base64), built a chunk at a time. */
function ascii(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192))
  return s
}

/** Decodes UTF-8 (headers of base64-era files were written as UTF-8 text; ours are ASCII). */
function utf8(bytes: Uint8Array): string {
  if (bytes.every((b) => b < 0x80)) return ascii(bytes)
  let s = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i++] as number
    let cp = b
    if (b >= 0xf0) cp = ((b & 7) << 18) | (((bytes[i++] as number) & 63) << 12) | (((bytes[i++] as number) & 63) << 6) | ((bytes[i++] as number) & 63)
    else if (b >= 0xe0) cp = ((b & 15) << 12) | (((bytes[i++] as number) & 63) << 6) | ((bytes[i++] as number) & 63)
    else if (b >= 0xc0) cp = ((b & 31) << 6) | ((bytes[i++] as number) & 63)
    s += String.fromCodePoint(cp)
  }
  return s
}

/**
 * Splits a model file into its header and weight bytes, checking its format (one of `formats`),
 * length and checksum. Files from before the weights were binary (no checksum in the header,
 * base64 text after it) still read. `what` names the kind of file in errors.
 */
export function readModelFile<H extends ModelFileHeader>(bytes: Uint8Array, what: string, formats: readonly string[]): { header: H; payload: Uint8Array } {
  const nl = bytes.indexOf(0x0a)
  if (nl < 0) throw new Error(`not an encoded ${what}`)
  let header: H & { payloadBytes?: number; checksum?: string }
  try {
    header = JSON.parse(utf8(bytes.subarray(0, nl))) as H & { payloadBytes?: number; checksum?: string }
  } catch {
    throw new Error(`not an encoded ${what}`)
  }
  if (header === null || typeof header !== 'object') throw new Error(`not an encoded ${what}`)
  if (!formats.includes(header.format)) throw new Error(`unsupported ${what} format ${String(header.format)}`)
  const rest = bytes.subarray(nl + 1)
  if (header.checksum === undefined) {
    return { header, payload: fromBase64(ascii(rest)) }
  }
  if (rest.length !== header.payloadBytes || checksum(rest) !== header.checksum) throw new Error(`${what}: weights are truncated or damaged (checksum)`)
  return { header, payload: rest }
}
