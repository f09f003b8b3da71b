import type { JobQueue } from '@undertone/jobs'
import { deleteExpiredIdempotencyKeys } from '@undertone/storage'
import { LEARN_QUEUE, READ_QUEUE, type LearnJob, type ReadJob } from './worker/queues.js'
import { type PipelineDeps, readAndStore } from './read-and-store.js'
import { scanChangeAlerts } from './app/scan-change-alerts.js'
import { runLearnJob } from './worker/run-learn-job.js'
import { maybeQueueTopics } from './app/topics/maybe-queue-topics.js'

/** How long the answer to a request with an `Idempotency-Key` is kept for its retries. */
export const DEFAULT_IDEMPOTENCY_RETENTION_MS = 24 * 3_600_000

/** Reading jobs one worker runs at once (`concurrency`). */
export const DEFAULT_CONCURRENCY = 3

/** A running worker loop. */
export interface WorkerHandle {
  /** Stops claiming; resolves when the job in hand is finished. */
  stop(): Promise<void>
  /** Resolves when no runnable job is left (for tests and imports). */
  idle(): Promise<void>
}

/**
 * Claims reading jobs and runs them: read, store, refresh conversations and customers, alert.
 * A failed job is retried by the queue; a job of a crashed worker is picked up again when its
 * lease runs out, and reading is idempotent, so nothing is lost or counted twice.
 */
export function runReadingWorker(queue: JobQueue, deps: PipelineDeps, options: { pollMs?: number; batch?: number; concurrency?: number; changeScanMs?: number; idempotencyRetentionMs?: number; onError?: (err: unknown) => void } = {}): WorkerHandle {
  let stopping = false
  let lastScan = Number.NEGATIVE_INFINITY
  let lastCleanup = Number.NEGATIVE_INFINITY
  const retention = options.idempotencyRetentionMs ?? DEFAULT_IDEMPOTENCY_RETENTION_MS
  const touched = new Set<string>()
  const scanEvery = options.changeScanMs ?? 10 * 60_000
  // Now and then, look for sentiment shifts in the workspaces that received messages.
  const maybeScan = async (): Promise<void> => {
    const now = deps.clock()
    // Answers kept for Idempotency-Key retries are for retries, not an archive: a 24-hour window by default.
    if (now - lastCleanup >= scanEvery) {
      lastCleanup = now
      await deleteExpiredIdempotencyKeys(deps.db, now - retention).catch((err: unknown) => options.onError?.(err))
    }
    if (now - lastScan < scanEvery || touched.size === 0) return
    lastScan = now
    for (const ws of [...touched]) {
      touched.delete(ws)
      await scanChangeAlerts(deps.db, ws, now, deps.events).catch((err: unknown) => options.onError?.(err))
      // A workspace gets its topics once it has enough read messages to cluster.
      await maybeQueueTopics(deps.db, ws, (job) => queue.enqueue<LearnJob>(LEARN_QUEUE, [job]).then(() => undefined)).catch((err: unknown) => options.onError?.(err))
    }
  }
  let idleWaiters: (() => void)[] = []
  const loop = (async () => {
    while (!stopping) {
      const jobs = await queue.claim<ReadJob>(READ_QUEUE, options.batch ?? 8).catch((err: unknown) => {
        options.onError?.(err)
        return []
      })
      if (jobs.length === 0) {
        // Learning jobs (retrains, rescores) run when no reading is waiting, one at a time.
        const learn = await queue.claim<LearnJob>(LEARN_QUEUE, 1).catch((err: unknown) => {
          options.onError?.(err)
          return []
        })
        for (const job of learn) {
          try {
            await runLearnJob({ ...deps, baseReader: deps.reader, enqueue: async (j) => void (await queue.enqueue<LearnJob>(LEARN_QUEUE, [j])) }, job.payload)
            await queue.complete(LEARN_QUEUE, [job.id])
          } catch (err) {
            options.onError?.(err)
            await queue.fail(LEARN_QUEUE, job.id, (err as Error).message ?? String(err)).catch(() => {})
          }
        }
        if (learn.length > 0) continue
        await maybeScan()
        for (const w of idleWaiters) w()
        idleWaiters = []
        await new Promise((r) => setTimeout(r, options.pollMs ?? 200))
        continue
      }
      // Several jobs at once: while one job's transaction runs, the next one's messages are read
      // on the reading threads (and, on PostgreSQL, the database works on both).
      let next = 0
      const runJobs = async (): Promise<void> => {
        while (next < jobs.length) {
          const job = jobs[next++] as (typeof jobs)[number]
          try {
            await readAndStore(deps, job.payload.workspaceId, job.payload.messageIds)
            await queue.complete(READ_QUEUE, [job.id])
            touched.add(job.payload.workspaceId)
          } catch (err) {
            options.onError?.(err)
            await queue.fail(READ_QUEUE, job.id, (err as Error).message ?? String(err)).catch(() => {})
          }
        }
      }
      await Promise.all(Array.from({ length: Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, jobs.length) }, runJobs))
    }
  })()
  return {
    stop: async () => {
      stopping = true
      await loop
    },
    idle: () => new Promise<void>((resolve) => idleWaiters.push(resolve)),
  }
}
