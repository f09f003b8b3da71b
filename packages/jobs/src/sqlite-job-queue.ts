import { randomUUID } from 'node:crypto'
import type { Database } from '@undertone/storage'
import { type Kysely, sql } from 'kysely'
import { TURNS, jobPriority } from './job-order.js'
import type { EnqueueOptions, JobCounts, JobQueue, QueuedJob } from './job-queue.js'

export interface SqliteJobQueueOptions {
  /** How long a claimed job stays with its worker before another may take it (crash recovery). */
  readonly leaseMs?: number
  readonly maxAttempts?: number
  /** Delay before retry n (1-based), in ms. */
  readonly backoffMs?: (attempt: number) => number
  /** The clock, injected so tests can move time. */
  readonly now?: () => number
}

/**
 * The embedded queue: a `jobs` table in the same SQLite file as the data, so enqueueing in the
 * ingest transaction is atomic for free. A claimed job holds a lease; if its worker dies, the lease
 * runs out and the job is claimed again, so nothing acknowledged is ever lost.
 */
export class SqliteJobQueue implements JobQueue {
  readonly kind = 'sqlite' as const
  readonly #db: Kysely<Database>
  readonly #leaseMs: number
  readonly #maxAttempts: number
  readonly #backoff: (attempt: number) => number
  readonly #now: () => number

  constructor(db: Kysely<Database>, options: SqliteJobQueueOptions = {}) {
    this.#db = db
    this.#leaseMs = options.leaseMs ?? 60_000
    this.#maxAttempts = options.maxAttempts ?? 5
    this.#backoff = options.backoffMs ?? ((n) => Math.min(300_000, 1000 * 2 ** (n - 1)))
    this.#now = options.now ?? Date.now
  }

  async enqueue<T extends object>(queue: string, payloads: readonly T[], options: EnqueueOptions = {}): Promise<string[]> {
    const priority = jobPriority(options.priority)
    if (payloads.length === 0) return []
    const now = this.#now()
    const db = options.trx ?? this.#db
    const group = options.group ?? ''
    const waiting = await db
      .selectFrom((eb) => eb.selectFrom('jobs').select('id').where('queue', '=', queue).where('group_key', '=', group).where('state', '=', 'waiting').limit(TURNS).as('w'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const rows = payloads.map((p, i) => ({
      id: randomUUID(),
      queue,
      payload: JSON.stringify(p),
      state: 'waiting' as const,
      priority,
      group_key: group,
      turn: Math.min(Number(waiting.n) + i, TURNS - 1),
      run_at: options.runAt ?? now,
      attempts: 0,
      max_attempts: this.#maxAttempts,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    }))
    // SQLite limits bound parameters per statement; 14 columns × 500 rows stays under it.
    for (let i = 0; i < rows.length; i += 500) await db.insertInto('jobs').values(rows.slice(i, i + 500)).execute()
    return rows.map((r) => r.id)
  }

  async claim<T = unknown>(queue: string, limit: number): Promise<QueuedJob<T>[]> {
    const now = this.#now()
    return this.#db.transaction().execute(async (trx) => {
      const ids = await trx
        .selectFrom('jobs')
        .select('id')
        .where('queue', '=', queue)
        .where((eb) => eb.or([eb.and([eb('state', '=', 'waiting'), eb('run_at', '<=', now)]), eb.and([eb('state', '=', 'active'), eb('locked_until', '<', now)])]))
        .orderBy('priority', 'desc')
        .orderBy('turn')
        .orderBy('run_at')
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .execute()
      if (ids.length === 0) return []
      const rows = await trx
        .updateTable('jobs')
        .set({ state: 'active', locked_until: now + this.#leaseMs, attempts: sql`attempts + 1`, updated_at: now })
        .where(
          'id',
          'in',
          ids.map((r) => r.id),
        )
        .returning(['id', 'queue', 'payload', 'attempts'])
        .execute()
      const order = new Map(ids.map((r, i) => [r.id, i]))
      rows.sort((a, b) => (order.get(a.id) as number) - (order.get(b.id) as number))
      return rows.map((r) => ({ id: r.id, queue: r.queue, payload: JSON.parse(r.payload) as T, attempts: r.attempts }))
    })
  }

  async complete(queue: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return
    await this.#db.updateTable('jobs').set({ state: 'done', locked_until: null, updated_at: this.#now() }).where('queue', '=', queue).where('id', 'in', [...ids]).execute()
  }

  async fail(queue: string, id: string, error: string): Promise<void> {
    const now = this.#now()
    const row = await this.#db.selectFrom('jobs').select(['attempts', 'max_attempts']).where('queue', '=', queue).where('id', '=', id).executeTakeFirst()
    if (row === undefined) return
    const last = row.attempts >= row.max_attempts
    await this.#db
      .updateTable('jobs')
      .set({ state: last ? 'failed' : 'waiting', run_at: now + (last ? 0 : this.#backoff(row.attempts)), locked_until: null, last_error: error.slice(0, 2000), updated_at: now })
      .where('id', '=', id)
      .execute()
  }

  async counts(queue: string): Promise<JobCounts> {
    const rows = await this.#db.selectFrom('jobs').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).where('queue', '=', queue).groupBy('state').execute()
    const get = (s: string): number => Number(rows.find((r) => r.state === s)?.n ?? 0)
    return { waiting: get('waiting'), active: get('active'), done: get('done'), failed: get('failed') }
  }

  async close(): Promise<void> {}
}
