import type { JobQueue } from '@undertone/jobs'
import type { LearningTask, ReadingTask, Scheduler } from '../app/scheduler.js'

/** The queue reading jobs go to. */
export const READ_QUEUE = 'read-messages'

/** The queue learning jobs go to. */
export const LEARN_QUEUE = 'learning'

/** A reading job: which messages of which workspace to read. */
export type ReadJob = ReadingTask

/** A background learning job. */
export type LearnJob = LearningTask

/** The use cases' `Scheduler` over a job queue: reading jobs grouped by workspace, learning jobs one by one. */
export function queueScheduler(queue: JobQueue): Scheduler {
  return {
    reading: async (trx, task) => {
      await queue.enqueue<ReadJob>(READ_QUEUE, [task], { trx, group: task.workspaceId })
    },
    learning: async (task) => {
      await queue.enqueue<LearnJob>(LEARN_QUEUE, [task])
    },
  }
}
