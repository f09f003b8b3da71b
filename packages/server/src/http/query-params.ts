import type { Context } from 'hono'
import { ProblemError } from '../problem.js'

const DAY = 86_400_000
/** Instants before this are not support history (and `Date.parse` takes years back to -271821). */
const EARLIEST = Date.UTC(1970, 0, 1)
/** How far past the clock a requested instant may lie (a forecast window, a clock ahead of ours). */
const LATEST_AHEAD = 366 * DAY

/**
 * A whole-number query parameter: `fallback` when absent, clamped to `[min, max]`; anything else
 * (`1.5`, `abc`, `1e400`) is a 400 naming the parameter instead of reaching SQL as a `LIMIT 1.5`.
 */
export function intParam(c: Context, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name)
  if (raw === undefined || raw === '') return fallback
  const n = /^-?\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(n)) throw new ProblemError('UT_E_VALIDATION', `"${name}" must be a whole number from ${min} to ${max}`, [{ path: name, message: 'not a whole number' }])
  return Math.min(max, Math.max(min, n))
}

/** An ISO date query parameter as epoch milliseconds, between 1970 and a year past `now`. */
export function instantParam(c: Context, name: string, now: number): number | undefined {
  const raw = c.req.query(name)
  if (raw === undefined) return undefined
  const t = Date.parse(raw)
  if (!Number.isFinite(t) || t < EARLIEST || t > now + LATEST_AHEAD) throw new ProblemError('UT_E_VALIDATION', `"${name}" must be an ISO date between 1970 and a year from now`, [{ path: name, message: 'invalid date' }])
  return t
}

/**
 * The `from`/`to` window of an analytics request: `defaultDays` ending now when absent, never
 * longer than `maxDays`. The cap is what keeps one request from building a bucket per day since
 * the year -271821 (the change detector's memory grows with the window).
 */
export function rangeParams(c: Context, now: number, defaultDays: number, maxDays: number): { from: number; to: number } {
  const to = instantParam(c, 'to', now) ?? now
  const from = instantParam(c, 'from', now) ?? to - Math.min(defaultDays, maxDays) * DAY
  if (from >= to) throw new ProblemError('UT_E_VALIDATION', '"from" must be before "to"', [{ path: 'from', message: 'not before "to"' }])
  if (to - from > maxDays * DAY) throw new ProblemError('UT_E_VALIDATION', `the window from "from" to "to" may span at most ${maxDays} days (UNDERTONE_ANALYTICS_MAX_DAYS)`, [{ path: 'from', message: `more than ${maxDays} days before "to"` }])
  return { from, to }
}
