import { createHash } from 'node:crypto'
import { type Database, touchApiKey, verifyApiKey } from '@undertone/storage'
import type { Context, MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import { problem } from '../../problem.js'
import type { RateLimits } from '../../service-limits.js'
import type { ApiEnv } from '../env.js'

/**
 * How long a verified key is trusted without asking the database again: a revocation, from
 * this process or any other, takes effect within this time.
 */
const KEY_CACHE_MS = 1000
/** How often a key's "last used" time is written. */
const TOUCH_EVERY_MS = 30_000

/** The peer's address when served by @hono/node-server; `app.request()` in tests may pass one as `env.incoming`. */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'unknown'
}

/** The token of an `Authorization: Bearer <token>` header, if the request has one. */
export function bearerToken(c: Context): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
}

/** The bearer-key check, with the cache of verified keys it keeps (cleared when a key is revoked here). */
export interface Authentication {
  readonly middleware: MiddlewareHandler<ApiEnv>
  /** Forgets every verified key, so a revocation made here takes effect at once. */
  forgetKeys(): void
}

/**
 * Authenticates `Authorization: Bearer <workspace key>` and puts the key's workspace on the
 * context. Failed attempts are counted per client address, and an address over its limit is
 * refused before any key is looked up.
 */
export function authenticate(db: Kysely<Database>, failedAuth: RateLimits['failedAuth'], clock: () => number): Authentication {
  const keyCache = new Map<string, { workspaceId: string; keyId: string; until: number }>()
  const touchedAt = new Map<string, number>()
  const tooMany = (c: Context, resetSeconds: number) => problem(c, 'UT_E_RATE_LIMITED', 'too many failed authentications from this address; wait and retry', undefined, { 'retry-after': String(resetSeconds) })
  const middleware: MiddlewareHandler<ApiEnv> = async (c, next) => {
    const unauthorized = async (detail: string): Promise<Response> => {
      const counted = await failedAuth.consume(clientAddress(c))
      if (!counted.allowed) return tooMany(c, counted.resetSeconds)
      return problem(c, 'UT_E_UNAUTHORIZED', detail, undefined, { 'www-authenticate': 'Bearer' })
    }
    const key = bearerToken(c)
    if (key === undefined) return unauthorized('send Authorization: Bearer <workspace API key>')
    const cacheKey = createHash('sha256').update(key).digest('hex')
    const now = clock()
    let auth = keyCache.get(cacheKey)
    if (auth === undefined || auth.until < now) {
      const blocked = await failedAuth.exceeded(clientAddress(c))
      if (blocked !== undefined) return tooMany(c, blocked.resetSeconds)
      const info = await verifyApiKey(db, key)
      if (info === undefined) {
        keyCache.delete(cacheKey)
        return unauthorized('the API key is unknown or revoked')
      }
      auth = { workspaceId: info.workspaceId, keyId: info.id, until: now + KEY_CACHE_MS }
      // "Last used" is written at most every 30 s per key; a failed update never fails the request.
      if (now - (touchedAt.get(info.id) ?? Number.NEGATIVE_INFINITY) >= TOUCH_EVERY_MS) {
        if (touchedAt.size > 10_000) touchedAt.clear()
        touchedAt.set(info.id, now)
        void touchApiKey(db, info.id, now).catch(() => {})
      }
      if (keyCache.size > 10_000) keyCache.clear()
      keyCache.set(cacheKey, auth)
    }
    c.set('workspaceId', auth.workspaceId)
    c.set('keyId', auth.keyId)
    await next()
  }
  return { middleware, forgetKeys: () => keyCache.clear() }
}
