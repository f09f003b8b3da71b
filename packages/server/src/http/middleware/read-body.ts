import type { Context, MiddlewareHandler } from 'hono'
import { ProblemError } from '../../problem.js'
import { findUnsafeString } from '../../unsafe-string.js'

/** Reads the raw body, refusing it with 413 past `maxBytes` (declared or streamed): signatures are checked over these exact bytes. */
export async function readBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? '0')
  if (declared > maxBytes) throw new ProblemError('UT_E_TOO_LARGE', `the body is larger than ${maxBytes} bytes`)
  const reader = c.req.raw.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  if (reader !== undefined) {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel()
        throw new ProblemError('UT_E_TOO_LARGE', `the body is larger than ${maxBytes} bytes`)
      }
      chunks.push(value)
    }
  }
  return Buffer.concat(chunks)
}

/** Reads the raw body with a size cap as strict UTF-8 text (no NUL: PostgreSQL cannot store it). */
export async function readText(c: Context, maxBytes: number): Promise<string> {
  const bytes = await readBytes(c, maxBytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ProblemError('UT_E_BAD_ENCODING', 'the body is not valid UTF-8')
  }
  // Strict decoding leaves no lone surrogate; a NUL is valid UTF-8 but PostgreSQL cannot store it.
  const nul = text.indexOf('\u0000')
  if (nul >= 0) throw new ProblemError('UT_E_BAD_ENCODING', `the body contains a NUL character at offset ${nul}`)
  return text
}

/** Parses a JSON body read by `readText`, refusing strings no store can hold. */
function parseJson(text: string): unknown {
  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch (err) {
    throw new ProblemError('UT_E_BAD_JSON', `the body is not valid JSON: ${(err as Error).message}`)
  }
  const unsafe = findUnsafeString(value)
  if (unsafe !== undefined) throw new ProblemError('UT_E_VALIDATION', `"${unsafe.path}" ${unsafe.message}`, [unsafe])
  return value
}

/** What `jsonBody` leaves on the context: the body as sent, parsed (before any schema). */
export interface JsonBodyVariables {
  rawBody: unknown
}

/**
 * A route's JSON body, read before its schema checks it: `application/json` only, at most
 * `maxBytes`, strict UTF-8, valid JSON with no string a store cannot hold. The text is left in
 * the request's body cache, where the route's validator reads it.
 */
export function jsonBody(maxBytes: number): MiddlewareHandler<{ Variables: JsonBodyVariables }> {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? ''
    if (!type.toLowerCase().includes('application/json')) throw new ProblemError('UT_E_UNSUPPORTED_MEDIA', 'send the body as application/json')
    const text = await readText(c, maxBytes)
    c.set('rawBody', parseJson(text))
    // The cache holds promises (Hono's type says strings): the validator's `c.req.json()` awaits it.
    ;(c.req.bodyCache as unknown as { text?: Promise<string> }).text = Promise.resolve(text)
    await next()
  }
}
