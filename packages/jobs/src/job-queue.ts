import type { Database } from '@undertone/storage'
import type { Transaction } from 'kysely'

/** A claimed job. `attempts` counts this attempt too. */
export interface QueuedJob<T = unknown> {
  readonly id: string
  readonly queue: string
  readonly payload: T
  readonly attempts: number
}

export interface EnqueueOptions {
  /** Higher runs first; a whole number within ±`MAX_PRIORITY` (100,000); default 0. */
  readonly priority?: number
  /**
   * The fairness group, e.g. the workspace. Among jobs of equal priority, groups take turns:
   * a job's turn is how many jobs of its group were waiting when it was enqueued, so one group's
   * backlog does not hold up another group's jobs. Jobs without a group make up one group.
   */
  readonly group?: string
  /** Not before this time (ms since the epoch). */
  readonly runAt?: number
  /** Enqueue inside the caller's open transaction: the job exists only if the transaction commits. */
  readonly trx?: Transaction<Database>
}

export interface JobCounts {
  readonly waiting: number
  readonly active: number
  readonly done: number
  readonly failed: number
}

/**
 * The narrow queue port the service needs. Two implementations pass the same conformance suite:
 * the embedded queue in the SQLite file, and pg-boss on PostgreSQL.
 */
export interface JobQueue {
  readonly kind: 'sqlite' | 'pg-boss'
  enqueue<T extends object>(queue: string, payloads: readonly T[], options?: EnqueueOptions): Promise<string[]>
  /**
   * Takes up to `limit` runnable jobs, in order: highest priority first, then earliest turn
   * (see `group`), then oldest. No job is handed out twice at once.
   */
  claim<T = unknown>(queue: string, limit: number): Promise<QueuedJob<T>[]>
  complete(queue: string, ids: readonly string[]): Promise<void>
  /** Records a failure; the job runs again later until its attempts run out, then it is failed. */
  fail(queue: string, id: string, error: string): Promise<void>
  counts(queue: string): Promise<JobCounts>
  close(): Promise<void>
}
