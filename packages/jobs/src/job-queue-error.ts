/** Stable codes of the queue's own refusals (a broken database surfaces as the driver's error). */
export type JobQueueErrorCode = 'UT_E_JOB_PRIORITY'

/** A request the queue refuses, with a stable code. */
export class JobQueueError extends Error {
  readonly code: JobQueueErrorCode

  constructor(code: JobQueueErrorCode, message: string) {
    super(message)
    this.name = 'JobQueueError'
    this.code = code
  }
}
