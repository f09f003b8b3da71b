/**
 * Reading untrusted vendor JSON: every accessor either returns a value of the promised type or throws
 * `VendorPayloadError`, so an adapter never meets a `TypeError` on hostile input. Ids arrive as numbers
 * or strings and leave as strings; integers too long for a double are kept as the digits sent.
 */
import { VendorPayloadError } from '../connector-errors.js'
import type { CanonicalStatus, InboundRequest } from '../vendor-adapter.js'

/** The largest inbound event an adapter maps; anything bigger is refused before parsing. */
export const MAX_EVENT_BYTES = 4 * 1024 * 1024

/** A JSON object, as adapters read it. */
export type Fields = Readonly<Record<string, unknown>>

/** `value` as an object, or `VendorPayloadError` naming `what`. */
export function fields(value: unknown, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new VendorPayloadError(`${what} is not an object`)
  return value as Fields
}

/** `value` as an object, or undefined when it is anything else. */
export function optionalFields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined
}

/** `value` as an array, or `VendorPayloadError`. */
export function list(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new VendorPayloadError(`${what} is not a list`)
  return value
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 32) return true
  return false
}

/** An id sent as a string or an integer, as a string; undefined when absent (null, undefined or ''). */
export function optionalId(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'string') {
    const id = value.trim()
    if (id.length > 200 || hasControlCharacter(id)) throw new VendorPayloadError(`${what} is not an id`)
    return id === '' ? undefined : id
  }
  if (typeof value === 'number' && Number.isInteger(value)) {
    // A double beyond 2^53 has already lost digits: storing it would attach messages to another ticket.
    if (!Number.isSafeInteger(value)) throw new VendorPayloadError(`${what} is a number too large to be exact; send it as a string`)
    return String(value)
  }
  if (typeof value === 'bigint') return value.toString()
  throw new VendorPayloadError(`${what} is not an id`)
}

/** A required id, as a string. */
export function id(value: unknown, what: string): string {
  const result = optionalId(value, what)
  if (result === undefined) throw new VendorPayloadError(`${what} is missing`)
  return result
}

/** A string field; undefined when absent; `VendorPayloadError` when it is another type. */
export function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new VendorPayloadError(`${what} is not text`)
  return value
}

/** An enum value in any case (`"OPEN"`, `"open"`, `2`), lower-cased; undefined when absent or not a scalar. */
export function enumValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim().toLowerCase() || undefined
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/** A boolean sent as `true`, `"true"`, `"TRUE"` or `1`; undefined when absent or anything else. */
export function optionalBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  const text = enumValue(value)
  if (text === 'true' || text === '1') return true
  if (text === 'false' || text === '0') return false
  return undefined
}

/** An ISO-8601 time as milliseconds since the epoch, or `VendorPayloadError`. */
export function isoMillis(value: unknown, what: string): number {
  const at = typeof value === 'string' ? Date.parse(value) : Number.NaN
  if (!Number.isFinite(at)) throw new VendorPayloadError(`${what} is not an ISO-8601 time`)
  return at
}

/** A unix time in seconds (number or digits) as milliseconds, or `VendorPayloadError`. */
export function unixMillis(value: unknown, what: string): number {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isFinite(seconds) || seconds < 0) throw new VendorPayloadError(`${what} is not a unix time`)
  return Math.round(seconds * 1000)
}

/** Tags sent as a list of strings or as one space-separated string (Zendesk's `{{ticket.tags}}`). */
export function tagList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((tag) => tag !== '')
  if (Array.isArray(value)) return value.filter((tag): tag is string => typeof tag === 'string' && tag !== '')
  return undefined
}

/** The canonical status for the common spellings (open/new, pending/hold/snoozed, solved/resolved, closed). */
export function canonicalStatus(value: string | undefined): CanonicalStatus | undefined {
  switch (value) {
    case 'new':
    case 'open':
      return 'open'
    case 'pending':
    case 'hold':
    case 'on_hold':
    case 'snoozed':
      return 'pending'
    case 'solved':
    case 'resolved':
      return 'resolved'
    case 'closed':
      return 'closed'
    default:
      return undefined
  }
}

const NUMBER_CHAR = /[0-9.eE+-]/

/**
 * Parses JSON text, turning integer literals longer than 15 digits into strings first, so a 64-bit id
 * (Zendesk's can pass 2^53) keeps every digit. Strings in the text are left exactly as sent.
 */
export function parseJsonKeepingLongIntegers(text: string): unknown {
  let out = ''
  let copiedTo = 0
  let i = 0
  while (i < text.length) {
    const ch = text.charCodeAt(i)
    if (ch === 34 /* " */) {
      i++
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1
      i++
      continue
    }
    if ((ch >= 48 && ch <= 57) || ch === 45 /* - */) {
      let end = i + 1
      while (end < text.length && NUMBER_CHAR.test(text.charAt(end))) end++
      const literal = text.slice(i, end)
      if (/^-?\d{16,}$/.test(literal)) {
        out += text.slice(copiedTo, i) + '"' + literal + '"'
        copiedTo = end
      }
      i = end
      continue
    }
    i++
  }
  return JSON.parse(copiedTo === 0 ? text : out + text.slice(copiedTo)) as unknown
}

/**
 * The event body to map: the raw bytes re-parsed with long integers kept (the server's `JSON.parse` may
 * have rounded them), else the body as given. Refuses bodies over `MAX_EVENT_BYTES`.
 */
export function eventBody(body: unknown, request: InboundRequest): unknown {
  const size = request.rawBody?.byteLength ?? 0
  if (size > MAX_EVENT_BYTES) throw new VendorPayloadError(`the event is ${size} bytes; at most ${MAX_EVENT_BYTES} are read`)
  if (size === 0) return body
  try {
    return parseJsonKeepingLongIntegers(Buffer.from(request.rawBody.buffer, request.rawBody.byteOffset, size).toString('utf8'))
  } catch {
    if (body === undefined) throw new VendorPayloadError('the event is not JSON')
    return body
  }
}
