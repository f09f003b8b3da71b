import { assignTopic } from '@undertone/analysis'
import { createReader } from '@undertone/engine'
import { type IncomingMessage, ensureWorkspace, ingestMessages } from '@undertone/storage'
import { type FreshDatabase, freshDatabase, testDialects } from '@undertone/storage/testing'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, discoverWorkspaceTopics, parseSettings, readAndStore } from '../src/index.js'

const PG_URL = process.env.UNDERTONE_PG_URL
const DAY = 86_400_000
const now = Date.parse('2026-11-20T12:00:00Z')
const reader = createReader()

// Sentences written for this test, about four subjects so topic discovery finds several topics.
const SUBJECTS: Record<string, readonly string[]> = {
  billing: ['I was charged twice for my invoice this month', 'The refund for my invoice never arrived', 'Why is my invoice higher than my plan price', 'Please fix the double charge on my card'],
  login: ['I cannot log in, the password reset email never comes', 'Login keeps failing with two factor codes', 'My password reset link has expired again', 'The login page says my account is locked'],
  export: ['The CSV export is empty again', 'Export to PDF times out on big reports', 'My scheduled export did not run last night', 'The export button does nothing in Firefox'],
  shipping: ['My parcel is stuck at the depot for a week', 'The courier marked my parcel delivered but nothing came', 'Tracking has not updated since Monday', 'The parcel arrived damaged and the box was open'],
}
const TAILS = ['', ' Thanks.', ' This is really annoying.', ' Any update?', ' Great, just great.', ' Please help!']

function messages(prefix: string, count: number, from: number, to: number): IncomingMessage[] {
  const subjects = Object.keys(SUBJECTS)
  return Array.from({ length: count }, (_, i) => {
    const subject = subjects[i % subjects.length] as string
    const lines = SUBJECTS[subject] as readonly string[]
    return {
      externalId: `${prefix}-${i}`,
      conversationId: `${prefix}-c${i % 37}`,
      customerId: `${prefix}-u${i % 23}`,
      role: 'customer',
      text: `${lines[(i >> 2) % lines.length]}${TAILS[i % TAILS.length]}`,
      createdAt: Math.round(from + ((to - from) * i) / count),
      productArea: subject,
    }
  })
}

for (const dialect of testDialects(PG_URL))
  describe(`reading pipeline writes (${dialect})`, () => {
    let open: FreshDatabase
    let ws = ''
    const deps = () => ({ db: open.db, reader, clock: () => now, events: new EventBus() })
    const ingest = async (batch: IncomingMessage[]) => (await ingestMessages(open.db, ws, batch, now)).inserted.map((m) => m.id)
    const count = async (table: 'readings' | 'conversation_readings' | 'customer_readings' | 'fact_rollups' | 'rollups' | 'alerts') =>
      Number((await open.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws).executeTakeFirstOrThrow()).n)
    const allCount = async () =>
      Number((await open.db.selectFrom('rollups').select((eb) => eb.fn.sum<number>('n').as('n')).where('workspace_id', '=', ws).where('dimension', '=', 'all').where('granularity', '=', 'day').executeTakeFirstOrThrow()).n ?? 0)

    beforeAll(async () => {
      open = await freshDatabase(dialect, PG_URL, 'ut_pipeline')
    })
    afterAll(() => open.drop())

    it('writes nothing when a write fails midway, and the retried job counts every message once', async () => {
      ws = (await ensureWorkspace(open.db, 'crash', now)).id
      const ids = await ingest(messages('crash', 40, now - 5 * DAY, now - DAY))
      // A real failure inside the database, on the last writes of the batch (the rollups), not a mock.
      if (dialect === 'sqlite') await sql.raw(`create trigger ut_fail before insert on rollups begin select raise(abort, 'injected failure'); end`).execute(open.db)
      else {
        await sql.raw(`create function ut_fail() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`).execute(open.db)
        await sql.raw('create trigger ut_fail before insert on rollups for each row execute function ut_fail()').execute(open.db)
      }
      await expect(readAndStore(deps(), ws, ids)).rejects.toThrow(/injected failure/)
      for (const table of ['readings', 'conversation_readings', 'customer_readings', 'fact_rollups', 'rollups', 'alerts'] as const) expect(await count(table), table).toBe(0)
      const counters = await open.db.selectFrom('workspace_counters').select('readings').where('workspace_id', '=', ws).executeTakeFirst()
      expect(Number(counters?.readings ?? 0)).toBe(0)

      await sql.raw(dialect === 'sqlite' ? 'drop trigger ut_fail' : 'drop trigger ut_fail on rollups').execute(open.db)
      await readAndStore(deps(), ws, ids)
      await readAndStore(deps(), ws, ids) // the queue delivers a job again after a lost acknowledgement
      expect(await count('readings')).toBe(40)
      expect(await allCount()).toBe(40)
      expect(Number((await open.db.selectFrom('workspace_counters').select('readings').where('workspace_id', '=', ws).executeTakeFirstOrThrow()).readings)).toBe(40)
    })

    it('counts every message exactly once by topic while topics are rediscovered during reading and re-reading', async () => {
      ws = (await ensureWorkspace(open.db, 'topics', now)).id
      const old = await ingest(messages('old', 400, now - 40 * DAY, now - 2 * DAY))
      for (let i = 0; i < old.length; i += 100) await readAndStore(deps(), ws, old.slice(i, i + 100))
      const first = await discoverWorkspaceTopics(open.db, ws, now, { k: 4, chunk: 60 })
      expect(first.topics.length).toBeGreaterThanOrEqual(3)

      // Meanwhile: a rediscovery (recounting in small chunks), new messages read, and old ones re-read
      // by a reader that sees only their first 24 characters, so their readings change.
      const fresh = await ingest(messages('new', 150, now - DAY, now))
      const shortReader = createReader({ maxChars: 24 })
      const results = await Promise.all([
        discoverWorkspaceTopics(open.db, ws, now, { k: 4, chunk: 60 }),
        readAndStore(deps(), ws, fresh.slice(0, 50)),
        readAndStore({ ...deps(), reader: shortReader }, ws, old.slice(0, 120)),
        readAndStore(deps(), ws, fresh.slice(50, 100)),
        readAndStore({ ...deps(), reader: shortReader }, ws, old.slice(120, 200)),
        readAndStore(deps(), ws, fresh.slice(100)),
      ])
      expect(results[0]).toMatchObject({ topics: expect.any(Array) })

      const settings = parseSettings((await open.db.selectFrom('workspaces').select('settings').where('id', '=', ws).executeTakeFirstOrThrow()).settings)
      const version = settings.topics?.computedAt as number
      expect(version).toBeGreaterThan(now) // the second discovery got a version of its own

      // Every read customer message of the window is counted under the current topics…
      const rows = await open.db
        .selectFrom('readings as r')
        .innerJoin('messages as m', 'm.id', 'r.message_id')
        .select(['m.created_at', 'm.text', 'r.score', 'r.topic', 'r.topic_version'])
        .where('r.workspace_id', '=', ws)
        .execute()
      expect(rows).toHaveLength(400 + 150)
      const window = rows.filter((r) => Number(r.created_at) >= now - 90 * DAY)
      const topics = settings.topics?.topics ?? []
      expect(window.every((r) => Number(r.topic_version) === version && r.topic === (assignTopic(r.text, topics) ?? ''))).toBe(true)
      // …and the topic rollups hold exactly their current readings under the current topics, day by day.
      const expected = new Map<string, { n: number; sum: number }>()
      for (const r of window) {
        const topic = assignTopic(r.text, topics)
        if (topic === undefined) continue
        const key = `${Math.floor(Number(r.created_at) / DAY) * DAY}|${topic}`
        const e = expected.get(key) ?? { n: 0, sum: 0 }
        e.n++
        e.sum += Number(r.score)
        expected.set(key, e)
      }
      expect(expected.size).toBeGreaterThan(10)
      const stored = await open.db.selectFrom('rollups').select(['bucket', 'value', 'n', 'sum_score']).where('workspace_id', '=', ws).where('dimension', '=', 'topic').where('granularity', '=', 'day').execute()
      const got = new Map(stored.filter((r) => Number(r.n) !== 0).map((r) => [`${Number(r.bucket)}|${r.value}`, { n: Number(r.n), sum: Number(r.sum_score) }]))
      expect([...got.keys()].sort()).toEqual([...expected.keys()].sort())
      for (const [key, e] of expected) {
        expect(got.get(key)?.n, key).toBe(e.n)
        expect(got.get(key)?.sum, key).toBeCloseTo(e.sum, 6)
      }
      // The overall counts stay one per message too.
      expect(await allCount()).toBe(400 + 150)
    })
  })
