import type { Database } from '@undertone/storage'
import type { Transaction } from 'kysely'

/** Background learning work: a retrain, a rescore of recent messages, or topic discovery. */
export interface LearningTask {
  readonly kind: 'train' | 'rescore' | 'topics'
  readonly workspaceId: string
}

/** Stored messages of one workspace that are still to be read. */
export interface ReadingTask {
  readonly workspaceId: string
  readonly messageIds: readonly string[]
}

/**
 * What use cases hand to the background: the worker's queues carry it (`worker/queues.ts` binds
 * this port to a `JobQueue`), so no use case knows a queue name.
 */
export interface Scheduler {
  /** Queues reading in the transaction that stored the messages: an acknowledged message is always read. */
  reading(trx: Transaction<Database>, task: ReadingTask): Promise<void>
  /** Queues a learning task (run when no reading waits). */
  learning(task: LearningTask): Promise<void>
}
