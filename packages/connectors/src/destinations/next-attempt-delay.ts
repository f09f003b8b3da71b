/**
 * When to try a failed delivery again. Full jitter (a uniform draw below an exponential ceiling) spreads
 * the retries of many alerts that failed together, so a destination coming back is not hit by all of
 * them at once.
 */

/** The first ceiling: 30 s. */
export const RETRY_BASE_MS = 30_000
/** The largest ceiling: 2 h. */
export const RETRY_CAP_MS = 2 * 3_600_000
/** Retries after the first attempt; the 32nd attempt is the last. */
export const MAX_RETRIES = 31

/**
 * The delay before the next attempt after attempt number `attempt` (1 for the first attempt) failed, or
 * null when the delivery should be dead-lettered. `random` returns a number in [0, 1), like `Math.random`.
 *
 * The delay is `floor(random() × ceiling)` ms with ceiling = min(2 h, 30 s × 2^(attempt − 1)):
 *
 * | attempt failed | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 … 31 |
 * |---|---|---|---|---|---|---|---|---|---|
 * | ceiling | 30 s | 1 min | 2 min | 4 min | 8 min | 16 min | 32 min | 64 min | 2 h each |
 *
 * The ceilings add up to 173,250 s (48.1 h); with full jitter a delay averages half its ceiling, so the
 * 31 retries span 86,625 s (24.1 h) on average (95 % between about 18.5 and 29.5 h), and `null` comes
 * after attempt 32. A `Retry-After` from the destination should win when it is longer:
 * `max(delay, retryAfterMs)`.
 */
export function nextAttemptDelay(attempt: number, random: () => number): number | null {
  if (!Number.isInteger(attempt) || attempt < 1 || attempt > MAX_RETRIES) return null
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1))
  return Math.floor(random() * ceiling)
}
