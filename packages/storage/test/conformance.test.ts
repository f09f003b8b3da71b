import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { type Transaction, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Database,
  type IncomingMessage,
  activateModelVersion,
  activeModelVersion,
  correctionStamp,
  correctionsSince,
  insertCorrections,
  insertModelVersion,
  listModelVersions,
  workspaceCorrections,
  type OpenDatabase,
  addToRollups,
  conversationTimeline,
  completeIdempotentResponse,
  createApiKey,
  deleteExpiredIdempotencyKeys,
  findIdempotentResponse,
  driverSample,
  dailyReadCounts,
  driverDayHeaders,
  loadDriverDays,
  saveDriverDay,
  trendSeries,
  ensureWorkspace,
  ingestMessages,
  isRetryableConflict,
  isStorageError,
  listApiKeys,
  migrateToLatest,
  recordIdempotentResponse,
  retryOnConflict,
  revokeApiKey,
  saveReadings,
  verifyApiKey,
  workspaceStats,
} from '../src/index.js'
import { DIALECTS, freshDatabase } from './dialects.js'

const T = Date.parse('2026-09-01T10:00:00Z')

function message(n: number, over: Partial<IncomingMessage> = {}): IncomingMessage {
  return { externalId: `e${n}`, conversationId: 'conv-1', customerId: 'cust-1', role: 'customer', text: `message ${n}`, createdAt: T + n * 60_000, ...over }
}

/**
 * Deliveries as a live helpdesk sends them: `senders` concurrent senders, `rounds` batches each,
 * over one pool of messages whose customers, conversations and agents they all share. Each message
 * is delivered by several senders (re-deliveries), every batch repeats its first message, and every
 * other sender sends its batches newest first, so two batches meet the same rows in opposite orders.
 */
function helpdeskDeliveries(senders: number, rounds: number, size: number): IncomingMessage[][][] {
  const pool = 480
  const message = (i: number): IncomingMessage => {
    const conversation = i % 40
    const reply = i % 3 === 2
    return {
      externalId: `hd-${i}`,
      conversationId: `hd-c${conversation}`,
      customerId: `hd-u${conversation % 15}`,
      role: reply ? 'agent' : 'customer',
      text: `message ${i}`,
      createdAt: T + i * 1000,
      ...(reply ? { agentId: `hd-a${i % 4}` } : { customer: { plan: `plan-${i % 2}` } }),
      status: i % 5 === 0 ? 'pending' : 'open',
    }
  }
  return Array.from({ length: senders }, (_, s) =>
    Array.from({ length: rounds }, (_, r) => {
      const start = (s * 60 + r * 240) % pool
      const batch = Array.from({ length: size }, (_, k) => message((start + k) % pool))
      if (s % 2 === 1) batch.reverse()
      return [...batch, batch[0] as IncomingMessage]
    }),
  )
}

for (const dialect of DIALECTS) {
  describe(`storage conformance: ${dialect}`, () => {
    let open: OpenDatabase & { drop(): Promise<void>; schema?: string }
    beforeAll(async () => {
      open = await freshDatabase(dialect)
    })
    afterAll(async () => {
      await open.drop()
    })

    it('migrations are idempotent', async () => {
      expect(await migrateToLatest(open.db, dialect, open.schema)).toEqual([])
    })

    it('creates workspaces once by name', async () => {
      const a = await ensureWorkspace(open.db, 'acme', T)
      const b = await ensureWorkspace(open.db, 'acme', T + 1)
      expect(b.id).toBe(a.id)
      expect(b.createdAt).toBe(T)
    })

    it('stores API keys hashed, verifies them, and revokes them', async () => {
      const ws = await ensureWorkspace(open.db, 'keys', T)
      const { key, info } = await createApiKey(open.db, ws.id, 'ci', T)
      expect(key).toMatch(/^ut_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}$/)
      const row = await open.db.selectFrom('api_keys').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow()
      expect(row.secret_hash).not.toContain(key.slice(-32))
      expect(JSON.stringify(row)).not.toContain(key.slice(-32))
      expect((await verifyApiKey(open.db, key))?.workspaceId).toBe(ws.id)
      // One character changed (to one it is not already: a key ending in 'x' once made this pass through).
      expect(await verifyApiKey(open.db, `${key.slice(0, -1)}${key.endsWith('x') ? 'y' : 'x'}`)).toBeUndefined()
      expect(await verifyApiKey(open.db, 'Bearer nonsense')).toBeUndefined()
      expect(await revokeApiKey(open.db, 'other-workspace', info.id, T)).toBe(false)
      expect(await revokeApiKey(open.db, ws.id, info.id, T)).toBe(true)
      expect(await verifyApiKey(open.db, key)).toBeUndefined()
      expect((await listApiKeys(open.db, ws.id))[0]?.revokedAt).toBe(T)
    })

    it('ingests a batch once: re-delivery and in-batch repeats are duplicates, counters move once', async () => {
      const ws = await ensureWorkspace(open.db, 'ingest', T)
      const batch = [message(1), message(2, { role: 'agent' }), message(3), message(3)]
      const first = await ingestMessages(open.db, ws.id, batch, T)
      expect(first.inserted.map((m) => m.externalId)).toEqual(['e1', 'e2', 'e3'])
      expect(first.duplicates).toEqual(['e3'])
      const again = await ingestMessages(open.db, ws.id, batch, T)
      expect(again.inserted).toEqual([])
      expect(again.duplicates.sort()).toEqual(['e1', 'e2', 'e3', 'e3'])
      const conv = await open.db.selectFrom('conversations').selectAll().where('workspace_id', '=', ws.id).executeTakeFirstOrThrow()
      expect(conv.message_count).toBe(3)
      expect(conv.first_customer_at).toBe(T + 60_000)
      expect(conv.last_customer_at).toBe(T + 180_000)
      expect(conv.first_response_at).toBe(T + 120_000)
      expect(typeof conv.first_customer_at).toBe('number')
    })

    it('ingests concurrent interleaved batches with shared customers and conversations without deadlocking, each message once', async () => {
      const ws = await ensureWorkspace(open.db, 'concurrent', T)
      const deliveries = helpdeskDeliveries(8, 2, 200)
      const settled = await Promise.allSettled(deliveries.map(async (batches) => {
        const results = []
        for (const batch of batches) results.push({ batch, result: await ingestMessages(open.db, ws.id, batch, T) })
        return results
      }))
      expect(settled.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []))).toEqual([])
      const sent = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value : []))
      for (const { batch, result } of sent) {
        // Every delivered message is either stored by this batch or reported back as a duplicate.
        expect([...result.inserted.map((m) => m.externalId), ...result.duplicates].sort()).toEqual(batch.map((m) => m.externalId).sort())
      }
      const unique = [...new Set(deliveries.flat(2).map((m) => m.externalId))].sort()
      expect(sent.flatMap((s) => s.result.inserted.map((m) => m.externalId)).sort()).toEqual(unique)
      const stored = await open.db.selectFrom('messages').select('external_id').where('workspace_id', '=', ws.id).execute()
      expect(stored.map((m) => m.external_id).sort()).toEqual(unique)
      expect(await workspaceStats(open.db, ws.id)).toMatchObject({ messages: unique.length, conversations: 40, customers: 15 })
      const conversations = await open.db.selectFrom('conversations').select(['id', 'message_count']).where('workspace_id', '=', ws.id).execute()
      const perConversation = await open.db.selectFrom('messages').select(['conversation_id', (eb) => eb.fn.countAll<number>().as('n')]).where('workspace_id', '=', ws.id).groupBy('conversation_id').execute()
      const counted = new Map(perConversation.map((r) => [r.conversation_id, Number(r.n)]))
      expect(conversations.map((c) => [c.id, Number(c.message_count)])).toEqual(conversations.map((c) => [c.id, counted.get(c.id)]))
    })

    it('retries a transaction refused only because of another one (deadlock victim, busy file), and no other failure', async () => {
      const retried: unknown[] = []
      const onRetry = (e: unknown) => retried.push(e)
      if (dialect === 'postgres') {
        const a = await ensureWorkspace(open.db, 'retry-a', T)
        const b = await ensureWorkspace(open.db, 'retry-b', T)
        // Two transactions take the same two rows in opposite orders, each holding its first row
        // until the other holds its own: PostgreSQL aborts one (40P01), which runs again.
        let arrived = 0
        let release = () => {}
        const bothHoldOne = new Promise<void>((r) => (release = r))
        const touch = (id: string, trx: Transaction<Database>) => sql`update workspaces set settings = settings where id = ${id}`.execute(trx)
        const crossing = (first: string, second: string) =>
          retryOnConflict(
            () =>
              open.db.transaction().execute(async (trx) => {
                await touch(first, trx)
                if (++arrived === 2) release()
                await bothHoldOne
                await touch(second, trx)
              }),
            { onRetry },
          )
        await Promise.all([crossing(a.id, b.id), crossing(b.id, a.id)])
        expect(retried.map((e) => (e as { code?: string }).code)).toEqual(['40P01'])
      } else {
        // Another connection (another process, in production) holds the file's write lock for a moment.
        const dir = mkdtempSync(join(tmpdir(), 'ut-busy-'))
        const holder = new SQLite(join(dir, 'busy.db'))
        const writer = new SQLite(join(dir, 'busy.db'))
        try {
          holder.exec('create table t (n integer); insert into t values (0)')
          writer.pragma('busy_timeout = 0')
          holder.exec('begin immediate')
          setTimeout(() => holder.exec('commit'), 50)
          await retryOnConflict(async () => void writer.exec('update t set n = n + 1'), { attempts: 20, onRetry })
          expect(writer.prepare('select n from t').pluck().get()).toBe(1)
          expect(retried.length).toBeGreaterThan(0)
          expect(retried.every(isRetryableConflict)).toBe(true)
        } finally {
          holder.close()
          writer.close()
          rmSync(dir, { recursive: true, force: true })
        }
      }
      // A failure of the work itself (here a duplicate primary key) is passed on at the first try.
      let tries = 0
      const ws = await ensureWorkspace(open.db, 'retry-unique', T)
      await expect(
        retryOnConflict(async () => {
          tries++
          await open.db.insertInto('workspaces').values({ id: ws.id, name: 'retry-unique-2', settings: '{}', created_at: T }).execute()
        }),
      ).rejects.toThrow()
      expect(tries).toBe(1)
    })

    it('records an answer under an Idempotency-Key with the work, once per workspace and key, and deletes expired ones in chunks', async () => {
      const ws = await ensureWorkspace(open.db, 'idempotency', T)
      const other = await ensureWorkspace(open.db, 'idempotency-other', T)
      const accepted = { requestHash: 'h1', status: 202, body: { accepted: 1, messages: [{ external_id: 'i1' }] } }
      const { inserted } = await ingestMessages(open.db, ws.id, [message(900)], T, (trx) => recordIdempotentResponse(trx, ws.id, 'k1', accepted, T))
      expect(inserted).toHaveLength(1)
      expect(await findIdempotentResponse(open.db, ws.id, 'k1')).toEqual(accepted)
      expect(await findIdempotentResponse(open.db, other.id, 'k1')).toBeUndefined()
      // The same key again: the whole transaction rolls back, its messages included.
      const again = ingestMessages(open.db, ws.id, [message(901)], T, (trx) => recordIdempotentResponse(trx, ws.id, 'k1', { ...accepted, requestHash: 'h2' }, T))
      await expect(again).rejects.toSatisfy((e) => isStorageError(e) && e.code === 'UT_E_CONFLICT')
      expect(await open.db.selectFrom('messages').select('id').where('workspace_id', '=', ws.id).where('external_id', '=', 'e901').executeTakeFirst()).toBeUndefined()
      expect(await findIdempotentResponse(open.db, ws.id, 'k1')).toEqual(accepted)
      await completeIdempotentResponse(open.db, ws.id, 'k1', { ...accepted, status: 200, body: { readings: [] } })
      expect(await findIdempotentResponse(open.db, ws.id, 'k1')).toEqual({ requestHash: 'h1', status: 200, body: { readings: [] } })
      // Rows written before the repository existed (by the API itself) read back the same.
      await open.db.insertInto('idempotency_keys').values({ workspace_id: other.id, key: 'old', response: JSON.stringify({ hash: 'h0', status: 202, body: { accepted: 0 } }), created_at: T }).execute()
      expect(await findIdempotentResponse(open.db, other.id, 'old')).toEqual({ requestHash: 'h0', status: 202, body: { accepted: 0 } })

      const rows = Array.from({ length: 23 }, (_, i) => ({ workspace_id: i % 2 === 0 ? ws.id : other.id, key: `x${i}`, response: '{}', created_at: T - 1000 + i }))
      await open.db.insertInto('idempotency_keys').values(rows).execute()
      const before = T - 1000 + 20
      expect(await deleteExpiredIdempotencyKeys(open.db, before, 7)).toBe(20)
      const left = await open.db.selectFrom('idempotency_keys').select('key').where('workspace_id', 'in', [ws.id, other.id]).execute()
      expect(left.map((r) => r.key).sort()).toEqual(['k1', 'old', 'x20', 'x21', 'x22'])
      expect(await deleteExpiredIdempotencyKeys(open.db, before, 7)).toBe(0)
    })

    it('keeps workspaces apart: the same external ids in two workspaces are two records', async () => {
      const a = await ensureWorkspace(open.db, 'iso-a', T)
      const b = await ensureWorkspace(open.db, 'iso-b', T)
      await ingestMessages(open.db, a.id, [message(1, { text: 'secret of a' })], T)
      const rb = await ingestMessages(open.db, b.id, [message(1, { text: 'secret of b' })], T)
      expect(rb.inserted).toHaveLength(1)
      const convB = rb.inserted[0]?.conversationId as string
      const timelineAsA = await conversationTimeline(open.db, a.id, convB)
      expect(timelineAsA).toEqual([])
      const timelineB = await conversationTimeline(open.db, b.id, convB)
      expect(timelineB.map((m) => m.text)).toEqual(['secret of b'])
      expect((await workspaceStats(open.db, a.id)).messages).toBe(1)
    })

    it('records agents and bots once, and links their messages', async () => {
      const ws = await ensureWorkspace(open.db, 'agents', T)
      await ingestMessages(open.db, ws.id, [message(1), message(2, { role: 'agent', agentId: 'ana' }), message(3, { role: 'bot', agentId: 'helpbot' }), message(4, { role: 'agent', agentId: 'ana' })], T)
      const agents = await open.db.selectFrom('agents').select(['external_id', 'kind', 'id']).where('workspace_id', '=', ws.id).orderBy('external_id').execute()
      expect(agents.map((a) => [a.external_id, a.kind])).toEqual([['ana', 'human'], ['helpbot', 'bot']])
      const linked = await open.db.selectFrom('messages').select('agent_id').where('workspace_id', '=', ws.id).where('agent_id', 'is not', null).execute()
      expect(linked.map((l) => l.agent_id).sort()).toEqual([agents[0]?.id, agents[0]?.id, agents[1]?.id].sort())
    })

    it('adds readings to hourly and daily rollups and reads trends back', async () => {
      const ws = await ensureWorkspace(open.db, 'rollups', T)
      const at = Date.parse('2026-09-01T10:15:00Z')
      const inputs = [
        { at, score: -0.5, label: 'negative' as const, emotions: { frustration: 0.8 }, dims: { product_area: 'export', tag: ['a', 'b'] } },
        { at: at + 60_000, score: 0.5, label: 'positive' as const, emotions: { frustration: 0.2 }, dims: { product_area: 'export' } },
      ]
      await addToRollups(open.db, ws.id, inputs)
      await addToRollups(open.db, ws.id, [{ ...inputs[1], at: at + 86_400_000 } as (typeof inputs)[number]])
      const day = await trendSeries(open.db, ws.id, { dimension: 'product_area', granularity: 'day', from: at - 86_400_000, to: at + 2 * 86_400_000 })
      const points = day.get('export') ?? []
      expect(points.map((p) => p.n)).toEqual([2, 1])
      expect(points[0]).toMatchObject({ meanScore: 0, negativeShare: 0.5, positiveShare: 0.5 })
      expect(points[0]?.emotions.frustration).toBeCloseTo(0.5)
      const tags = await trendSeries(open.db, ws.id, { dimension: 'tag', granularity: 'hour', from: at - 3_600_000, to: at + 3_600_000 })
      expect([...tags.keys()]).toEqual(['a', 'b'])
      expect(typeof points[0]?.t).toBe('number')
      const other = await ensureWorkspace(open.db, 'rollups-other', T)
      expect((await trendSeries(open.db, other.id, { dimension: 'all', granularity: 'day', from: 0, to: at * 2 })).size).toBe(0)
    })

    it('updates customer profile fields only when given', async () => {
      const ws = await ensureWorkspace(open.db, 'profiles', T)
      await ingestMessages(open.db, ws.id, [message(1, { customer: { plan: 'pro', value: 1200.5 } })], T)
      await ingestMessages(open.db, ws.id, [message(2, { customer: { segment: 'smb' } })], T)
      const c = await open.db.selectFrom('customers').selectAll().where('workspace_id', '=', ws.id).executeTakeFirstOrThrow()
      expect([c.plan, c.segment, c.value]).toEqual(['pro', 'smb', 1200.5])
    })

    it('saves readings (latest wins), joins them into the timeline, and counts pending ones', async () => {
      const ws = await ensureWorkspace(open.db, 'readings', T)
      const { inserted } = await ingestMessages(open.db, ws.id, [message(1), message(2, { role: 'agent' }), message(3)], T)
      const [m1, , m3] = inserted
      const reading = {
        messageId: m1?.id as string,
        conversationId: m1?.conversationId as string,
        modelVersion: 'v1',
        label: 'negative' as const,
        score: -0.4321,
        confidence: 0.9,
        emotions: { frustration: 0.7 },
        intensity: 0.3,
        cues: [{ kind: 'repeat-contact', start: 0, end: 5, explicit: false, weight: -0.7 }],
        needsReview: false,
        language: 'en',
        readAt: T,
      }
      await saveReadings(open.db, ws.id, [reading])
      await saveReadings(open.db, ws.id, [{ ...reading, modelVersion: 'v2', score: -0.5 }])
      expect(await workspaceStats(open.db, ws.id)).toEqual({ messages: 3, conversations: 1, customers: 1, readingsPending: 1 })
      const timeline = await conversationTimeline(open.db, ws.id, m1?.conversationId as string)
      expect(timeline.map((m) => m.role)).toEqual(['customer', 'agent', 'customer'])
      expect(timeline[0]?.reading).toMatchObject({ modelVersion: 'v2', score: -0.5, emotions: { frustration: 0.7 }, cues: [{ kind: 'repeat-contact' }] })
      expect(timeline[2]?.reading).toBeUndefined()
      expect(m3?.role).toBe('customer')
    })

    it('samples read customer messages evenly per day, newest first within a day, in its own workspace only', async () => {
      const ws = await ensureWorkspace(open.db, 'drivers', T)
      const other = await ensureWorkspace(open.db, 'drivers-other', T)
      const DAY = 86_400_000
      // Day 0 has 5 customer messages and an agent reply; day 1 has 2.
      const day0 = [1, 2, 3, 4, 5].map((n) => message(100 + n, { conversationId: 'd0', createdAt: T + n * 60_000 }))
      const day1 = [1, 2].map((n) => message(200 + n, { conversationId: 'd1', createdAt: T + DAY + n * 60_000 }))
      const agent = message(300, { conversationId: 'd0', role: 'agent', createdAt: T + 10 * 60_000 })
      const { inserted } = await ingestMessages(open.db, ws.id, [...day0, ...day1, agent], T)
      const { inserted: foreign } = await ingestMessages(open.db, other.id, [message(400, { createdAt: T + 60_000 })], T)
      const read = (m: { id: string; conversationId: string }, score: number) => ({ messageId: m.id, conversationId: m.conversationId, modelVersion: 'v1', label: 'negative' as const, score, confidence: 0.9, emotions: {}, intensity: 0.3, cues: [], needsReview: false, language: 'en', readAt: T })
      await saveReadings(open.db, ws.id, inserted.map((m, i) => read(m, -i / 10)))
      await saveReadings(open.db, other.id, foreign.map((m) => read(m, -1)))
      const rows = await driverSample(open.db, ws.id, T, T + 2 * DAY, 3)
      const texts = rows.map((r) => r.text).sort()
      expect(texts).toEqual(['message 103', 'message 104', 'message 105', 'message 201', 'message 202'])
      expect(rows.every((r) => r.label === 'negative' && typeof r.at === 'number')).toBe(true)
    })

    it('stores a day tally per workspace and day, replaces it, and reads daily counts from the rollups', async () => {
      const ws = await ensureWorkspace(open.db, 'driver-days', T)
      const other = await ensureWorkspace(open.db, 'driver-days-other', T)
      const DAY = 86_400_000
      const d0 = Math.floor(T / DAY) * DAY
      const day = (d: number, messages: number, body: unknown) => ({ day: d, messages, negative: 1, sampled: messages, topicsVersion: 7, computedAt: T, body })
      await saveDriverDay(open.db, ws.id, day(d0, 3, [1, [['phrase:export', 1, 2, 'm1', T]]]))
      await saveDriverDay(open.db, ws.id, day(d0 + DAY, 4, [0, []]))
      await saveDriverDay(open.db, other.id, day(d0, 9, [9, []]))
      await saveDriverDay(open.db, ws.id, day(d0, 5, [2, [['area:billing', 2, 5]]]))
      const days = await loadDriverDays(open.db, ws.id, d0, d0 + 2 * DAY)
      expect(days).toEqual([day(d0, 5, [2, [['area:billing', 2, 5]]]), day(d0 + DAY, 4, [0, []])])
      expect((await driverDayHeaders(open.db, ws.id, d0 + DAY, d0 + 5 * DAY)).map((h) => [h.day, h.messages, h.topicsVersion])).toEqual([[d0 + DAY, 4, 7]])
      await addToRollups(open.db, ws.id, [
        { at: T, score: -0.5, label: 'negative', emotions: {}, dims: {} },
        { at: T + 60_000, score: 0.5, label: 'positive', emotions: {}, dims: {} },
        { at: T + DAY, score: -0.5, label: 'negative', emotions: {}, dims: {} },
      ])
      await addToRollups(open.db, other.id, [{ at: T, score: -0.5, label: 'negative', emotions: {}, dims: {} }])
      const counts = await dailyReadCounts(open.db, ws.id, d0, d0 + 2 * DAY)
      expect([...counts.entries()].sort()).toEqual([[d0, { messages: 2, negative: 1 }], [d0 + DAY, { messages: 1, negative: 1 }]])
    })

    it('stores corrections and model versions per workspace; one active version at a time', async () => {
      const ws = await ensureWorkspace(open.db, 'learning', T)
      const other = await ensureWorkspace(open.db, 'learning-other', T)
      const { inserted } = await ingestMessages(open.db, ws.id, [message(500, { text: 'The build went green.' })], T)
      const m = inserted[0] as { id: string }
      expect(await correctionStamp(open.db, ws.id)).toBe('0:0')
      await insertCorrections(open.db, ws.id, [
        { id: 'k1', messageId: m.id, reviewer: 'ann', label: 'positive', emotions: { satisfaction: 1 }, predictedLabel: 'neutral', modelVersion: 'base', source: 'dashboard', createdAt: T + 10 },
        { id: 'k2', messageId: 'import:abc', reviewer: 'import', label: 'negative', text: 'Pipeline is red again.', source: 'import', createdAt: T + 20 },
      ])
      await insertCorrections(open.db, other.id, [{ id: 'k3', messageId: 'x', reviewer: 'bob', label: 'neutral', text: 'other', source: 'api', createdAt: T + 30 }])
      const rows = await workspaceCorrections(open.db, ws.id)
      expect(rows.map((r) => [r.id, r.text, r.label, r.source])).toEqual([
        ['k1', 'The build went green.', 'positive', 'dashboard'],
        ['k2', 'Pipeline is red again.', 'negative', 'import'],
      ])
      expect(rows[0]).toMatchObject({ emotions: { satisfaction: 1 }, predictedLabel: 'neutral', createdAt: T + 10 })
      expect(await correctionStamp(open.db, ws.id)).toBe(`2:${T + 20}`)
      expect(await correctionsSince(open.db, ws.id, T)).toBe(1)
      const v1 = await insertModelVersion(open.db, ws.id, { id: 'v1', status: 'candidate', weights: 'w1', metrics: { macroF1: 0.5 }, trainedOn: 10, heldOut: 3, createdAt: T })
      const v2 = await insertModelVersion(open.db, ws.id, { id: 'v2', status: 'rejected', weights: 'w2', metrics: {}, trainedOn: 12, heldOut: 3, createdAt: T + 1 })
      const o1 = await insertModelVersion(open.db, other.id, { id: 'o1', status: 'candidate', weights: 'wo', metrics: {}, trainedOn: 1, heldOut: 0, createdAt: T })
      expect([v1.number, v2.number, o1.number]).toEqual([1, 2, 1])
      await activateModelVersion(open.db, ws.id, 'v1', T + 5)
      await activateModelVersion(open.db, other.id, 'o1', T + 5)
      expect(await activeModelVersion(open.db, ws.id)).toEqual({ id: 'v1', number: 1, weights: 'w1' })
      await activateModelVersion(open.db, ws.id, null, T + 6)
      expect(await activeModelVersion(open.db, ws.id)).toBeUndefined()
      expect((await activeModelVersion(open.db, other.id))?.id).toBe('o1')
      const list = await listModelVersions(open.db, ws.id)
      expect(list.map((v) => [v.id, v.status, v.promotedAt, v.retiredAt])).toEqual([
        ['v2', 'rejected', null, null],
        ['v1', 'retired', T + 5, T + 6],
      ])
      expect(list[1]?.metrics).toEqual({ macroF1: 0.5 })
    })

    it('rollups take a message’s earlier reading back out (weight -1)', async () => {
      const ws = await ensureWorkspace(open.db, 'rescore', T)
      const base = { at: T, dims: { channel: 'email' } }
      await addToRollups(open.db, ws.id, [{ ...base, score: -0.5, label: 'negative', emotions: { frustration: 0.8 } }])
      await addToRollups(open.db, ws.id, [{ ...base, score: -0.5, label: 'negative', emotions: { frustration: 0.8 }, weight: -1 }, { ...base, score: 0.6, label: 'positive', emotions: { frustration: 0.1 } }])
      const rows = await open.db.selectFrom('rollups').selectAll().where('workspace_id', '=', ws.id).where('granularity', '=', 'day').where('dimension', '=', 'channel').execute()
      expect(rows).toHaveLength(1)
      expect(Number(rows[0]?.n)).toBe(1)
      expect(Number(rows[0]?.neg)).toBe(0)
      expect(Number(rows[0]?.pos)).toBe(1)
      expect(Number(rows[0]?.sum_score)).toBeCloseTo(0.6)
      expect(Number(rows[0]?.e_frustration)).toBeCloseTo(0.1)
    })
  })
}
