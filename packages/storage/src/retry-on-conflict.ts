/**
 * Retrying a transaction that the database refused only because others ran at the same time: a
 * PostgreSQL deadlock victim (40P01) or serialization failure (40001), or a SQLite file another
 * connection held past the busy timeout. Such a failure says nothing about the work itself, so the
 * same work done again a moment later succeeds; any other failure is passed on at once.
 */

/** How often and how patiently {@link retryOnConflict} tries again. */
export interface RetryOptions {
  /** Tries in all, the first one included (default 5). */
  readonly attempts?: number
  /** Ceiling of the first retry's delay in ms; it doubles on each later retry (default 20). */
  readonly baseDelayMs?: number
  /** Ceiling of any one delay in ms (default 1000). */
  readonly maxDelayMs?: number
  /** Told of each failure that is about to be retried (for logs and metrics). */
  readonly onRetry?: (error: unknown, attempt: number) => void
}

const PG_RETRYABLE = new Set(['40P01', '40001'])

/**
 * True for a failure caused only by concurrent transactions: PostgreSQL `40P01` (deadlock detected)
 * and `40001` (serialization failure), SQLite `SQLITE_BUSY` and its extended codes. Looks through
 * `cause` too, for errors that wrap the driver's.
 */
export function isRetryableConflict(error: unknown): boolean {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && (PG_RETRYABLE.has(code) || code.startsWith('SQLITE_BUSY'))) return true
  }
  return false
}

/**
 * Runs `work` and, when it fails with a {@link isRetryableConflict} error, runs it again after a
 * random delay below an exponentially growing ceiling ("full jitter", so transactions that collided
 * once do not collide again in step), up to `attempts` tries; the last failure is thrown. `work`
 * must be a whole transaction, started inside it: the failed one was rolled back, and nothing it did
 * outside the database may matter if it is done again.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 5)
  const base = options.baseDelayMs ?? 20
  const max = options.maxDelayMs ?? 1000
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error
      options.onRetry?.(error, attempt)
      const ceiling = Math.min(max, base * 2 ** (attempt - 1))
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling))
    }
  }
}
