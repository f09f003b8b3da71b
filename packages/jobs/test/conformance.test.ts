import { randomBytes } from 'node:crypto'
import { type OpenDatabase, ensureWorkspace, ingestMessages, migrateToLatest, openDatabase } from '@undertone/storage'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type JobQueue, PgBossJobQueue, SqliteJobQueue } from '../src/index.js'

const PG_URL = process.env.UNDERTONE_PG_URL
if (PG_URL === undefined || PG_URL === '') console.warn('[jobs tests] PostgreSQL not configured (set UNDERTONE_PG_URL): running the SQLite queue only')

interface Harness {
  readonly queue: JobQueue
  readonly open: OpenDatabase
  /** Moves the queue's clock (SQLite) or waits (pg-boss) past a retry delay. */
  readonly pastRetry: () => Promise<void>
  readonly drop: () => Promise<void>
}

async function sqliteHarness(): Promise<Harness> {
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  let now = Date.parse('2026-10-01T00:00:00Z')
  const queue = new SqliteJobQueue(open.db, { now: () => now, maxAttempts: 3, leaseMs: 30_000 })
  return { queue, open, pastRetry: async () => void (now += 3_600_000), drop: () => open.close() }
}

async function pgHarness(): Promise<Harness> {
  const schema = `ut_jobs_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const open = openDatabase({ url: PG_URL as string, schema, poolSize: 4 })
  await migrateToLatest(open.db, 'postgres', schema)
  const queue = new PgBossJobQueue({ connectionString: PG_URL as string, schema: `${schema}_boss`, maxAttempts: 3, retryDelaySeconds: 0 })
  return {
    queue,
    open,
    pastRetry: async () => {},
    drop: async () => {
      await queue.close()
      await open.close()
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`drop schema ${schema} cascade`)
      await c.query(`drop schema if exists ${schema}_boss cascade`)
      await c.end()
    },
  }
}

const IMPLEMENTATIONS: [string, () => Promise<Harness>][] = [['sqlite', sqliteHarness], ...(PG_URL ? ([['pg-boss', pgHarness]] as [string, () => Promise<Harness>][]) : [])]

for (const [name, make] of IMPLEMENTATIONS) {
  describe(`job queue conformance: ${name}`, () => {
    let h: Harness
    beforeAll(async () => {
      h = await make()
    })
    afterAll(async () => {
      await h.drop()
    })

    it('hands out each job once, even to concurrent claims, and completes them', async () => {
      await h.queue.enqueue('read', [{ n: 1 }, { n: 2 }])
      await h.queue.enqueue('read', [{ n: 3 }], { priority: 10 })
      const [a, b] = await Promise.all([h.queue.claim<{ n: number }>('read', 2), h.queue.claim<{ n: number }>('read', 2)])
      const all = [...(a ?? []), ...(b ?? [])]
      expect(all.map((j) => j.payload.n).sort()).toEqual([1, 2, 3])
      expect(new Set(all.map((j) => j.id)).size).toBe(3)
      expect(await h.queue.claim('read', 5)).toEqual([])
      await h.queue.complete('read', all.map((j) => j.id))
      expect(await h.queue.counts('read')).toMatchObject({ waiting: 0, active: 0, done: 3 })
    })

    it('claims the highest priority first', async () => {
      await h.queue.enqueue('prio', [{ n: 'low' }])
      await h.queue.enqueue('prio', [{ n: 'high' }], { priority: 5 })
      const [job] = await h.queue.claim<{ n: string }>('prio', 1)
      expect(job?.payload.n).toBe('high')
    })

    it('retries a failed job until its attempts run out', async () => {
      await h.queue.enqueue('flaky', [{ n: 1 }])
      for (let attempt = 1; attempt <= 3; attempt++) {
        await h.pastRetry()
        const [job] = await h.queue.claim('flaky', 1)
        expect(job?.attempts).toBe(attempt)
        await h.queue.fail('flaky', job?.id as string, `boom ${attempt}`)
      }
      await h.pastRetry()
      expect(await h.queue.claim('flaky', 1)).toEqual([])
      expect((await h.queue.counts('flaky')).failed).toBe(1)
    })

    it("takes turns across groups: workspace B's one job is not held up by workspace A's 50", async () => {
      for (let n = 0; n < 50; n++) await h.queue.enqueue('fair', [{ ws: 'A', n }], { group: 'A' })
      await h.queue.enqueue('fair', [{ ws: 'B', n: 0 }], { group: 'B' })
      const order: string[] = []
      for (let i = 0; i < 3; i++) {
        const [job] = await h.queue.claim<{ ws: string; n: number }>('fair', 1)
        order.push(`${job?.payload.ws}${job?.payload.n}`)
        await h.queue.complete('fair', [job?.id as string])
      }
      // A's first job and B's share the first turn; A's second job comes next (oldest first).
      expect(order.slice(0, 2).sort()).toEqual(['A0', 'B0'])
      expect(order[2]).toBe('A1')
    })

    it('shares a batch claim among the groups, a whole backlog enqueued at once included', async () => {
      await h.queue.enqueue('fair-batch', Array.from({ length: 50 }, (_, n) => ({ ws: 'A', n })), { group: 'A' })
      await h.queue.enqueue('fair-batch', [{ ws: 'B', n: 0 }, { ws: 'B', n: 1 }], { group: 'B' })
      await h.queue.enqueue('fair-batch', [{ ws: 'C', n: 0 }], { group: 'C' })
      const names = (jobs: { payload: { ws: string; n: number } }[]) => jobs.map((j) => `${j.payload.ws}${j.payload.n}`).sort()
      // Turn by turn: every group's first job, then the second ones, then A's third.
      expect(names(await h.queue.claim<{ ws: string; n: number }>('fair-batch', 3))).toEqual(['A0', 'B0', 'C0'])
      expect(names(await h.queue.claim<{ ws: string; n: number }>('fair-batch', 2))).toEqual(['A1', 'B1'])
      expect(names(await h.queue.claim<{ ws: string; n: number }>('fair-batch', 1))).toEqual(['A2'])
    })

    it('still puts priority before turns', async () => {
      await h.queue.enqueue('fair-prio', [{ n: 'b' }], { group: 'B' })
      await h.queue.enqueue('fair-prio', [{ n: 'a-urgent' }, { n: 'a-urgent-2' }], { group: 'A', priority: 1 })
      const jobs = await h.queue.claim<{ n: string }>('fair-prio', 3)
      expect(jobs.map((j) => j.payload.n)).toEqual(['a-urgent', 'a-urgent-2', 'b'])
    })

    it('refuses a priority it cannot order', async () => {
      await expect(h.queue.enqueue('bad-prio', [{ n: 1 }], { priority: 1.5 })).rejects.toMatchObject({ code: 'UT_E_JOB_PRIORITY' })
      await expect(h.queue.enqueue('bad-prio', [{ n: 1 }], { priority: 100_001 })).rejects.toMatchObject({ code: 'UT_E_JOB_PRIORITY' })
      expect((await h.queue.counts('bad-prio')).waiting).toBe(0)
    })

    it('enqueues inside the ingest transaction: rolled back with it, committed with it', async () => {
      const ws = await ensureWorkspace(h.open.db, 'jobs-tx', Date.now())
      const msg = { externalId: 'x1', conversationId: 'c', customerId: 'u', role: 'customer' as const, text: 'hi', createdAt: Date.now() }
      await expect(
        ingestMessages(h.open.db, ws.id, [msg], Date.now(), async (trx, res) => {
          await h.queue.enqueue('tx', res.inserted.map((m) => ({ id: m.id })), { trx })
          throw new Error('crash before commit')
        }),
      ).rejects.toThrow('crash before commit')
      expect((await h.queue.counts('tx')).waiting).toBe(0)
      expect(await h.open.db.selectFrom('messages').selectAll().where('workspace_id', '=', ws.id).execute()).toEqual([])
      await ingestMessages(h.open.db, ws.id, [msg], Date.now(), async (trx, res) => {
        await h.queue.enqueue('tx', res.inserted.map((m) => ({ id: m.id })), { trx })
      })
      expect((await h.queue.counts('tx')).waiting).toBe(1)
    })
  })
}

describe('sqlite queue: crash recovery', () => {
  it('gives a job whose worker died to another worker once the lease runs out', async () => {
    const open = openDatabase({ file: ':memory:' })
    await migrateToLatest(open.db, 'sqlite')
    let now = 0
    const q = new SqliteJobQueue(open.db, { now: () => now, leaseMs: 1000 })
    await q.enqueue('r', [{ n: 1 }])
    const [first] = await q.claim('r', 1)
    expect(await q.claim('r', 1)).toEqual([])
    now += 1001
    const [again] = await q.claim('r', 1)
    expect(again?.id).toBe(first?.id)
    expect(again?.attempts).toBe(2)
    await open.close()
  })
})
