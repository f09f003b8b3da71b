import { JobQueueError } from './job-queue-error.js'

/**
 * How claims order jobs, the same in every queue: the caller's priority first, then the job's
 * turn in its fairness group, then age. A job's turn is how many jobs of its group were waiting
 * when it was enqueued, so a group's n-th job in line goes before any group's (n+1)-th and a
 * workspace with a long backlog cannot hold up another workspace's next job.
 */

/** The largest priority either way. */
export const MAX_PRIORITY = 100_000

/**
 * Turns counted per group (counting a longer backlog would cost more at every enqueue); jobs
 * behind that many of their group share the last turn. pg-boss packs the turn below the
 * priority in one int4: ±MAX_PRIORITY × TURNS (10⁹) fits.
 */
export const TURNS = 10_000

/** The priority a job is enqueued with: 0 when not given; a whole number within ±MAX_PRIORITY. */
export function jobPriority(priority: number | undefined): number {
  if (priority === undefined) return 0
  if (!Number.isInteger(priority) || Math.abs(priority) > MAX_PRIORITY) throw new JobQueueError('UT_E_JOB_PRIORITY', `a job priority is a whole number from -${MAX_PRIORITY} to ${MAX_PRIORITY}, not ${priority}`)
  return priority
}
