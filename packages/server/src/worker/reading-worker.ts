import type { JobQueue } from '@undertone/jobs'
import { deleteExpiredIdempotencyKeys } from '@undertone/storage'
import { PRIVACY_SWEEP_EVERY_MS, privacySweep } from '../app/privacy/privacy-sweep.js'
import { type PipelineDeps, readAndStore } from '../app/read-and-store.js'
import { scanChangeAlerts } from '../app/scan-change-alerts.js'
import { maybeQueueTopics } from '../app/topics/maybe-queue-topics.js'
import { LEARN_QUEUE, READ_QUEUE, type LearnJob, type ReadJob } from './queues.js'
import { runLearnJob } from './run-learn-job.js'

/** How long the answer to a request with an `Idempotency-Key` is kept for its retries. */
export const DEFAULT_IDEMPOTENCY_RETENTION_MS = 24 * 3_600_000

/** Groups of reading jobs one worker runs at once (`concurrency`). */
export const DEFAULT_CONCURRENCY = 2

/** Jobs of one workspace read together in one pass (`jobsPerRead`). */
export const DEFAULT_JOBS_PER_READ = 8

/** The claimed jobs in groups of at most `size`, each of one workspace, in the order they came. */
function groupJobs<J extends { payload: { workspaceId: string } }>(jobs: readonly J[], size: number): J[][] {
  const open = new Map<string, J[]>()
  const groups: J[][] = []
  for (const job of jobs) {
    let group = open.get(job.payload.workspaceId)
    if (group === undefined || group.length >= size) {
      group = []
      groups.push(group)
      open.set(job.payload.workspaceId, group)
    }
    group.push(job)
  }
  return groups
}

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
export function runReadingWorker(queue: JobQueue, deps: PipelineDeps, options: { pollMs?: number; batch?: number; concurrency?: number; jobsPerRead?: number; changeScanMs?: number; idempotencyRetentionMs?: number; onError?: (err: unknown) => void } = {}): WorkerHandle {
  let stopping = false
  let lastScan = Number.NEGATIVE_INFINITY
  let lastCleanup = Number.NEGATIVE_INFINITY
  let lastPrivacy = Number.NEGATIVE_INFINITY
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
    // Erasures swept again and expired message texts emptied (retention), in small chunks.
    if (now - lastPrivacy >= PRIVACY_SWEEP_EVERY_MS) {
      lastPrivacy = now
      await privacySweep(deps.db, now, deps.adaptations).catch((err: unknown) => options.onError?.(err))
    }
    if (now - lastScan < scanEvery || touched.size === 0) return
    lastScan = now
    for (const ws of [...touched]) {
      touched.delete(ws)
      await scanChangeAlerts(deps.db, ws, now, deps.events, deps.followUp).catch((err: unknown) => options.onError?.(err))
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
      // Jobs of one workspace are read together, a few at a time: a conversation that several of
      // them touch is brought up to date once. Groups run side by side, so while one group's
      // transaction runs the next one's messages are read on the reading threads.
      const groups = groupJobs(jobs, options.jobsPerRead ?? DEFAULT_JOBS_PER_READ)
      let next = 0
      const runGroups = async (): Promise<void> => {
        while (next < groups.length) {
          const group = groups[next++] as typeof jobs
          const ok = await runGroup(group)
          // A group that failed is run job by job, so one bad job does not hold the others back.
          if (!ok && group.length > 1) for (const job of group) await runGroup([job])
        }
      }
      const runGroup = async (group: typeof jobs): Promise<boolean> => {
        const workspaceId = (group[0] as (typeof jobs)[number]).payload.workspaceId
        try {
          await readAndStore(deps, workspaceId, group.flatMap((j) => j.payload.messageIds))
          await queue.complete(READ_QUEUE, group.map((j) => j.id))
          touched.add(workspaceId)
          return true
        } catch (err) {
          options.onError?.(err)
          if (group.length === 1) await queue.fail(READ_QUEUE, (group[0] as (typeof jobs)[number]).id, (err as Error).message ?? String(err)).catch(() => {})
          return false
        }
      }
      await Promise.all(Array.from({ length: Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, groups.length) }, runGroups))
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
