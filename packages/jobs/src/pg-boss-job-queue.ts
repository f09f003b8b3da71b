import type { Database } from '@undertone/storage'
import { CompiledQuery, type Transaction } from 'kysely'
import PgBoss from 'pg-boss'
import { TURNS, jobPriority } from './job-order.js'
import type { EnqueueOptions, JobCounts, JobQueue, QueuedJob } from './job-queue.js'

export interface PgBossJobQueueOptions {
  readonly connectionString: string
  /** The schema pg-boss keeps its tables in. */
  readonly schema?: string
  readonly maxAttempts?: number
  /** Seconds before the first retry (doubling after that). */
  readonly retryDelaySeconds?: number
  /** Seconds a fetched job may stay active before pg-boss expires it and retries it. */
  readonly expireInSeconds?: number
}

/**
 * The scale-out queue: pg-boss on the same PostgreSQL as the data. Enqueueing can join the
 * caller's Kysely transaction (pg-boss runs its insert through our connection), so messages and
 * their reading jobs commit or roll back together. A job's group is kept in pg-boss's
 * `singleton_key`, which only gates jobs under the singleton, stately and short queue policies or
 * with `singletonSeconds`; this queue uses none of them.
 */
export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const
  readonly #boss: PgBoss
  readonly #schema: string
  readonly #options: PgBossJobQueueOptions
  readonly #created = new Set<string>()
  #started: Promise<void> | undefined
  #indexed: Promise<void> | undefined

  constructor(options: PgBossJobQueueOptions) {
    this.#options = options
    this.#schema = options.schema ?? 'pgboss'
    this.#boss = new PgBoss({ connectionString: options.connectionString, schema: this.#schema, supervise: true, schedule: false, max: 4 })
    this.#boss.on('error', () => {
      // pg-boss reports background maintenance errors here; failed calls still throw to callers.
    })
  }

  async #ready(queue: string): Promise<void> {
    this.#started ??= this.#boss.start().then(() => undefined)
    await this.#started
    if (this.#created.has(queue)) return
    await this.#groupIndex()
    const existing = await this.#boss.getQueue(queue)
    if (existing === null) {
      await this.#boss.createQueue(queue, {
        name: queue,
        retryLimit: (this.#options.maxAttempts ?? 5) - 1,
        retryDelay: this.#options.retryDelaySeconds ?? 1,
        retryBackoff: (this.#options.retryDelaySeconds ?? 1) > 0,
        expireInSeconds: this.#options.expireInSeconds ?? 300,
      })
    }
    this.#created.add(queue)
  }

  /**
   * Counting a group's backlog at every enqueue needs an index on the group; created on the
   * partitioned job table, it covers every queue's partition, present and future.
   */
  async #groupIndex(): Promise<void> {
    this.#indexed ??= this.#boss
      .getDb()
      .executeSql(`create index if not exists ut_job_group_backlog on ${this.#schema}.job (name, singleton_key) where state < 'active'`, [])
      .then(
        () => undefined,
        (err: unknown) => {
          // Two processes starting at once may race to create it; the loser finds it there.
          if ((err as { code?: string }).code !== '23505' && (err as { code?: string }).code !== '42P07') throw err
        },
      )
    await this.#indexed
  }

  async enqueue<T extends object>(queue: string, payloads: readonly T[], options: EnqueueOptions = {}): Promise<string[]> {
    const priority = jobPriority(options.priority)
    await this.#ready(queue)
    const trx = options.trx
    const db = trx === undefined ? undefined : viaKysely(trx)
    // pg-boss claims by priority alone, so each job's turn in its group (the group's backlog now)
    // is packed below the caller's priority.
    let turn = await this.#backlog(queue, options.group, db ?? this.#boss.getDb())
    const ids: string[] = []
    for (const p of payloads) {
      const id = await this.#boss.send(queue, p, {
        priority: priority * TURNS - Math.min(turn++, TURNS - 1),
        ...(options.group === undefined ? {} : { singletonKey: options.group }),
        ...(options.runAt === undefined ? {} : { startAfter: new Date(options.runAt) }),
        ...(db === undefined ? {} : { db }),
      })
      if (id !== null) ids.push(id)
    }
    return ids
  }

  /** Waiting jobs of the group (capped at TURNS), through `db` so an open transaction counts its own. */
  async #backlog(queue: string, group: string | undefined, db: PgBoss.Db): Promise<number> {
    const inGroup = group === undefined ? 'singleton_key is null' : 'singleton_key = $3'
    const res = await db.executeSql(`select count(*)::int as n from (select 1 from ${this.#schema}.job where name = $1 and state < 'active' and ${inGroup} limit $2) waiting`, group === undefined ? [queue, TURNS] : [queue, TURNS, group])
    return Number((res.rows[0] as { n: number } | undefined)?.n ?? 0)
  }

  async claim<T = unknown>(queue: string, limit: number): Promise<QueuedJob<T>[]> {
    await this.#ready(queue)
    const jobs = await this.#boss.fetch<T>(queue, { batchSize: limit, priority: true, includeMetadata: true })
    // pg-boss picks the batch in order but returns it in no particular one.
    jobs.sort((a, b) => b.priority - a.priority || a.createdOn.getTime() - b.createdOn.getTime() || (a.id < b.id ? -1 : 1))
    return jobs.map((j) => ({ id: j.id, queue, payload: j.data, attempts: j.retryCount + 1 }))
  }

  async complete(queue: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return
    await this.#ready(queue)
    await this.#boss.complete(queue, [...ids])
  }

  async fail(queue: string, id: string, error: string): Promise<void> {
    await this.#ready(queue)
    await this.#boss.fail(queue, id, { message: error.slice(0, 2000) })
  }

  async counts(queue: string): Promise<JobCounts> {
    await this.#ready(queue)
    const db = await this.#boss.getDb()
    const res = await db.executeSql(`select state, count(*)::int as n from ${this.#schema}.job where name = $1 group by state`, [queue])
    const get = (...states: string[]): number => res.rows.filter((r: { state: string }) => states.includes(r.state)).reduce((s: number, r: { n: number }) => s + Number(r.n), 0)
    return { waiting: get('created', 'retry'), active: get('active'), done: get('completed'), failed: get('failed', 'cancelled') }
  }

  async close(): Promise<void> {
    if (this.#started !== undefined) await this.#boss.stop({ graceful: true, wait: true, timeout: 5000 })
  }
}

function viaKysely(trx: Transaction<Database>): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const r = await trx.executeQuery(CompiledQuery.raw(text, values))
      return { rows: [...r.rows] }
    },
  }
}
