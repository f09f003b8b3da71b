import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace } from '@undertone/storage'
import { freshDatabase, testDialects } from '@undertone/storage/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../src/index.js'

/** A full collection, so heap figures say what is retained (node's gc, exposed at run time). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

/**
 * A bounded, seeded fuzz of every route the app registers: malformed bodies, wrong types, odd
 * paths, queries and headers. Whatever arrives, the answer is a 2xx or a 4xx problem, never a
 * 5xx, and the process keeps serving with its memory where it was.
 */

const PG_URL = process.env.UNDERTONE_PG_URL
const REQUESTS = 5000
const SEED = 20261205
const reader = createReader()

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T
  return { next, int, pick }
}
type Random = ReturnType<typeof random>

const STRINGS = ['', 'x', ' ', '0', '-1', '1.5', '1e400', 'NaN', 'null', 'true', '[]', '{}', "' OR 1=1 --", '../../etc/passwd', '%00', '%ud800', '\u0000', '\ud800', '\udc00x', 'ø'.repeat(40), '😀', '\u202e', '<img src=x onerror=alert(1)>', '2026-12-05T00:00:00Z', '-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00Z', 'customer', 'negative', 'frustration', 'a'.repeat(300)]
const QUERY_KEYS = ['limit', 'days', 'from', 'to', 'by', 'granularity', 'values', 'kind', 'all', 'wait', 'source', 'k', 'min', 'step', 'window', 'message_id', 'skip_invalid', 'format', 'id']
const PATH_VALUES = ['x', '0', '-1', 'a%00b', '%E2%82', '%ff', 'ü', '..', '%2e%2e%2f', 'T-1', 'C-1', 'x'.repeat(2000), '%F0%9F%98%80', "'", '%20', 'null']
const FIELDS = ['messages', 'external_id', 'conversation_id', 'customer_id', 'role', 'text', 'texts', 'created_at', 'source', 'channel', 'tags', 'customer', 'value', 'segment', 'name', 'metric', 'goal', 'due', 'start', 'minutes', 'label', 'emotions', 'cues', 'message_id', 'csat', 'churned_at', 'reason', 'domain', 'terms', 'analysis', 'learning', 'context', 'previous', 'reviewer', 'status', 'internal']

function value(r: Random, depth = 0): unknown {
  switch (r.int(depth > 3 ? 6 : 9)) {
    case 0:
      return null
    case 1:
      return r.pick([0, -1, 1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER])
    case 2:
    case 3:
      return r.pick(STRINGS)
    case 4:
      return r.next() < 0.5
    case 5:
      return 'w'.repeat(r.pick([1, 1000, 100_001]))
    case 6:
      return Array.from({ length: r.int(4) }, () => value(r, depth + 1))
    default:
      return Object.fromEntries(Array.from({ length: r.int(5) }, () => [r.pick(FIELDS), value(r, depth + 1)]))
  }
}

const goodMessage = (r: Random) => ({ external_id: `f${r.int(50)}`, conversation_id: `T-${r.int(5)}`, customer_id: `C-${r.int(5)}`, role: 'customer', text: 'The export failed again.', created_at: '2026-12-05T10:00:00Z' })

/** A body for a route: mostly broken JSON-ish things, some nearly valid with one field spoiled. */
function body(r: Random, path: string): BodyInit {
  const roll = r.next()
  if (roll < 0.1) return new Uint8Array(Array.from({ length: r.int(64) }, () => r.int(256)))
  if (roll < 0.2) return r.pick(['{', '{"messages":', '[1,2', '{"a":1}}', 'nul', '"\\ud800"', '{"text":"\\u0000"}', '', ' ', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'])
  if (roll < 0.25) return `${'['.repeat(20_000)}${']'.repeat(20_000)}`
  if (roll < 0.3) return 'text,label\n"unterminated,negative\nfine,positive\n'
  if (roll < 0.55 && path.includes('messages')) {
    const messages = Array.from({ length: 1 + r.int(3) }, () => ({ ...goodMessage(r), [r.pick(FIELDS)]: value(r) }))
    return JSON.stringify({ messages })
  }
  return JSON.stringify(r.next() < 0.5 ? value(r) : Object.fromEntries(Array.from({ length: r.int(6) }, () => [r.pick(FIELDS), value(r)])))
}

function query(r: Random): string {
  const n = r.int(4)
  if (n === 0) return ''
  // A lone surrogate cannot be percent-encoded; send the bytes UTF-8 would have had for it.
  const encode = (v: string): string => (v.isWellFormed() ? encodeURIComponent(v).replace('%2500', '%00') : '%ED%A0%80')
  const parts = Array.from({ length: n }, () => `${r.pick(QUERY_KEYS)}=${encode(r.pick(STRINGS))}`)
  return `?${parts.join('&')}`
}

for (const dialect of testDialects(PG_URL)) {
  describe(`fuzz (${dialect})`, () => {
    it(`answers ${REQUESTS} malformed requests over every route without a 5xx, and keeps serving`, async () => {
      const open = await freshDatabase(dialect, PG_URL, 'ut_fuzz')
      const ws = await ensureWorkspace(open.db, 'fuzz', Date.now())
      const key = (await createApiKey(open.db, ws.id, 'fuzz', Date.now())).key
      const errors: string[] = []
      const app = createApp({
        db: open.db,
        dialect: open.dialect,
        queue: new SqliteJobQueue(open.db),
        reader,
        limits: { requestsPerMinute: 1_000_000, workspaceRequestsPerMinute: 1_000_000, failedAuthPerMinute: 1_000_000, keysPerWorkspace: 20 },
        metricsToken: 'fuzz-metrics-token-0123',
        logError: (err, where) => errors.push(`${where.method} ${where.path}: ${(err as Error).message}`),
      })
      // One entry per operation (a route with middleware and validators lists each of its handlers).
      const routes = [...new Map(app.routes.filter((rt) => rt.method !== 'ALL').map((rt) => [`${rt.method} ${rt.path}`, { method: rt.method, path: rt.path }])).values()]
      expect(routes.length).toBeGreaterThan(40)
      const r = random(SEED)
      const failures: string[] = []
      const seen = new Set<string>()
      collectGarbage()
      const heapBefore = process.memoryUsage().heapUsed
      for (let i = 0; i < REQUESTS; i++) {
        const route = routes[i % routes.length] as { method: string; path: string }
        seen.add(`${route.method} ${route.path}`)
        const method = r.next() < 0.9 ? route.method : r.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH'])
        const path = route.path.replace(/:[a-zA-Z_]+/g, () => r.pick(PATH_VALUES))
        const url = `${path}${query(r)}`
        const headers: Record<string, string> = {}
        const auth = r.next()
        if (auth < 0.9) headers.authorization = `Bearer ${key}`
        else if (auth < 0.95) headers.authorization = r.pick(['Bearer', 'Basic abc', `Bearer ${key}x`, `Bearer ${'k'.repeat(5000)}`])
        headers['content-type'] = r.pick(['application/json', 'application/json', 'application/json', 'text/csv', 'application/x-ndjson', 'text/plain', 'multipart/form-data; boundary=x', 'application/json; charset=latin1'])
        if (r.next() < 0.1) headers['idempotency-key'] = r.pick(['k1', 'x'.repeat(8000), 'ü', 'a b'])
        const init: RequestInit = { method, headers }
        if (method !== 'GET' && method !== 'HEAD') init.body = body(r, path)
        let status: number
        try {
          const res = await app.request(url, init)
          status = res.status
          // A live event stream never ends by itself: close it rather than read it.
          if (res.headers.get('content-type')?.startsWith('text/event-stream')) await res.body?.cancel()
          else await res.arrayBuffer().catch(() => undefined)
        } catch (err) {
          failures.push(`${method} ${url}: threw ${(err as Error).message}`)
          continue
        }
        if (status >= 500) failures.push(`${method} ${url.slice(0, 120)} → ${status}`)
      }
      expect(seen.size).toBe(routes.length)
      expect({ failures: failures.slice(0, 20), errors: errors.slice(0, 20) }).toEqual({ failures: [], errors: [] })
      // Still serving, with memory where it was: nothing from the bad requests is kept.
      expect((await app.request('/livez')).status).toBe(200)
      const ok = await app.request('/v1/messages?wait=true', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ messages: [{ ...goodMessage(r), external_id: 'after-fuzz' }] }) })
      expect(ok.status).toBe(200)
      // What is kept, not what a collection has not reached yet (that moved by tens of MB with the machine's load).
      collectGarbage()
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024)
      await open.drop()
    }, 300_000)
  })
}
