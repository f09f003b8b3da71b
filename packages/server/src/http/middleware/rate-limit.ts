import type { MiddlewareHandler } from 'hono'
import { problem } from '../../problem.js'
import type { RateLimits } from '../../service-limits.js'
import type { ApiEnv } from '../env.js'

/**
 * Rate limits per key and per workspace (over all its keys), after authentication. Every answer
 * carries the key's `ratelimit-*` headers; one over a limit is a 429 with `retry-after`.
 */
export function rateLimit(rate: Pick<RateLimits, 'perKey' | 'perWorkspace'>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const [byKey, byWorkspace] = await Promise.all([rate.perKey.consume(c.get('keyId')), rate.perWorkspace.consume(c.get('workspaceId'))])
    const headers = { 'ratelimit-limit': String(byKey.limit), 'ratelimit-remaining': String(byKey.remaining), 'ratelimit-reset': String(byKey.resetSeconds) }
    if (!byKey.allowed) return problem(c, 'UT_E_RATE_LIMITED', 'too many requests for this key; slow down', undefined, { ...headers, 'retry-after': String(byKey.resetSeconds) })
    if (!byWorkspace.allowed) return problem(c, 'UT_E_RATE_LIMITED', `too many requests for this workspace (${byWorkspace.limit} a minute over all its keys); slow down`, undefined, { ...headers, 'retry-after': String(byWorkspace.resetSeconds) })
    await next()
    for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v)
  }
}
