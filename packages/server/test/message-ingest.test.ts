import { createReader } from '@undertone/engine'
import { type JobQueue, PgBossJobQueue, SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace } from '@undertone/storage'
import { type FreshDatabase, freshDatabase, testDialects } from '@undertone/storage/testing'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, createApp } from '../src/index.js'

const PG_URL = process.env.UNDERTONE_PG_URL
const reader = createReader()
const now = Date.parse('2026-12-01T12:00:00Z')
const clock = () => now

interface ApiMessage {
  readonly external_id: string
  readonly [field: string]: unknown
}

/** A helpdesk's message `i` of one pool: 40 conversations of 15 customers, replies from 4 agents. */
function apiMessage(prefix: string, i: number): ApiMessage {
  const conversation = i % 40
  const reply = i % 3 === 2
  return {
    external_id: `${prefix}-${i}`,
    conversation_id: `${prefix}-c${conversation}`,
    customer_id: `${prefix}-u${conversation % 15}`,
    role: reply ? 'agent' : 'customer',
    text: reply ? 'Sorry about that, looking into it now.' : `The export failed again on report ${i}, please help.`,
    created_at: new Date(now - 86_400_000 + i * 1000).toISOString(),
    ...(reply ? { agent_id: `${prefix}-a${i % 4}` } : { customer: { plan: `plan-${i % 2}` } }),
  }
}

/**
 * Batches of 200 (plus a repeat of their first message) from `senders` senders over one pool of
 * 480 messages: each message is sent by several senders, and every other sender sends newest first.
 */
function deliveries(prefix: string, senders: number, rounds: number): ApiMessage[][][] {
  return Array.from({ length: senders }, (_, s) =>
    Array.from({ length: rounds }, (_, r) => {
      const start = (s * 60 + r * 240) % 480
      const batch = Array.from({ length: 200 }, (_, k) => apiMessage(prefix, (start + k) % 480))
      if (s % 2 === 1) batch.reverse()
      return [...batch, batch[0] as ApiMessage]
    }),
  )
}

async function setup(dialect: 'sqlite' | 'postgres') {
  const open: FreshDatabase = await freshDatabase(dialect, PG_URL, 'ut_ingest')
  // The queue each dialect runs with in production: pg-boss enqueues inside the ingest transaction too.
  const queue: JobQueue = dialect === 'sqlite' ? new SqliteJobQueue(open.db, { now: clock }) : new PgBossJobQueue({ connectionString: PG_URL as string, schema: `${open.schema}_boss` })
  // Unexpected errors are kept here instead of on stderr, where the injected failure would be noise.
  const logged: string[] = []
  const app = createApp({ db: open.db, dialect, queue, reader, clock, events: new EventBus(), logError: (err) => logged.push((err as Error).message) })
  const ws = await ensureWorkspace(open.db, 'ingest', now)
  const key = (await createApiKey(open.db, ws.id, 'test', now)).key
  const post = (messages: readonly ApiMessage[], headers: Record<string, string> = {}, query = '') =>
    app.request(`/v1/messages${query}`, { method: 'POST', body: JSON.stringify({ messages }), headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers } })
  const stored = async (prefix: string) =>
    (await open.db.selectFrom('messages').select(['id', 'external_id']).where('workspace_id', '=', ws.id).where('external_id', 'like', `${prefix}-%`).execute()).sort((a, b) => (a.external_id < b.external_id ? -1 : 1))
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
  return { open, post, stored, close, logged }
}

for (const dialect of testDialects(PG_URL))
  describe(`POST /v1/messages under concurrency and retries (${dialect})`, () => {
    let s: Awaited<ReturnType<typeof setup>>
    beforeAll(async () => {
      s = await setup(dialect)
    })
    afterAll(() => s.close())

    it('answers concurrent batches that share customers and conversations without a 5xx, storing each message once', async () => {
      const sent = deliveries('live', 8, 2)
      const answers = await Promise.all(
        sent.map(async (batches, sender) => {
          const out: { batch: ApiMessage[]; status: number; body: { messages?: { external_id: string; status: string }[]; detail?: string } }[] = []
          // Every third sender waits for the readings, so reading transactions run among the ingests.
          for (const batch of batches) {
            const res = await s.post(batch, {}, sender % 3 === 0 ? '?wait=true' : '')
            out.push({ batch, status: res.status, body: await res.json() })
          }
          return out
        }),
      )
      const flat = answers.flat()
      expect(flat.filter((a) => a.status >= 500).map((a) => a.body.detail)).toEqual([])
      for (const a of flat) {
        expect([200, 202]).toContain(a.status)
        // Each message sent is answered in its place, stored by this request or reported back as a duplicate.
        expect((a.body.messages ?? []).map((m) => m.external_id)).toEqual(a.batch.map((m) => m.external_id))
      }
      const unique = [...new Set(sent.flat(2).map((m) => m.external_id))].sort()
      expect(flat.flatMap((a) => (a.body.messages ?? []).filter((m) => m.status === 'stored').map((m) => m.external_id)).sort()).toEqual(unique)
      expect((await s.stored('live')).map((m) => m.external_id)).toEqual(unique)
    })

    it('answers a retry of a request that failed after its messages committed with its acceptance, not with duplicates', async () => {
      const batch = Array.from({ length: 30 }, (_, i) => apiMessage('crash', i))
      // A real failure inside the database while reading (the rollups), after the ingest committed.
      if (dialect === 'sqlite') await sql.raw(`create trigger ut_fail before insert on rollups begin select raise(abort, 'injected failure'); end`).execute(s.open.db)
      else {
        await sql.raw(`create function ut_fail() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`).execute(s.open.db)
        await sql.raw('create trigger ut_fail before insert on rollups for each row execute function ut_fail()').execute(s.open.db)
      }
      try {
        expect((await s.post(batch, { 'idempotency-key': 'retry-me' }, '?wait=true')).status).toBe(500)
        expect(s.logged).toContain('injected failure')
      } finally {
        await sql.raw(dialect === 'sqlite' ? 'drop trigger ut_fail' : 'drop trigger ut_fail on rollups').execute(s.open.db)
      }
      const stored = await s.stored('crash')
      expect(stored).toHaveLength(30)
      const retry = await s.post(batch, { 'idempotency-key': 'retry-me' }, '?wait=true')
      expect(retry.status).toBe(202)
      expect(retry.headers.get('idempotent-replayed')).toBe('true')
      const body = await retry.json()
      expect(body).toMatchObject({ accepted: 30, duplicates: 0 })
      expect(body.messages.map((m: { id: string; external_id: string }) => [m.external_id, m.id]).sort()).toEqual(stored.map((m) => [m.external_id, m.id]))

      // Once the readings are recorded, a retry gets them too.
      const read = await s.post(batch.slice(0, 5), { 'idempotency-key': 'read-me' }, '?wait=true')
      expect(read.status).toBe(200)
      const first = await read.json()
      const again = await s.post(batch.slice(0, 5), { 'idempotency-key': 'read-me' }, '?wait=true')
      expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 'true'])
      expect(await again.json()).toEqual(first)
    })

    it('ingests concurrent identical requests with one Idempotency-Key once; the others replay its answer', async () => {
      const batch = Array.from({ length: 50 }, (_, i) => apiMessage('same-key', i))
      const responses = await Promise.all(Array.from({ length: 5 }, () => s.post(batch, { 'idempotency-key': 'k-concurrent' })))
      const bodies = await Promise.all(responses.map((r) => r.json()))
      expect(responses.map((r) => r.status)).toEqual([202, 202, 202, 202, 202])
      expect(responses.filter((r) => r.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1)
      for (const b of bodies) expect(b).toEqual(bodies[0])
      expect(bodies[0]).toMatchObject({ accepted: 50, duplicates: 0 })
      expect(await s.stored('same-key')).toHaveLength(50)
      const other = await s.post(batch.slice(1), { 'idempotency-key': 'k-concurrent' })
      expect([other.status, (await other.json()).code]).toEqual([409, 'UT_E_IDEMPOTENCY_CONFLICT'])
    })

    it('refuses an Idempotency-Key longer than 200 characters or with a control character, naming the header', async () => {
      for (const key of ['k'.repeat(201), 'a\u0001b', 'a\tb']) {
        const res = await s.post([apiMessage('bad-key', 1)], { 'idempotency-key': key })
        const body = await res.json()
        expect([res.status, body.code]).toEqual([400, 'UT_E_VALIDATION'])
        expect(body.detail).toContain('Idempotency-Key')
        expect(body.errors).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }])
      }
      expect(await s.stored('bad-key')).toEqual([])
      expect((await s.post([apiMessage('bad-key', 1)], { 'idempotency-key': 'k'.repeat(200) })).status).toBe(202)
    })
  })
