/** @module The JobQueue port and its two implementations. */
export type { EnqueueOptions, JobCounts, JobQueue, QueuedJob } from './job-queue.js'
export { MAX_PRIORITY, TURNS } from './job-order.js'
export { JobQueueError, type JobQueueErrorCode } from './job-queue-error.js'
export { SqliteJobQueue, type SqliteJobQueueOptions } from './sqlite-job-queue.js'
export { PgBossJobQueue, type PgBossJobQueueOptions } from './pg-boss-job-queue.js'
