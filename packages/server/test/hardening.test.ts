import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, openCounterPool } from '@undertone/storage'
import { type FreshDatabase, freshDatabase, testDialects } from '@undertone/storage/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppDeps, EventBus, type RateLimits, createApp, createRateLimits, runReadingWorker } from '../src/index.js'

const PG_URL = process.env.UNDERTONE_PG_URL
const reader = createReader()
const START = Date.parse('2026-12-05T12:00:00Z')

type App = ReturnType<typeof createApp>

/** One API process over a shared database; `clock.now` moves its clock. */
function apiProcess(open: FreshDatabase, over: Partial<AppDeps> = {}) {
  const clock = { now: START }
  const app = createApp({ db: open.db, dialect: open.dialect, queue: new SqliteJobQueue(open.db, { now: () => clock.now }), reader, clock: () => clock.now, logError: () => {}, ...over })
  return { app, clock }
}

const json = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body))
function call(app: App, method: string, path: string, key: string | undefined, body?: unknown, headers: Record<string, string> = {}, address?: string) {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...headers }, ...(body === undefined ? {} : { body: json(body) }) }
  return app.request(path, init, address === undefined ? undefined : { incoming: { socket: { remoteAddress: address } } })
}

const message = (over: Record<string, unknown> = {}) => ({ external_id: 'h1', conversation_id: 'T-1', customer_id: 'C-1', role: 'customer', text: 'The export is broken again.', created_at: '2026-12-05T11:00:00Z', ...over })

for (const dialect of testDialects(PG_URL)) {
  describe(`hardening (${dialect})`, () => {
    let open: FreshDatabase
    let key: string
    let app: App
    beforeAll(async () => {
      open = await freshDatabase(dialect, PG_URL, 'ut_harden')
      const ws = await ensureWorkspace(open.db, 'acme', START)
      key = (await createApiKey(open.db, ws.id, 'test', START)).key
      app = apiProcess(open).app
    })
    afterAll(async () => {
      await open.drop()
    })

    it('refuses an analytics window longer than the setting, and dates outside 1970 to a year ahead, with a 400', async () => {
      const far = await call(app, 'GET', '/v1/analytics/changes?by=product_area&from=-271821-04-20T00:00:00Z&to=2026-12-05T00:00:00Z', key)
      expect(far.status).toBe(400)
      expect((await far.json()).errors[0].path).toBe('from')
      const long = await call(app, 'GET', '/v1/analytics/changes?by=product_area&from=2001-01-01T00:00:00Z&to=2026-12-05T00:00:00Z', key)
      expect(long.status).toBe(400)
      expect((await long.json()).detail).toMatch(/at most 1096 days/)
      for (const path of ['/v1/analytics/trends?from=0001-01-01T00:00:00Z', '/v1/analytics/resolution?to=+275760-09-13T00:00:00Z', '/v1/analytics/drivers?to=-010000-01-01T00:00:00Z', '/v1/analytics/agents?from=2020-01-01T00:00:00Z&to=2026-12-01T00:00:00Z']) {
        expect((await call(app, 'GET', path, key)).status, path).toBe(400)
      }
      const ok = await call(app, 'GET', '/v1/analytics/changes?by=product_area&from=2026-01-01T00:00:00Z&to=2026-12-05T00:00:00Z', key)
      expect(ok.status).toBe(200)
    })

    it('answers 400 for fractional or non-numeric counts and for a null snooze body', async () => {
      for (const path of ['/v1/alerts?limit=1.5', '/v1/queue?limit=abc', '/v1/analytics/drivers?limit=1e400', '/v1/review?limit=2.5', '/v1/analytics/topics?days=NaN']) {
        const res = await call(app, 'GET', path, key)
        expect(res.status, path).toBe(400)
        expect(res.headers.get('content-type')).toBe('application/problem+json')
      }
      // The alert list reads its paging strictly: a page size past its cap is refused, not clamped.
      expect((await call(app, 'GET', '/v1/alerts?limit=100000', key)).status).toBe(400)
      expect((await call(app, 'GET', '/v1/alerts?limit=500', key)).status).toBe(200)
      for (const body of ['null', '[]', '"x"', '{"minutes":"5"}', '{"minutes":0.5}']) {
        const res = await call(app, 'POST', '/v1/alerts/x/snooze', key, body)
        expect(res.status, body).toBe(400)
      }
    })

    it('refuses NUL and lone surrogates with a 400 naming the field, and stores nothing', async () => {
      const cases: [string, string, unknown, string][] = [
        ['POST', '/v1/messages', { messages: [message({ text: 'broken\u0000again' })] }, 'messages.0.text'],
        ['POST', '/v1/messages', { messages: [message({ external_id: 'n4\udc00' })] }, 'messages.0.external_id'],
        ['POST', '/v1/messages', { messages: [message({ external_id: 'n4\ud800' })] }, 'messages.0.external_id'],
        ['POST', '/v1/messages', { messages: [message({ customer: { segment: 'a\ud800b' } })] }, 'messages.0.customer.segment'],
        ['POST', '/v1/keys', { name: 'nul\u0000key' }, 'name'],
        ['POST', '/v1/targets', { name: 'goal\u0000', metric: 'negative_share', goal: 0.1, due: '2027-01-01T00:00:00Z' }, 'name'],
        ['POST', '/v1/score', { text: 'hello\u0000' }, 'text'],
      ]
      for (const [method, path, body, field] of cases) {
        const res = await call(app, method, path, key, body)
        expect(res.status, `${path} ${field}`).toBe(400)
        const doc = await res.json()
        expect(doc.errors[0].path).toBe(field)
      }
      // A NUL sent as a raw byte (valid UTF-8) is refused as well.
      const raw = await call(app, 'POST', '/v1/score', key, '{"text":"a\u0000"}')
      expect(raw.status).toBe(400)
      for (const path of ['/v1/conversations/a%00b', '/v1/customers/x%00', '/v1/conversations/T-1?source=a%00', '/v1/alerts?kind=%00']) {
        const res = await call(app, 'GET', path, key)
        expect(res.status, path).toBe(400)
      }
      expect((await call(app, 'DELETE', '/v1/keys/k%00', key)).status).toBe(400)
      const stats = await (await call(app, 'GET', '/v1/stats', key)).json()
      expect(stats.messages).toBe(0)
      // The two surrogate ids that used to merge are both refused; a well-formed pair is kept as is.
      const pair = await call(app, 'POST', '/v1/messages', key, { messages: [message({ external_id: 'n4\ud83d\ude00' })] })
      expect(pair.status).toBe(202)
      expect((await pair.json()).messages[0].external_id).toBe('n4\ud83d\ude00')
    })

    it('caps the active keys of a workspace', async () => {
      const { app: capped } = apiProcess(open, { limits: { keysPerWorkspace: 3 } })
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await call(capped, 'POST', '/v1/keys', key, { name: `k${i}` })).status)
      // The workspace had one key: two more fit, the fourth is refused.
      expect(statuses).toEqual([201, 201, 409, 409])
      const refused = await call(capped, 'POST', '/v1/keys', key, { name: 'more' })
      expect((await refused.json()).code).toBe('UT_E_LIMIT_REACHED')
      const keys = (await (await call(capped, 'GET', '/v1/keys', key)).json()).keys as { id: string; name: string }[]
      const k0 = keys.find((k) => k.name === 'k0')?.id as string
      expect((await call(capped, 'DELETE', `/v1/keys/${k0}`, key)).status).toBe(200)
      expect((await call(capped, 'POST', '/v1/keys', key, { name: 'after-revoke' })).status).toBe(201)
    })

    it('sees a key revoked by another process within a second', async () => {
      const a = apiProcess(open)
      const b = apiProcess(open)
      const made = await (await call(a.app, 'POST', '/v1/keys', key, { name: 'short-lived' })).json()
      // Process B has verified (and cached) the new key.
      expect((await call(b.app, 'GET', '/v1/whoami', made.key)).status).toBe(200)
      expect((await call(a.app, 'DELETE', `/v1/keys/${made.id}`, key)).status).toBe(200)
      b.clock.now += 1001
      expect((await call(b.app, 'GET', '/v1/whoami', made.key)).status).toBe(401)
    })

    it('refuses a client address after too many failed authentications, without locking out good keys already verified', async () => {
      const { app: guarded } = apiProcess(open, { limits: { failedAuthPerMinute: 3 } })
      expect((await call(guarded, 'GET', '/v1/whoami', key, undefined, {}, '10.9.9.9')).status).toBe(200)
      const statuses: number[] = []
      for (let i = 0; i < 5; i++) statuses.push((await call(guarded, 'GET', '/v1/whoami', `ut_AAAAAAAAAAA${i}_${'x'.repeat(32)}`, undefined, {}, '10.9.9.9')).status)
      expect(statuses).toEqual([401, 401, 401, 429, 429])
      // Another address is not affected; an unverified good key from the blocked address waits too.
      expect((await call(guarded, 'GET', '/v1/whoami', 'ut_nope', undefined, {}, '10.9.9.10')).status).toBe(401)
      const { app: fresh } = apiProcess(open, { limits: { failedAuthPerMinute: 1 } })
      expect((await call(fresh, 'GET', '/v1/whoami', undefined, undefined, {}, '10.1.1.1')).status).toBe(401)
      const blocked = await call(fresh, 'GET', '/v1/whoami', key, undefined, {}, '10.1.1.1')
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    })

    it('limits the live streams of one key and frees a slot when a stream closes', async () => {
      const { app: streaming } = apiProcess(open, { limits: { streamsPerKey: 2 } })
      const first = await call(streaming, 'GET', '/v1/stream', key)
      const second = await call(streaming, 'GET', '/v1/stream', key)
      expect([first.status, second.status]).toEqual([200, 200])
      const third = await call(streaming, 'GET', '/v1/stream', key)
      expect(third.status).toBe(429)
      await first.body?.cancel()
      await new Promise((r) => setTimeout(r, 50))
      const again = await call(streaming, 'GET', '/v1/stream', key)
      expect(again.status).toBe(200)
      await second.body?.cancel()
      await again.body?.cancel()
    })

    it('limits a workspace over all its keys', async () => {
      const ws = await ensureWorkspace(open.db, `busy-${dialect}`, START)
      const k1 = (await createApiKey(open.db, ws.id, 'one', START)).key
      const k2 = (await createApiKey(open.db, ws.id, 'two', START)).key
      const { app: limited } = apiProcess(open, { limits: { requestsPerMinute: 100, workspaceRequestsPerMinute: 3 } })
      const statuses = []
      for (const k of [k1, k2, k1, k2]) statuses.push((await call(limited, 'GET', '/v1/whoami', k)).status)
      expect(statuses).toEqual([200, 200, 200, 429])
    })

    it('keeps an Idempotency-Key answer for its retries, and the worker forgets it after the retention', async () => {
      const { app: idem, clock } = apiProcess(open)
      const send = (text: string) => call(idem, 'POST', '/v1/messages', key, { messages: [message({ external_id: `idem-${text}`, text })] }, { 'idempotency-key': 'nightly-sync-1' })
      expect((await send('first')).status).toBe(202)
      expect((await send('second')).status).toBe(409)
      const queue = new SqliteJobQueue(open.db, { now: () => clock.now })
      const runWorker = async (): Promise<void> => {
        const worker = runReadingWorker(queue, { db: open.db, reader, clock: () => clock.now, events: new EventBus() }, { pollMs: 5, idempotencyRetentionMs: 24 * 3_600_000 })
        await worker.idle()
        await worker.stop()
      }
      clock.now += 23 * 3_600_000
      await runWorker()
      expect((await send('second')).status).toBe(409)
      clock.now += 2 * 3_600_000
      await runWorker()
      // A day on, the key is free again: the new body is taken as a new request.
      expect((await send('second')).status).toBe(202)
    })

    it('sends security headers everywhere and runs /docs without inline script', async () => {
      for (const path of ['/livez', '/docs', '/openapi.json', '/v1/stats']) {
        const res = await call(app, 'GET', path, path.startsWith('/v1') ? key : undefined)
        expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
        expect(res.headers.get('referrer-policy'), path).toBe('no-referrer')
        expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
        expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'")
      }
      const docs = await (await call(app, 'GET', '/docs', undefined)).text()
      expect(docs).not.toMatch(/<script>[^<]/)
      expect((await call(app, 'GET', '/docs.js', undefined)).headers.get('content-type')).toContain('javascript')
    })

    it('keeps /metrics off without a token, behind its token with one, and /readyz says no more than pass or fail', async () => {
      expect((await call(app, 'GET', '/metrics', undefined)).status).toBe(404)
      const token = 'metrics-token-of-some-length'
      const { app: scraped } = apiProcess(open, { metricsToken: token })
      expect((await call(scraped, 'GET', '/metrics', undefined)).status).toBe(401)
      expect((await call(scraped, 'GET', '/metrics', 'wrong-token-of-some-length')).status).toBe(401)
      const ok = await call(scraped, 'GET', '/metrics', token)
      expect(ok.status).toBe(200)
      expect(await ok.text()).toContain('undertone_http_request_duration_seconds')
      const ready = await (await call(app, 'GET', '/readyz', undefined)).json()
      expect(ready).toEqual({ status: 'pass' })
    })
  })
}

describe('unexpected errors', () => {
  it('are logged (without the request) and answered as a problem, and /readyz hides the database error', async () => {
    const open = await freshDatabase('sqlite')
    const ws = await ensureWorkspace(open.db, 'acme', START)
    const key = (await createApiKey(open.db, ws.id, 'test', START)).key
    const logged: { err: unknown; where: { method: string; path: string } }[] = []
    const { app } = apiProcess(open, { logError: (err, where) => logged.push({ err, where }) })
    expect((await call(app, 'GET', '/v1/whoami', key)).status).toBe(200)
    await open.drop()
    const res = await call(app, 'GET', '/v1/stats', key)
    expect(res.status).toBe(500)
    expect((await res.json()).code).toBe('UT_E_INTERNAL')
    expect(logged).toHaveLength(1)
    expect(logged[0]?.where).toEqual({ method: 'GET', path: '/v1/stats' })
    const ready = await call(app, 'GET', '/readyz', undefined)
    expect(ready.status).toBe(503)
    expect((await ready.json()).detail).toBe('the database is unavailable')
    expect(logged).toHaveLength(2)
  })
})

describe.skipIf(PG_URL === undefined || PG_URL === '')('rate limits shared by processes (postgres)', () => {
  let open: FreshDatabase
  beforeAll(async () => {
    open = await freshDatabase('postgres', PG_URL, 'ut_rates')
  })
  afterAll(async () => {
    await open.drop()
  })

  it('holds one limit per key over two API processes, and counts failed authentications together', async () => {
    const ws = await ensureWorkspace(open.db, 'shared', START)
    const key = (await createApiKey(open.db, ws.id, 'test', START)).key
    const limits = { requestsPerMinute: 5, workspaceRequestsPerMinute: 100, failedAuthPerMinute: 2 }
    // Each process with its own counter pool, as two `serve` processes have.
    const pools = [openCounterPool(PG_URL as string, { schema: open.schema as string }), openCounterPool(PG_URL as string, { schema: open.schema as string })]
    const rates: RateLimits[] = [await createRateLimits(limits, pools[0]), await createRateLimits(limits, pools[1])]
    const [a, b] = rates.map((rateLimits) => apiProcess(open, { limits, rateLimits }).app) as [App, App]
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      statuses.push((await call(a, 'GET', '/v1/whoami', key)).status)
      statuses.push((await call(b, 'GET', '/v1/whoami', key)).status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429])
    expect((await call(a, 'GET', '/v1/whoami', 'ut_bad', undefined, {}, '10.2.2.2')).status).toBe(401)
    expect((await call(b, 'GET', '/v1/whoami', 'ut_bad', undefined, {}, '10.2.2.2')).status).toBe(401)
    expect((await call(a, 'GET', '/v1/whoami', 'ut_bad', undefined, {}, '10.2.2.2')).status).toBe(429)
    await Promise.all(pools.map((p) => p.end()))
  })
})
