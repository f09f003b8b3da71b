import type { Database } from '@undertone/storage'
import { CompiledQuery, type Transaction } from 'kysely'
import PgBoss from 'pg-boss'
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
 * their reading jobs commit or roll back together.
 */
export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const
  readonly #boss: PgBoss
  readonly #schema: string
  readonly #options: PgBossJobQueueOptions
  readonly #created = new Set<string>()
  #started: Promise<void> | undefined

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

  async enqueue<T extends object>(queue: string, payloads: readonly T[], options: EnqueueOptions = {}): Promise<string[]> {
    await this.#ready(queue)
    const trx = options.trx
    const db = trx === undefined ? undefined : viaKysely(trx)
    const ids: string[] = []
    for (const p of payloads) {
      const id = await this.#boss.send(queue, p, {
        ...(options.priority === undefined ? {} : { priority: options.priority }),
        ...(options.runAt === undefined ? {} : { startAfter: new Date(options.runAt) }),
        ...(db === undefined ? {} : { db }),
      })
      if (id !== null) ids.push(id)
    }
    return ids
  }

  async claim<T = unknown>(queue: string, limit: number): Promise<QueuedJob<T>[]> {
    await this.#ready(queue)
    const jobs = await this.#boss.fetch<T>(queue, { batchSize: limit, priority: true, includeMetadata: true })
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
