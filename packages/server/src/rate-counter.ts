import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

/** What one request may do under a limit, with what the `RateLimit-*` headers say. */
export interface RateDecision {
  readonly allowed: boolean
  readonly limit: number
  readonly remaining: number
  readonly resetSeconds: number
}

/**
 * Counts events per key over a fixed window. The PostgreSQL counter is shared by every process
 * on the database, so N API processes hold one limit, not N times it.
 */
export interface RateCounter {
  readonly limit: number
  /** Counts one event for `key` and says whether it was within the limit. */
  consume(key: string): Promise<RateDecision>
  /** Whether `key` is already over the limit, without counting anything. */
  exceeded(key: string): Promise<RateDecision | undefined>
}

/** The minimal `pg.Pool` surface the shared counters need. */
export interface PgPoolLike {
  query(text: string, values?: unknown[]): Promise<unknown>
}

function decision(limit: number, res: RateLimiterRes, allowed: boolean): RateDecision {
  return { allowed, limit, remaining: Math.max(0, res.remainingPoints), resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) }
}

function counterOf(limiter: RateLimiterAbstract, limit: number): RateCounter {
  return {
    limit,
    async consume(key) {
      try {
        return decision(limit, await limiter.consume(key), true)
      } catch (err) {
        // rate-limiter-flexible rejects with the result when over the limit, with an Error when the store fails.
        if (err instanceof RateLimiterRes) return decision(limit, err, false)
        throw err
      }
    },
    async exceeded(key) {
      const res = await limiter.get(key)
      return res !== null && res.consumedPoints >= limit ? decision(limit, res, false) : undefined
    },
  }
}

/** A counter in this process's memory (SQLite deployments are one API process). */
export function memoryRateCounter(limit: number, windowSeconds: number): RateCounter {
  return counterOf(new RateLimiterMemory({ points: limit, duration: windowSeconds }), limit)
}

/**
 * A counter in PostgreSQL (rate-limiter-flexible's own table, created if missing), shared by
 * every process. If the database cannot be reached the same limit is kept in memory meanwhile,
 * so an outage neither fails every request nor lifts the limit.
 */
export async function postgresRateCounter(pool: PgPoolLike, limit: number, windowSeconds: number, keyPrefix: string): Promise<RateCounter> {
  try {
    return counterOf(await createPostgresLimiter(pool, limit, windowSeconds, keyPrefix), limit)
  } catch (err) {
    // Processes starting together race on CREATE TABLE IF NOT EXISTS; the loser finds the table the second time.
    const code = (err as { code?: unknown }).code
    if (code !== '42P07' && code !== '23505') throw err
    return counterOf(await createPostgresLimiter(pool, limit, windowSeconds, keyPrefix), limit)
  }
}

function createPostgresLimiter(pool: PgPoolLike, limit: number, windowSeconds: number, keyPrefix: string): Promise<RateLimiterPostgres> {
  return new Promise<RateLimiterPostgres>((resolve, reject) => {
    const l: RateLimiterPostgres = new RateLimiterPostgres(
      {
        storeClient: pool,
        storeType: 'pool',
        tableName: 'undertone_rate_limits',
        keyPrefix,
        points: limit,
        duration: windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ points: limit, duration: windowSeconds }),
      },
      (err?: unknown) => (err ? reject(err) : resolve(l)),
    )
  })
}
