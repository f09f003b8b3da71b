import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { type IncomingMessage, ensureWorkspace, ingestMessages, migrateToLatest, openDatabase } from '@undertone/storage'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, READ_QUEUE, type ReadJob, runReadingWorker } from '../src/index.js'

const reader = createReader()
const now = Date.parse('2026-11-20T12:00:00Z')

describe('reading worker', () => {
  const open = openDatabase({ file: ':memory:' })
  beforeAll(() => migrateToLatest(open.db, 'sqlite'))
  afterAll(() => open.close())

  it('reads the jobs of a workspace together, and when that fails runs them one by one so only the bad one fails', async () => {
    const ws = (await ensureWorkspace(open.db, 'grouped', now)).id
    const queue = new SqliteJobQueue(open.db, { now: () => now, maxAttempts: 1 })
    const messages = (n: number): IncomingMessage[] => [
      { externalId: `m${n}`, conversationId: `c${n % 2}`, customerId: 'u1', role: 'customer', text: n === 2 ? 'The export is empty again.' : 'Thanks, that fixed it!', createdAt: now - 60_000 * (10 - n) },
    ]
    const ids: string[] = []
    for (let n = 0; n < 4; n++) {
      const inserted = (await ingestMessages(open.db, ws, messages(n), now)).inserted.map((m) => m.id)
      ids.push(...inserted)
      await queue.enqueue<ReadJob>(READ_QUEUE, [{ workspaceId: ws, messageIds: inserted }])
    }
    // A real failure for one message's reading, inside the database.
    await sql.raw(`create trigger ut_bad before insert on readings when new.message_id = '${ids[2]}' begin select raise(abort, 'injected failure'); end`).execute(open.db)
    const errors: unknown[] = []
    const worker = runReadingWorker(queue, { db: open.db, reader, clock: () => now, events: new EventBus() }, { pollMs: 5, onError: (err) => errors.push(err) })
    await worker.idle()
    await worker.stop()
    const read = (await open.db.selectFrom('readings').select('message_id').where('workspace_id', '=', ws).execute()).map((r) => r.message_id)
    expect(read.sort()).toEqual([ids[0], ids[1], ids[3]].sort())
    expect(await queue.counts(READ_QUEUE)).toMatchObject({ done: 3, failed: 1 })
    // Once as a group, once on its own.
    expect(errors).toHaveLength(2)
    const conversation = await open.db.selectFrom('conversation_readings').select('body').where('workspace_id', '=', ws).execute()
    expect(conversation).toHaveLength(2)
  })
})
