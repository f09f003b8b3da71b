import { type PgPoolLike, type RateCounter, memoryRateCounter, postgresRateCounter } from './rate-counter.js'

/**
 * The limits that keep one client from taking the service down for everybody. Each is a setting
 * (see the README's table of environment variables); the defaults suit a team's own server.
 */
export interface ServiceLimits {
  /** Largest accepted request body, bytes. */
  readonly bodyBytes: number
  /** Requests per API key per minute. */
  readonly requestsPerMinute: number
  /** Requests per workspace per minute, over all its keys (a key cannot multiply its limit by minting keys). */
  readonly workspaceRequestsPerMinute: number
  /** Failed authentications per client address per minute before that address is refused for the rest of the minute. */
  readonly failedAuthPerMinute: number
  /** Longest window an analytics request may ask for, days. */
  readonly analyticsMaxDays: number
  /** Live `/v1/stream` connections per key in one process. */
  readonly streamsPerKey: number
  /** Active (unrevoked) API keys per workspace. */
  readonly keysPerWorkspace: number
}

/** The defaults, used for every limit not given. */
export const DEFAULT_LIMITS: ServiceLimits = {
  bodyBytes: 5 * 1024 * 1024,
  requestsPerMinute: 1200,
  workspaceRequestsPerMinute: 3600,
  failedAuthPerMinute: 30,
  analyticsMaxDays: 1096,
  streamsPerKey: 20,
  keysPerWorkspace: 50,
}

/** The three request counters the API consults. */
export interface RateLimits {
  readonly perKey: RateCounter
  readonly perWorkspace: RateCounter
  readonly failedAuth: RateCounter
}

/**
 * Builds the counters: in PostgreSQL when a pool is given (shared by every process on the
 * database), otherwise in this process's memory.
 */
export async function createRateLimits(limits: Pick<ServiceLimits, 'requestsPerMinute' | 'workspaceRequestsPerMinute' | 'failedAuthPerMinute'>, pool?: PgPoolLike): Promise<RateLimits> {
  if (pool === undefined) return memoryRateLimits(limits)
  // One after the other: the first creates the shared table, the others find it.
  const perKey = await postgresRateCounter(pool, limits.requestsPerMinute, 60, 'key')
  const perWorkspace = await postgresRateCounter(pool, limits.workspaceRequestsPerMinute, 60, 'workspace')
  const failedAuth = await postgresRateCounter(pool, limits.failedAuthPerMinute, 60, 'auth-fail')
  return { perKey, perWorkspace, failedAuth }
}

/** The counters in this process's memory. */
export function memoryRateLimits(limits: Pick<ServiceLimits, 'requestsPerMinute' | 'workspaceRequestsPerMinute' | 'failedAuthPerMinute'>): RateLimits {
  return {
    perKey: memoryRateCounter(limits.requestsPerMinute, 60),
    perWorkspace: memoryRateCounter(limits.workspaceRequestsPerMinute, 60),
    failedAuth: memoryRateCounter(limits.failedAuthPerMinute, 60),
  }
}
