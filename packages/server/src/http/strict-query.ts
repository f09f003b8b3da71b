/** Query parameters read strictly: a list's filters either mean something or answer 400 naming the parameter, never an empty list by accident. */
import type { Context } from 'hono'
import { ProblemError } from '../problem.js'

const refuse = (name: string, detail: string, message: string) => new ProblemError('UT_E_VALIDATION', `"${name}" ${detail}`, [{ path: name, message }])

/** The value of a parameter given once; `undefined` when absent or empty. A repeated parameter is refused rather than half read. */
export function textParam(c: Context, name: string, maxLength = 200): string | undefined {
  const all = c.req.queries(name)
  if (all === undefined) return undefined
  if (all.length > 1) throw refuse(name, 'may be given once', 'repeated')
  const raw = all[0] ?? ''
  if (raw === '') return undefined
  if (raw.length > maxLength) throw refuse(name, `may be at most ${maxLength} characters`, 'too long')
  return raw
}

/** A parameter that must match `pattern` (codes, languages): `what` says in words what it should look like. */
export function patternParam(c: Context, name: string, pattern: RegExp, what: string): string | undefined {
  const raw = textParam(c, name, 100)
  if (raw !== undefined && !pattern.test(raw)) throw refuse(name, `must be ${what}`, 'not valid')
  return raw
}

/** One of a fixed set of words; `fallback` when absent. */
export function choiceParam<T extends string>(c: Context, name: string, choices: readonly T[], fallback: T): T
export function choiceParam<T extends string>(c: Context, name: string, choices: readonly T[]): T | undefined
export function choiceParam<T extends string>(c: Context, name: string, choices: readonly T[], fallback?: T): T | undefined {
  const raw = textParam(c, name, 100)
  if (raw === undefined) return fallback
  if (!(choices as readonly string[]).includes(raw)) throw refuse(name, `must be one of ${choices.join(', ')}`, 'not one of the choices')
  return raw as T
}

/** A whole number from `min` to `max`; outside that range is a 400, not clamped (a filter that moved silently would mislead). */
export function wholeParam(c: Context, name: string, min: number, max: number): number | undefined {
  const raw = textParam(c, name, 20)
  if (raw === undefined) return undefined
  const n = /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) throw refuse(name, `must be a whole number from ${min} to ${max}`, 'out of range')
  return n
}

/** A plain decimal number (no exponent, no sign) from 0 to `max`. */
export function amountParam(c: Context, name: string, max: number): number | undefined {
  const raw = textParam(c, name, 30)
  if (raw === undefined) return undefined
  const n = /^\d{1,15}(\.\d{1,6})?$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isFinite(n) || n > max) throw refuse(name, `must be a number from 0 to ${max}`, 'not a number in range')
  return n
}

/** Refuses parameters the route does not know, so a misspelt filter (`segmnet=smb`) is a 400 and not the whole list. */
export function onlyParams(c: Context, known: readonly string[]): void {
  const unknown = Object.keys(c.req.queries()).filter((k) => !known.includes(k))
  if (unknown.length > 0) throw new ProblemError('UT_E_VALIDATION', `unknown query parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; this route takes ${known.join(', ')}`, unknown.map((k) => ({ path: k, message: 'unknown' })))
}

/** Which page of a list: `page` from 1, `page_size` from 1 to `maxSize` (`limit` is an older name for `page_size`). */
export interface PageParams {
  readonly page: number
  readonly pageSize: number
  readonly offset: number
}

/** Reads `page`, `page_size` (or its older name `limit`) strictly. */
export function pageParams(c: Context, defaultSize: number, maxSize: number): PageParams {
  const page = wholeParam(c, 'page', 1, 100_000) ?? 1
  const size = wholeParam(c, 'page_size', 1, maxSize)
  const limit = wholeParam(c, 'limit', 1, maxSize)
  if (size !== undefined && limit !== undefined) throw refuse('limit', 'is an older name for "page_size": give one of them', 'both given')
  const pageSize = size ?? limit ?? defaultSize
  return { page, pageSize, offset: (page - 1) * pageSize }
}
