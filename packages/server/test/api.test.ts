import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, READ_QUEUE, createApp, runReadingWorker } from '../src/index.js'

const reader = createReader()
let now = Date.parse('2026-10-05T12:00:00Z')
const clock = () => now
const METRICS_TOKEN = 'api-test-metrics-token'

async function setup(limits?: { requestsPerMinute?: number; bodyBytes?: number }) {
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  const queue = new SqliteJobQueue(open.db, { now: clock })
  const events = new EventBus()
  const app = createApp({ db: open.db, dialect: 'sqlite', queue, reader, clock, events, metricsToken: METRICS_TOKEN, ...(limits === undefined ? {} : { limits }) })
  const a = await ensureWorkspace(open.db, 'acme', now)
  const b = await ensureWorkspace(open.db, 'globex', now)
  const keyA = (await createApiKey(open.db, a.id, 'test', now)).key
  const keyB = (await createApiKey(open.db, b.id, 'test', now)).key
  return { open, queue, app, events, keyA, keyB, a, b }
}

type Setup = Awaited<ReturnType<typeof setup>>

function post(s: Setup, path: string, body: unknown, key: string, headers: Record<string, string> = {}) {
  return s.app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers } })
}
const get = (s: Setup, path: string, key: string) => s.app.request(path, { headers: { authorization: `Bearer ${key}` } })

const msg = (n: number, over: Record<string, unknown> = {}) => ({ external_id: `m${n}`, conversation_id: 'T-1', customer_id: 'C-1', role: 'customer', text: 'The export is still broken, third time asking.', created_at: '2026-10-05T11:00:00Z', ...over })

describe('API', () => {
  let s: Setup
  beforeAll(async () => {
    s = await setup()
  })
  afterAll(async () => {
    await s.open.close()
  })

  it('refuses requests without a valid key, as a problem document', async () => {
    for (const auth of [undefined, 'Bearer nope', `Bearer ${s.keyA}x`]) {
      const res = await s.app.request('/v1/stats', auth === undefined ? {} : { headers: { authorization: auth } })
      expect(res.status).toBe(401)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect((await res.json()).code).toBe('UT_E_UNAUTHORIZED')
      expect((await s.app.request('/v1/whoami', auth === undefined ? {} : { headers: { authorization: auth } })).status).toBe(401)
    }
    const a = await (await get(s, '/v1/whoami', s.keyA)).json()
    const b = await (await get(s, '/v1/whoami', s.keyB)).json()
    expect(a.workspace_id).toEqual(expect.any(String))
    expect(b.workspace_id).not.toBe(a.workspace_id)
  })

  it('accepts a batch (202), dedupes re-deliveries, and the worker reads every stored message once', async () => {
    const res = await post(s, '/v1/messages', { messages: [msg(1), msg(2, { role: 'agent', text: 'Sorry! Looking now.', created_at: '2026-10-05T11:05:00Z' })] }, s.keyA)
    expect(res.status).toBe(202)
    expect(res.headers.get('ratelimit-limit')).toBe('1200')
    const body = await res.json()
    expect(body.accepted).toBe(2)
    const again = await (await post(s, '/v1/messages', { messages: [msg(1)] }, s.keyA)).json()
    expect(again).toMatchObject({ accepted: 0, duplicates: 1 })
    expect(await (await get(s, '/v1/stats', s.keyA)).json()).toEqual({ messages: 2, conversations: 1, customers: 1, readings_pending: 1 })
    const worker = runReadingWorker(s.queue, { db: s.open.db, reader, clock, events: s.events }, { pollMs: 5 })
    await worker.idle()
    await worker.stop()
    expect(await (await get(s, '/v1/stats', s.keyA)).json()).toMatchObject({ readings_pending: 0 })
    expect(await s.queue.counts(READ_QUEUE)).toMatchObject({ waiting: 0, active: 0, done: 1 })
    const conv = await (await get(s, '/v1/conversations/T-1', s.keyA)).json()
    expect(conv.messages.map((m: { role: string }) => m.role)).toEqual(['customer', 'agent'])
    expect(conv.messages[0].reading.label).toBe('negative')
    expect(conv.analysis.arc).toHaveLength(1)
  })

  it('reads synchronously with ?wait=true', async () => {
    const res = await post(s, '/v1/messages?wait=true', { messages: [msg(10, { conversation_id: 'T-2', text: 'Works perfectly now, thank you!' })] }, s.keyA)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.messages[0].reading.label).toBe('positive')
  })

  it('replays an Idempotency-Key and refuses it with a different body', async () => {
    const first = await post(s, '/v1/messages', { messages: [msg(20, { conversation_id: 'T-3' })] }, s.keyA, { 'idempotency-key': 'k-1' })
    const replay = await post(s, '/v1/messages', { messages: [msg(20, { conversation_id: 'T-3' })] }, s.keyA, { 'idempotency-key': 'k-1' })
    expect(replay.status).toBe(first.status)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect(await replay.json()).toEqual(await first.json())
    const conflict = await post(s, '/v1/messages', { messages: [msg(21)] }, s.keyA, { 'idempotency-key': 'k-1' })
    expect(conflict.status).toBe(409)
  })

  it('scores texts without storing them', async () => {
    const res = await post(s, '/v1/score', { texts: ['Fine, I guess that works.', 'This is sick!'], context: { domain: 'gaming' } }, s.keyA)
    const body = await res.json()
    expect(body.readings.map((r: { sentiment: { label: string } }) => r.sentiment.label)).toEqual(['negative', 'positive'])
    expect((await post(s, '/v1/score', { text: 'a', texts: ['b'] }, s.keyA)).status).toBe(400)
  })

  it('answers bad input with 4xx problem documents', async () => {
    const cases: [string | Uint8Array, Record<string, string>, number, string][] = [
      ['{"messages": [', {}, 400, 'UT_E_BAD_JSON'],
      [JSON.stringify({ messages: [msg(1, { role: 'robot' })] }), {}, 400, 'UT_E_VALIDATION'],
      [JSON.stringify({ messages: [msg(1, { created_at: 'yesterday' })] }), {}, 400, 'UT_E_VALIDATION'],
      [JSON.stringify({ messages: [msg(1, { surprise: true })] }), {}, 400, 'UT_E_VALIDATION'],
      [JSON.stringify({ messages: [] }), {}, 400, 'UT_E_VALIDATION'],
      [JSON.stringify({ messages: [msg(1)] }), { 'content-type': 'text/plain' }, 415, 'UT_E_UNSUPPORTED_MEDIA'],
      [new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), {}, 400, 'UT_E_BAD_ENCODING'],
      [`{"messages":[${JSON.stringify(msg(1, { text: 'x'.repeat(90_000) }))}${`,${JSON.stringify(msg(2, { text: 'y'.repeat(90_000) }))}`.repeat(120)}]}`, {}, 413, 'UT_E_TOO_LARGE'],
    ]
    for (const [body, headers, status, code] of cases) {
      const res = await s.app.request('/v1/messages', { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${s.keyA}`, ...headers } })
      expect(res.status, code).toBe(status)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect((await res.json()).code).toBe(code)
    }
  })

  it('never shows one workspace the data of another', async () => {
    await post(s, '/v1/messages?wait=true', { messages: [msg(30, { conversation_id: 'SECRET', customer_id: 'VIP', text: 'Our merger plan leaks if this breaks!' })] }, s.keyA)
    const convA = await (await get(s, '/v1/conversations/SECRET', s.keyA)).json()
    expect((await get(s, '/v1/conversations/SECRET', s.keyB)).status).toBe(404)
    expect((await get(s, `/v1/conversations/${convA.id}`, s.keyB)).status).toBe(404)
    expect((await get(s, '/v1/customers/VIP', s.keyB)).status).toBe(404)
    expect(await (await get(s, '/v1/stats', s.keyB)).json()).toEqual({ messages: 0, conversations: 0, customers: 0, readings_pending: 0 })
    expect((await (await get(s, '/v1/queue', s.keyB)).json()).items).toEqual([])
    expect((await (await get(s, '/v1/alerts?all=true', s.keyB)).json()).alerts).toEqual([])
    // Alerts of A cannot be acknowledged or snoozed with B's key.
    const ws = s.a.id
    await s.open.db.insertInto('alerts').values({ id: 'alert-a', workspace_id: ws, kind: 'customer-at-risk', subject_id: 'x', severity: 0.9, title: 'A only', payload: '{}', created_at: now, acknowledged_at: null, snoozed_until: null }).execute()
    expect((await post(s, '/v1/alerts/alert-a/ack', {}, s.keyB)).status).toBe(404)
    expect((await post(s, '/v1/alerts/alert-a/snooze', { minutes: 10 }, s.keyB)).status).toBe(404)
    expect((await (await get(s, '/v1/alerts', s.keyA)).json()).alerts.map((x: { id: string }) => x.id)).toContain('alert-a')
    expect((await post(s, '/v1/alerts/alert-a/snooze', { minutes: 10 }, s.keyA)).status).toBe(200)
    expect((await (await get(s, '/v1/alerts', s.keyA)).json()).alerts.map((x: { id: string }) => x.id)).not.toContain('alert-a')
    expect((await post(s, '/v1/alerts/alert-a/ack', {}, s.keyA)).status).toBe(200)
    const queueA = await (await get(s, '/v1/queue', s.keyA)).json()
    expect(queueA.items.length).toBeGreaterThan(0)
    expect(JSON.stringify(await (await get(s, '/v1/queue', s.keyB)).json())).not.toContain('merger')
  })

  it('streams only its own workspace\'s events over SSE', async () => {
    const ac = new AbortController()
    const res = await s.app.request('/v1/stream', { headers: { authorization: `Bearer ${s.keyB}` }, signal: ac.signal })
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const reader = (res.body as ReadableStream<Uint8Array>).getReader()
    const decoder = new TextDecoder()
    let text = ''
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read()
        if (done) break
        text += decoder.decode(value)
      }
    }
    await readUntil('event: ready')
    const fromA = await (await post(s, '/v1/messages?wait=true', { messages: [msg(40, { conversation_id: 'A-ONLY', text: 'workspace A private text' })] }, s.keyA)).json()
    const convA = fromA.messages[0].conversation_id as string
    await post(s, '/v1/messages?wait=true', { messages: [msg(41, { conversation_id: 'B-OWN', text: 'Thanks, all good now!' })] }, s.keyB)
    await readUntil('event: reading')
    ac.abort()
    expect(text).toContain('event: reading')
    expect(text).not.toContain(convA)
    expect(text).not.toContain(fromA.messages[0].id)
    const readingEvents = text.split('\n').filter((l) => l.startsWith('data:') && l.includes('"message_id"'))
    expect(readingEvents).toHaveLength(1)
    // Event data is snake_case like every answer; emotion names stay keys.
    const event = JSON.parse((readingEvents[0] as string).slice('data:'.length))
    expect(event).toMatchObject({ conversation_id: expect.any(String), model_version: expect.any(String), needs_review: expect.any(Boolean), read_at: expect.any(Number) })
    expect(Object.keys(event.emotions)).toContain('frustration')
    expect(text).not.toMatch(/"[a-z]+[A-Z]\w*":/)
  })

  it('serves trends from rollups, by segment, counting each message once', async () => {
    const t = (d: number) => `2026-10-0${d}T10:00:00Z`
    const batch = [
      msg(50, { conversation_id: 'R1', product_area: 'export', created_at: t(1), text: 'The export is broken again!' }),
      msg(51, { conversation_id: 'R2', product_area: 'export', created_at: t(1), text: 'Export fails every time, this is ridiculous.' }),
      msg(52, { conversation_id: 'R3', product_area: 'billing', created_at: t(2), text: 'Thanks, the invoice is perfect now!' }),
    ]
    await post(s, '/v1/messages?wait=true', { messages: batch }, s.keyA)
    // Reading the same messages again (a retried job) must not count them twice.
    const ids = (await s.open.db.selectFrom('messages').select('id').where('external_id', 'in', ['m50', 'm51', 'm52']).execute()).map((r) => r.id)
    const { readAndStore } = await import('../src/index.js')
    await readAndStore({ db: s.open.db, reader, clock, events: s.events }, s.a.id, ids)
    const res = await get(s, '/v1/analytics/trends?by=product_area&granularity=day&from=2026-09-30T00:00:00Z&to=2026-10-04T00:00:00Z', s.keyA)
    const body = await res.json()
    const exportSeries = body.series.find((x: { value: string }) => x.value === 'export')
    expect(exportSeries.points).toHaveLength(1)
    expect(exportSeries.points[0]).toMatchObject({ n: 2, negative_share: 1 })
    expect(body.series.find((x: { value: string }) => x.value === 'billing').points[0].positive_share).toBe(1)
    const weekly = await (await get(s, '/v1/analytics/trends?by=all&granularity=week&from=2026-09-30T00:00:00Z&to=2026-10-04T00:00:00Z', s.keyA)).json()
    expect(weekly.series[0].points.reduce((a: number, p: { n: number }) => a + p.n, 0)).toBe(3)
    const other = await (await get(s, '/v1/analytics/trends?by=product_area&from=2026-09-30T00:00:00Z&to=2026-10-04T00:00:00Z', s.keyB)).json()
    expect(other.series).toEqual([])
    expect((await get(s, '/v1/analytics/trends?by=nonsense', s.keyA)).status).toBe(400)
  })

  it('lists readings to review and stores corrections, scoped to the workspace', async () => {
    const res = await (await post(s, '/v1/messages?wait=true', { messages: [msg(60, { conversation_id: 'REV', text: 'This is absolutely unbelievable' })] }, s.keyA)).json()
    const messageId = res.messages[0].id as string
    const review = await (await get(s, '/v1/review', s.keyA)).json()
    expect(review.items.map((i: { message_id: string }) => i.message_id)).toContain(messageId)
    expect((await (await get(s, '/v1/review', s.keyB)).json()).items).toEqual([])
    expect((await post(s, '/v1/corrections', { message_id: messageId, reviewer: 'sam', label: 'positive' }, s.keyB)).status).toBe(404)
    expect((await post(s, '/v1/corrections', { message_id: messageId, reviewer: 'sam' }, s.keyA)).status).toBe(400)
    const stored = await post(s, '/v1/corrections', { message_id: messageId, reviewer: 'sam', label: 'positive', emotions: { satisfaction: 0.8 } }, s.keyA)
    expect(stored.status).toBe(201)
    const list = await (await get(s, `/v1/corrections?message_id=${messageId}`, s.keyA)).json()
    expect(list.corrections[0]).toMatchObject({ reviewer: 'sam', label: 'positive', emotions: { satisfaction: 0.8 } })
    expect((await (await get(s, '/v1/review', s.keyA)).json()).items.map((i: { message_id: string }) => i.message_id)).not.toContain(messageId)
  })

  it('applies a workspace\'s own analysis thresholds', async () => {
    const text = 'The refund has not arrived yet, could you check?'
    await post(s, '/v1/messages?wait=true', { messages: [msg(70, { conversation_id: 'CFG-A', text })] }, s.keyA)
    await s.open.db.updateTable('workspaces').set({ settings: JSON.stringify({ analysis: { escalation: { threshold: 0.01 } } }) }).where('id', '=', s.b.id).execute()
    await post(s, '/v1/messages?wait=true', { messages: [msg(70, { conversation_id: 'CFG-B', text })] }, s.keyB)
    const a = await (await get(s, '/v1/conversations/CFG-A', s.keyA)).json()
    const b = await (await get(s, '/v1/conversations/CFG-B', s.keyB)).json()
    expect(b.analysis.escalation).toBe(a.analysis.escalation)
    expect(b.analysis.escalate).toBe(true)
    expect(a.analysis.escalation).toBeLessThan(0.55)
    expect(a.analysis.escalate).toBe(false)
  })

  it('serves health, metrics and the OpenAPI document', async () => {
    expect((await s.app.request('/livez')).status).toBe(200)
    expect(await (await s.app.request('/readyz')).json()).toEqual({ status: 'pass' })
    const doc = await (await s.app.request('/openapi.json')).json()
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/messages', '/v1/score', '/v1/conversations/{id}', '/v1/queue', '/v1/stats']))
    const metrics = await (await s.app.request('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text()
    expect(metrics).toContain('undertone_ingest_messages_total{outcome="stored"}')
    expect(metrics).toContain('undertone_http_request_duration_seconds_bucket')
  })
})

describe('idempotency at volume', () => {
  it('10k deliveries with 30% duplicates (re-sent ids and replayed Idempotency-Keys) leave exactly the unique messages', async () => {
    const s = await setup({ requestsPerMinute: 1_000_000 })
    let seed = 11
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const unique = 7000
    const sentBatches: { key: string; body: unknown }[] = []
    let delivered = 0
    let nextId = 0
    while (delivered < 10_000) {
      const r = rand()
      if (r < 0.15 && sentBatches.length > 0) {
        // Replay an earlier request with its Idempotency-Key.
        const prior = sentBatches[Math.floor(rand() * sentBatches.length)] as { key: string; body: { messages: unknown[] } }
        const res = await post(s, '/v1/messages', prior.body, s.keyA, { 'idempotency-key': prior.key })
        expect(res.headers.get('idempotent-replayed')).toBe('true')
        delivered += prior.body.messages.length
        continue
      }
      const messages = []
      for (let i = 0; i < 10; i++) {
        const fresh = nextId < unique && (rand() < 0.85 || nextId === 0)
        const id = fresh ? nextId++ : Math.floor(rand() * Math.max(1, nextId))
        messages.push(msg(100_000 + id, { conversation_id: `V-${id % 500}`, customer_id: `P-${id % 200}` }))
      }
      const key = `k-${sentBatches.length}`
      const res = await post(s, '/v1/messages', { messages }, s.keyA, { 'idempotency-key': key })
      expect(res.status).toBe(202)
      sentBatches.push({ key, body: { messages } })
      delivered += messages.length
    }
    const stats = await (await get(s, '/v1/stats', s.keyA)).json()
    expect(stats.messages).toBe(nextId)
    const distinct = await s.open.db.selectFrom('messages').select((eb) => eb.fn.count<number>('external_id').distinct().as('n')).executeTakeFirstOrThrow()
    expect(Number(distinct.n)).toBe(nextId)
    expect(nextId).toBeGreaterThan(6000)
    await s.open.close()
  }, 120_000)
})

describe('API limits', () => {
  it('rate-limits per key with RateLimit headers and Retry-After', async () => {
    const s = await setup({ requestsPerMinute: 3 })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await get(s, '/v1/stats', s.keyA)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const limited = await get(s, '/v1/stats', s.keyA)
    expect(limited.headers.get('retry-after')).not.toBeNull()
    expect(Number(limited.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60)
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    expect((await get(s, '/v1/stats', s.keyB)).status).toBe(200)
    await s.open.close()
  })

  it('survives 10k random payloads with 4xx answers only', async () => {
    const s = await setup({ requestsPerMinute: 1_000_000 })
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T
    const values = (): unknown => pick([null, 1, -1, 1e308, 'x', '', '\u0000', [], {}, true, 'customer', '2026-01-01T00:00:00Z', 'ø'.repeat(50)])
    const statuses = new Map<number, number>()
    const heapBefore = process.memoryUsage().heapUsed
    for (let i = 0; i < 10_000; i++) {
      let body: string
      const r = rand()
      if (r < 0.2) body = Array.from({ length: Math.floor(rand() * 40) }, () => String.fromCharCode(Math.floor(rand() * 256))).join('')
      else if (r < 0.5) body = JSON.stringify({ messages: [{ ...msg(i), [pick(['external_id', 'role', 'text', 'created_at', 'customer', 'tags', 'internal'])]: values() }] })
      else if (r < 0.7) body = JSON.stringify(values())
      else body = JSON.stringify({ messages: Array.from({ length: Math.floor(rand() * 3) }, () => ({ [pick(['external_id', 'x', 'role'])]: values() })) })
      const res = await s.app.request(pick(['/v1/messages', '/v1/score']), { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${s.keyA}` } })
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
    }
    expect([...statuses.keys()].filter((st) => st >= 500)).toEqual([])
    // Bounded memory: nothing from 10k bad requests is kept around.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024)
    expect((await s.app.request('/livez')).status).toBe(200)
    await s.open.close()
  }, 120_000)
})
