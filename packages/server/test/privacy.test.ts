import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createReader } from '@undertone/engine'
import { type JobQueue, PgBossJobQueue, SqliteJobQueue } from '@undertone/jobs'
import { type Database, createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { type FreshDatabase, findText, freshDatabase, testDialects } from '@undertone/storage/testing'
import { type Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BatchReader, EventBus, WorkspaceAdaptations, createApp, inProcessBatchReader, readAndStore, runReadingWorker } from '../src/index.js'

const PG_URL = process.env.UNDERTONE_PG_URL
const reader = createReader()
const DAY = 86_400_000
const NOW = Date.parse('2026-12-01T12:00:00Z')

/** A customer's messages, each with a string found nowhere else (`zq<who><conversation><n>`), and an agent reply naming them. */
function conversation(who: string, conversationId: string, at: number, n = 3) {
  const tag = conversationId.replace(/-/g, '')
  return [
    ...Array.from({ length: n }, (_, i) => ({
      external_id: `${who}-${conversationId}-${i}`,
      conversation_id: conversationId,
      customer_id: who,
      role: 'customer',
      text: i % 2 === 0 ? `This is the third time the export failed, I am furious, order zq${who}${tag}${i}` : `Still broken and nobody answers zq${who}${tag}${i}, we will cancel`,
      created_at: new Date(at + i * 60_000).toISOString(),
    })),
    { external_id: `${who}-${conversationId}-reply`, conversation_id: conversationId, customer_id: who, role: 'agent', agent_id: 'agent-1', text: `Sorry ${who}, zqreply${who}${tag} we are on it`, created_at: new Date(at + n * 60_000).toISOString() },
  ]
}

async function setup(dialect: 'sqlite' | 'postgres', open: { db: Kysely<Database>; schema?: string }) {
  let now = NOW
  const clock = () => now
  const queue: JobQueue = dialect === 'sqlite' ? new SqliteJobQueue(open.db, { now: clock }) : new PgBossJobQueue({ connectionString: PG_URL as string, schema: `${open.schema}_boss` })
  const events = new EventBus()
  const adaptations = new WorkspaceAdaptations(open.db, clock)
  const app = createApp({ db: open.db, dialect, queue, reader, clock, events, adaptations })
  const ws = await ensureWorkspace(open.db, 'privacy', now)
  const first = await createApiKey(open.db, ws.id, 'admin', now)
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }), headers: { 'content-type': 'application/json', authorization: `Bearer ${first.key}` } })
    return { status: res.status, body: (await res.json()) as any }
  }
  const runWorker = async () => {
    // As `undertone serve` runs it: one adaptation cache shared by the API and the worker.
    const worker = runReadingWorker(queue, { db: open.db, reader, clock, events, adaptations }, { pollMs: 5 })
    await worker.idle()
    await worker.stop()
  }
  const counts = async () => ({
    stats: (await send('GET', '/v1/stats')).body,
    trends: (await send('GET', `/v1/analytics/trends?from=${new Date(NOW - 80 * DAY).toISOString()}&to=${new Date(NOW + DAY).toISOString()}`)).body,
  })
  return { ws, keyId: first.info.id, send, runWorker, counts, queue, events, clock, adaptations, setNow: (t: number) => (now = t) }
}

for (const dialect of testDialects(PG_URL)) {
  describe(`customers' data: ${dialect}`, () => {
    let open: FreshDatabase
    let s: Awaited<ReturnType<typeof setup>>
    beforeAll(async () => {
      open = await freshDatabase(dialect, PG_URL, 'ut_privacy')
      s = await setup(dialect, open)
    })
    afterAll(async () => {
      await s.queue.close()
      await open.drop()
    })

    it('erases one customer everywhere while the rollups keep their counts and the other customer is untouched; twice is fine', async () => {
      const posted = await s.send('POST', '/v1/messages?wait=true', { messages: [...conversation('alice', 'a-1', NOW - 3 * DAY), ...conversation('alice', 'a-2', NOW - 2 * DAY), ...conversation('bob', 'b-1', NOW - 3 * DAY)] })
      expect(posted.status).toBe(200)
      const aliceMessage = posted.body.messages.find((m: { external_id: string }) => m.external_id === 'alice-a-1-0').id
      const bobMessage = posted.body.messages.find((m: { external_id: string }) => m.external_id === 'bob-b-1-0').id
      for (const id of [aliceMessage, bobMessage]) expect((await s.send('POST', '/v1/corrections', { message_id: id, reviewer: 'ann', label: 'negative' })).status).toBe(201)
      // The correction memory (texts, in each process) of this process and of another one.
      const elsewhere = new WorkspaceAdaptations(open.db, () => NOW, { checkMs: 0 })
      expect((await s.adaptations.get(s.ws.id))?.memory?.size).toBe(2)
      expect((await elsewhere.get(s.ws.id))?.memory?.size).toBe(2)
      expect((await s.send('POST', '/v1/review/flags', { message_id: aliceMessage, flagged_by: 'ann', note: 'check' })).status).toBe(201)
      // The drivers tally the days' phrases; the snapshot and day tallies hold words of the texts.
      expect((await s.send('GET', '/v1/analytics/drivers?days=7')).status).toBe(200)
      const before = await s.counts()
      expect(before.stats.messages).toBe(12)

      const exported = await s.send('GET', '/v1/customers/alice/export')
      expect(exported.status).toBe(200)
      expect(exported.body.customer).toMatchObject({ external_id: 'alice' })
      expect(exported.body.conversations.map((c: { external_id: string }) => c.external_id).sort()).toEqual(['a-1', 'a-2'])
      expect(exported.body.messages.map((m: { text: string }) => m.text).join(' ')).toContain('zqalicea10')
      expect(exported.body.messages).toHaveLength(8)
      expect(exported.body.readings).toHaveLength(6)
      expect(exported.body.corrections).toHaveLength(1)
      expect(exported.body.review_flags).toHaveLength(1)
      expect(exported.body.conversation_readings).toHaveLength(2)
      expect(exported.body.customer_reading).not.toBeNull()
      expect(JSON.stringify(exported.body)).not.toContain('zqbob')
      const aliceId = exported.body.customer.id as string

      const erased = await s.send('DELETE', '/v1/customers/alice')
      expect(erased.status).toBe(200)
      expect(erased.body).toMatchObject({ customer_id: aliceId, erased_at: NOW, removed: { customers: 1, conversations: 2, messages: 8, readings: 6, conversation_readings: 2, customer_readings: 1, corrections: 1, review_flags: 1 } })
      expect((await s.adaptations.get(s.ws.id))?.memory?.size).toBe(1)
      expect((await elsewhere.get(s.ws.id))?.memory?.size).toBe(1)
      for (const needle of ['zqalice', 'zqreplyalice', 'alice-a-', 'Sorry alice']) expect(await findText(open.db, dialect, needle)).toEqual([])
      // Our id of the customer stays in the erasure record and the audit trail, nothing else.
      expect(await findText(open.db, dialect, aliceId)).toEqual(['audit_log.subject', 'customer_erasures.customer_id'])
      expect(await findText(open.db, dialect, 'zqbobb10')).toEqual(['messages.text'])
      expect((await s.send('GET', '/v1/customers/bob')).status).toBe(200)
      expect((await s.send('GET', '/v1/customers/alice')).status).toBe(404)
      expect((await s.send('GET', '/v1/customers/alice/export')).status).toBe(404)
      expect(await s.counts()).toEqual(before)

      // Again, by our id and by the external id: a receipt of zeros, the first erasure's time.
      for (const id of [aliceId, 'alice']) {
        const again = await s.send('DELETE', `/v1/customers/${id}`)
        expect(again.status).toBe(200)
        expect(again.body.erased_at).toBe(id === aliceId ? NOW : NOW)
        expect(Object.values(again.body.removed).every((n) => n === 0)).toBe(true)
      }
      expect(await s.counts()).toEqual(before)
    })

    it('erasure while a reading job for the customer is queued leaves nothing behind after the worker runs', async () => {
      expect((await s.send('POST', '/v1/messages', { messages: [...conversation('carol', 'c-1', NOW - DAY), ...conversation('dan', 'd-1', NOW - DAY)] })).status).toBe(202)
      const erased = await s.send('DELETE', '/v1/customers/carol')
      expect(erased.body.removed).toMatchObject({ messages: 4, readings: 0 })
      await s.runWorker()
      for (const needle of ['zqcarol', 'carol-c-1', 'Sorry carol']) expect(await findText(open.db, dialect, needle)).toEqual([])
      const carol = erased.body.customer_id as string
      expect(await open.db.selectFrom('customer_readings').select('customer_id').where('customer_id', '=', carol).execute()).toEqual([])
      expect(await open.db.selectFrom('alerts').select('id').where('subject_id', '=', carol).execute()).toEqual([])
      // Dan, in the same job, was read.
      expect((await s.send('GET', '/v1/customers/dan')).body.analysis).not.toBeNull()
    })

    it('a reading under way when its customer is erased stores after the erasure; the worker sweeps what it left', async () => {
      const posted = await s.send('POST', '/v1/messages', { messages: conversation('ivy', 'i-1', NOW - DAY) })
      const ids = posted.body.messages.map((m: { id: string }) => m.id)
      // A reading that has loaded the messages and is reading them when the erasure commits.
      let release = () => {}
      const gate = new Promise<void>((r) => (release = r))
      let entered = () => {}
      const reading = new Promise<void>((r) => (entered = r))
      const slow: BatchReader = {
        readMany: async (items, options) => {
          entered()
          await gate
          return inProcessBatchReader(reader).readMany(items, options)
        },
        close: async () => {},
      }
      const under = readAndStore({ db: open.db, reader, clock: s.clock, events: s.events, batchReader: slow }, s.ws.id, ids)
      await reading
      const erased = await s.send('DELETE', '/v1/customers/ivy')
      expect(erased.body.removed.messages).toBe(4)
      release()
      await under
      const ivy = erased.body.customer_id as string
      // What it stored after the erasure: readings of messages that are gone, the customer's reading.
      expect((await open.db.selectFrom('customer_readings').select('customer_id').where('customer_id', '=', ivy).execute()).length).toBe(1)
      expect((await open.db.selectFrom('readings').select('message_id').where('message_id', 'in', ids).execute()).length).toBe(3)
      await s.runWorker()
      expect(await open.db.selectFrom('customer_readings').select('customer_id').where('customer_id', '=', ivy).execute()).toEqual([])
      expect(await open.db.selectFrom('readings').select('message_id').where('message_id', 'in', ids).execute()).toEqual([])
      expect(await open.db.selectFrom('conversation_readings').select('conversation_id').where('workspace_id', '=', s.ws.id).where('conversation_id', 'not in', (await open.db.selectFrom('conversations').select('id').execute()).map((c) => c.id)).execute()).toEqual([])
      for (const needle of ['zqivy', 'ivy-i-1', 'Sorry ivy']) expect(await findText(open.db, dialect, needle)).toEqual([])
    })

    it('retention of 30 days empties older texts and keeps their readings and analytics', async () => {
      expect((await s.send('POST', '/v1/messages?wait=true', { messages: [...conversation('erin', 'e-old', NOW - 40 * DAY), ...conversation('erin', 'e-new', NOW - 5 * DAY)] })).status).toBe(200)
      const before = await s.counts()
      expect((await s.send('GET', '/v1/retention')).body).toEqual({ retention_days: null, updated_at: null, last_run_at: null })
      expect((await s.send('PUT', '/v1/retention', { retention_days: 0 })).status).toBe(400)
      const set = await s.send('PUT', '/v1/retention', { retention_days: 30 })
      expect(set).toMatchObject({ status: 200, body: { retention_days: 30 } })
      // The worker empties expired texts when it is idle.
      await s.runWorker()
      for (let i = 0; i < 3; i++) expect(await findText(open.db, dialect, `zqerineold${i}`)).toEqual([])
      expect(await findText(open.db, dialect, 'zqreplyerineold')).toEqual([])
      expect(await findText(open.db, dialect, 'zqerinenew0')).toContain('messages.text')
      const old = await open.db.selectFrom('messages').select(['text', 'created_at']).where('external_id', 'like', 'erin-e-old-%').execute()
      expect(old.map((m) => m.text)).toEqual(['', '', '', ''])
      // The first tests' messages are younger than 30 days: kept.
      expect(await findText(open.db, dialect, 'zqbobb10')).toContain('messages.text')
      expect(await s.counts()).toEqual(before)
      expect((await s.send('GET', '/v1/conversations/e-old')).body.messages[0]).toMatchObject({ text: '', reading: { label: expect.any(String) } })
      expect((await s.send('GET', '/v1/retention')).body).toMatchObject({ retention_days: 30, last_run_at: NOW })
      // A correction of an emptied message is kept, and its reading is not redone from an empty text.
      const oldId = (await open.db.selectFrom('messages').select('id').where('external_id', '=', 'erin-e-old-0').executeTakeFirstOrThrow()).id
      const readBefore = await open.db.selectFrom('readings').select(['label', 'score']).where('message_id', '=', oldId).executeTakeFirstOrThrow()
      expect((await s.send('POST', '/v1/corrections', { message_id: oldId, reviewer: 'ann', label: 'positive' })).status).toBe(201)
      expect(await open.db.selectFrom('readings').select(['label', 'score']).where('message_id', '=', oldId).executeTakeFirstOrThrow()).toEqual(readBefore)
    })

    it('the audit trail lists key creation, settings and retention changes, corrections and erasures with actor and time', async () => {
      const created = await s.send('POST', '/v1/keys', { name: 'zapier' })
      expect(created.status).toBe(201)
      expect((await s.send('PATCH', '/v1/settings', { domain: 'developer-tools' })).status).toBe(200)
      const trail = await s.send('GET', '/v1/audit')
      expect(trail.status).toBe(200)
      const actions = trail.body.entries.map((e: { action: string }) => e.action)
      expect(actions).toEqual(expect.arrayContaining(['key.create', 'settings.change', 'customer.erase', 'customer.export', 'correction.create', 'retention.change', 'retention.run']))
      const key = trail.body.entries.find((e: { action: string }) => e.action === 'key.create')
      expect(key).toMatchObject({ actor: s.keyId, subject: created.body.id, at: NOW, detail: { name: 'zapier' } })
      expect(trail.body.entries.find((e: { action: string }) => e.action === 'settings.change')).toMatchObject({ actor: s.keyId, detail: { changed: ['domain'] } })
      expect(trail.body.entries.find((e: { action: string }) => e.action === 'retention.run')).toMatchObject({ actor: 'worker' })
      // Erasures name our id, never the external id the request used.
      expect(JSON.stringify(trail.body)).not.toMatch(/alice|carol|ivy/)
      const erasures = await s.send('GET', '/v1/audit?action=customer.erase')
      expect(erasures.body.entries.map((e: { actor: string }) => e.actor)).toEqual(Array(erasures.body.entries.length).fill(s.keyId))
      expect(erasures.body.entries.length).toBe(5)
      // Page by page, everything once.
      const seen: string[] = []
      let before = ''
      for (;;) {
        const page = await s.send('GET', `/v1/audit?limit=3${before === '' ? '' : `&before=${before}`}`)
        seen.push(...page.body.entries.map((e: { id: string }) => e.id))
        if (page.body.next_before === null) break
        before = page.body.next_before
      }
      expect(seen).toEqual(trail.body.entries.map((e: { id: string }) => e.id))
      expect((await s.send('GET', '/v1/audit?before=yesterday')).status).toBe(400)
    })
  })
}

describe('customers\' data: the SQLite file', () => {
  it('holds no byte of an erased customer\'s texts or of expired ones after a checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ut-privacy-'))
    try {
      const open = openDatabase({ dataDir: dir })
      await migrateToLatest(open.db, 'sqlite')
      const s = await setup('sqlite', open)
      expect((await s.send('POST', '/v1/messages?wait=true', { messages: [...conversation('fay', 'f-1', NOW - DAY), ...conversation('gus', 'g-1', NOW - 40 * DAY), ...conversation('hal', 'h-1', NOW - DAY)] })).status).toBe(200)
      expect((await s.send('DELETE', '/v1/customers/fay')).status).toBe(200)
      expect((await s.send('PUT', '/v1/retention', { retention_days: 30 })).status).toBe(200)
      await s.runWorker()
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(open.db)
      const bytes = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1')).join('')
      for (const needle of ['zqfay', 'zqreplyfay', 'zqgus', 'zqreplygus']) expect(bytes.includes(needle), needle).toBe(false)
      expect(bytes.includes('zqhalh10')).toBe(true)
      await s.queue.close()
      await open.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
