import { createReader } from '@undertone/engine'
import { type JobQueue, PgBossJobQueue, SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, recordIdempotentResponse } from '@undertone/storage'
import { type FreshDatabase, freshDatabase, testDialects } from '@undertone/storage/testing'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, createApp, runReadingWorker } from '../src/index.js'

// `POST /v1/messages` as an integrator meets it: each message answered in the caller's ids and
// ours, its reading next to it with ?wait=true (a duplicate's stored one too), and dates after the
// server's clock (beyond the skew) refused with the field that carries them.

const PG_URL = process.env.UNDERTONE_PG_URL
const reader = createReader()
let now = Date.parse('2026-11-02T12:00:00Z')
const clock = () => now
const MINUTE = 60_000

const message = (id: string, over: Record<string, unknown> = {}) => ({
  external_id: id,
  conversation_id: 'ticket-7',
  customer_id: 'cust-3',
  role: 'customer',
  text: 'The invoice page has been down since this morning and nobody answers.',
  created_at: new Date(now - 30 * MINUTE).toISOString(),
  ...over,
})

async function setup(dialect: 'sqlite' | 'postgres', clockSkewMs?: number) {
  const open: FreshDatabase = await freshDatabase(dialect, PG_URL, 'ut_answer')
  const queue: JobQueue = dialect === 'sqlite' ? new SqliteJobQueue(open.db, { now: clock }) : new PgBossJobQueue({ connectionString: PG_URL as string, schema: `${open.schema}_boss` })
  const events = new EventBus()
  const app = createApp({ db: open.db, dialect, queue, reader, clock, events, ...(clockSkewMs === undefined ? {} : { clockSkewMs }) })
  const ws = await ensureWorkspace(open.db, 'answers', now)
  const key = (await createApiKey(open.db, ws.id, 'test', now)).key
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` }
  const post = async (messages: readonly object[], query = '', extra: Record<string, string> = {}) => {
    const res = await app.request(`/v1/messages${query}`, { method: 'POST', body: JSON.stringify({ messages }), headers: { ...headers, ...extra } })
    return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: await res.json() }
  }
  const get = async (path: string) => (await app.request(path, { headers })).json()
  const drain = async () => {
    const worker = runReadingWorker(queue, { db: open.db, reader, clock, events }, { pollMs: 5 })
    await worker.idle()
    await worker.stop()
  }
  const close = async () => {
    await queue.close()
    await open.drop()
    if (dialect === 'postgres') {
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`drop schema if exists ${open.schema}_boss cascade`)
      await c.end()
    }
  }
  return { open, ws, post, get, drain, close }
}

for (const dialect of testDialects(PG_URL))
  describe(`POST /v1/messages answers in the caller's ids (${dialect})`, () => {
    let s: Awaited<ReturnType<typeof setup>>
    beforeAll(async () => {
      s = await setup(dialect)
    })
    afterAll(() => s.close())

    it('answers each message in its place with the caller ids and ours, and with ?wait=true its reading next to it', async () => {
      const batch = [
        message('mail-1'),
        message('mail-2', { role: 'agent', text: 'Sorry about that, looking into it now.', created_at: new Date(now - 20 * MINUTE).toISOString() }),
        message('mail-3', { conversation_id: 'ticket-8', customer_id: 'cust-4', text: 'Thank you so much, it works perfectly now!' }),
      ]
      const { status, body } = await s.post(batch, '?wait=true')
      expect(status).toBe(200)
      expect({ accepted: body.accepted, duplicates: body.duplicates }).toEqual({ accepted: 3, duplicates: 0 })
      expect(body.messages.map((m: Record<string, unknown>) => [m.external_id, m.conversation_external_id, m.customer_external_id, m.status])).toEqual([
        ['mail-1', 'ticket-7', 'cust-3', 'stored'],
        ['mail-2', 'ticket-7', 'cust-3', 'stored'],
        ['mail-3', 'ticket-8', 'cust-4', 'stored'],
      ])
      const [first, reply, other] = body.messages
      // Our ids are the ones the conversation answers with.
      const conversation = await s.get('/v1/conversations/ticket-7')
      expect(first.conversation_id).toBe(conversation.id)
      expect(conversation.messages.map((m: { id: string; external_id: string }) => [m.external_id, m.id])).toEqual([
        ['mail-1', first.id],
        ['mail-2', reply.id],
      ])
      expect(other.conversation_id).not.toBe(conversation.id)
      // Each reading is the message's own, the one stored; an agent's reply is not read.
      expect(first.reading).toMatchObject({ message_id: first.id, conversation_id: first.conversation_id, label: 'negative' })
      expect(first.reading).toEqual(conversation.messages[0].reading)
      expect(reply.reading).toBeNull()
      expect(other.reading).toMatchObject({ message_id: other.id, label: 'positive' })
    })

    it('answers duplicates re-posted with ?wait=true with their stored readings, and a repeat within the batch with the first copy', async () => {
      const before = await s.post([message('mail-1'), message('mail-3', { conversation_id: 'ticket-8', customer_id: 'cust-4', text: 'Thank you so much, it works perfectly now!' })])
      expect(before.status).toBe(202)
      expect(before.body.messages.map((m: { status: string; reading?: unknown }) => [m.status, 'reading' in m])).toEqual([
        ['duplicate', false],
        ['duplicate', false],
      ])
      const stored = await s.get('/v1/conversations/ticket-7')
      const again = await s.post([message('mail-1'), message('mail-4', { text: 'Still waiting, this is getting ridiculous.' }), message('mail-4', { text: 'Still waiting, this is getting ridiculous.' })], '?wait=true')
      expect(again.status).toBe(200)
      expect({ accepted: again.body.accepted, duplicates: again.body.duplicates }).toEqual({ accepted: 1, duplicates: 2 })
      const [dup, fresh, repeat] = again.body.messages
      expect(dup).toMatchObject({ external_id: 'mail-1', id: stored.messages[0].id, conversation_id: stored.id, status: 'duplicate' })
      expect(dup.reading).toEqual(stored.messages[0].reading)
      expect(fresh).toMatchObject({ external_id: 'mail-4', status: 'stored', reading: { message_id: fresh.id } })
      expect(repeat).toEqual({ ...fresh, status: 'duplicate' })
    })

    it('reads, for a caller who waits, a duplicate whose first request only queued it', async () => {
      const queued = await s.post([message('late-1', { conversation_id: 'ticket-9', text: 'Why was I charged twice? I want this fixed today.' })])
      expect(queued.status).toBe(202)
      expect((await s.get('/v1/conversations/ticket-9')).messages[0].reading).toBeUndefined()
      const waited = await s.post([message('late-1', { conversation_id: 'ticket-9', text: 'Why was I charged twice? I want this fixed today.' })], '?wait=true')
      expect(waited.body.messages[0]).toMatchObject({ id: queued.body.messages[0].id, status: 'duplicate', reading: { message_id: queued.body.messages[0].id, label: 'negative' } })
      expect((await s.get('/v1/conversations/ticket-9')).messages[0].reading).toEqual(waited.body.messages[0].reading)
      // The queued job reads it again later without counting it twice.
      await s.drain()
      expect((await s.get('/v1/stats')).readings_pending).toBe(0)
    })

    it('answers a duplicate sent under another conversation with its stored copy, where it is stored', async () => {
      const stored = await s.get('/v1/conversations/ticket-7')
      const moved = await s.post([message('mail-1', { conversation_id: 'ticket-elsewhere' })], '?wait=true')
      expect(moved.body.messages[0]).toEqual({ external_id: 'mail-1', id: stored.messages[0].id, conversation_external_id: 'ticket-elsewhere', conversation_id: stored.id, customer_external_id: 'cust-3', status: 'duplicate', reading: stored.messages[0].reading })
    })

    it('replays an Idempotency-Key with the same entries, and an answer kept before entries existed in their shape', async () => {
      const batch = [message('idem-1', { conversation_id: 'ticket-10' }), message('idem-2', { conversation_id: 'ticket-10', role: 'agent', text: 'On it.' })]
      const first = await s.post(batch, '?wait=true', { 'idempotency-key': 'retry-1' })
      const replay = await s.post(batch, '?wait=true', { 'idempotency-key': 'retry-1' })
      expect([replay.status, replay.replayed]).toEqual([200, 'true'])
      expect(replay.body).toEqual(first.body)

      // An answer recorded by the previous version: the new messages' ids, the duplicates' external ids, the readings apart.
      const legacy = [message('old-1', { conversation_id: 'ticket-11' }), message('idem-1', { conversation_id: 'ticket-10' })]
      const posted = await s.post(legacy, '?wait=true')
      const [stored, dup] = posted.body.messages
      const { createHash } = await import('node:crypto')
      const requestHash = createHash('sha256').update(JSON.stringify({ messages: legacy })).digest('hex')
      const readingOf = (r: Record<string, unknown>) => ({ messageId: r.message_id, conversationId: r.conversation_id, modelVersion: r.model_version, label: r.label, score: r.score, confidence: r.confidence, emotions: r.emotions, intensity: r.intensity, cues: r.cues, needsReview: r.needs_review, language: r.language, readAt: r.read_at })
      const body = { accepted: 1, duplicates: 1, messages: [{ external_id: 'old-1', id: stored.id, conversation_id: stored.conversation_id }], duplicate_external_ids: ['idem-1'], readings: [readingOf(stored.reading)] }
      await s.open.db.transaction().execute((trx) => recordIdempotentResponse(trx, s.ws.id, 'from-before', { requestHash, status: 200, body }, now))
      const upgraded = await s.post(legacy, '?wait=true', { 'idempotency-key': 'from-before' })
      expect([upgraded.status, upgraded.replayed]).toEqual([200, 'true'])
      expect(upgraded.body).toEqual({ accepted: 1, duplicates: 1, messages: [{ ...stored, status: 'stored' }, dup] })
    })
  })

describe('POST /v1/messages refuses dates after the clock beyond the skew', () => {
  let s: Awaited<ReturnType<typeof setup>>
  beforeAll(async () => {
    s = await setup('sqlite', 2 * MINUTE)
  })
  afterAll(() => s.close())

  it('accepts a date within the skew and refuses one beyond it, naming each field, storing nothing of the batch', async () => {
    const within = await s.post([message('skew-1', { created_at: new Date(now + 2 * MINUTE).toISOString() })])
    expect(within.status).toBe(202)
    const batch = [message('skew-2'), message('skew-3'), message('skew-4', { created_at: new Date(now + 2 * MINUTE + 1000).toISOString() }), message('skew-5', { created_at: '2027-11-02T12:00:00+02:00' })]
    const refused = await s.post(batch, '?wait=true')
    expect(refused.status).toBe(400)
    expect(refused.body.code).toBe('UT_E_VALIDATION')
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['messages.2.created_at', 'messages.3.created_at'])
    expect(refused.body.errors[0].message).toContain('120 s of clock skew')
    expect((await s.get('/v1/stats')).messages).toBe(1)
  })

  it('checks against the injected clock, not the system one', async () => {
    const saved = now
    try {
      // A year from the system's today is no longer in the future once the server's clock is there.
      now = Date.parse('2027-11-02T12:00:00Z')
      expect((await s.post([message('skew-6', { created_at: '2027-11-02T12:01:00Z' })])).status).toBe(202)
      now = Date.parse('2020-01-01T00:00:00Z')
      expect((await s.post([message('skew-7', { created_at: '2020-01-01T00:05:00Z' })])).status).toBe(400)
    } finally {
      now = saved
    }
  })
})
