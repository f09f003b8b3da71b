/**
 * What one request may read. Texts are read on the pool's threads, off the event loop; these
 * keep one request from holding the threads, and its client waiting, for long. Each is a setting
 * of the service; the defaults suit a team's own server.
 */
export interface ReadLimits {
  /** Most bytes of text (UTF-8, context texts included) one `POST /v1/score` reads; more → 413. */
  readonly scoreTextBytes: number
  /** Most bytes of unstored text one `POST /v1/corrections/import` reads to record what the model says; more → 413. */
  readonly importTextBytes: number
  /** Longest a request may spend reading, waiting for a free thread included, in ms; longer → 503. */
  readonly readTimeMs: number
}

/** The defaults, used for every read limit not given. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  scoreTextBytes: 1024 * 1024,
  importTextBytes: 2 * 1024 * 1024,
  readTimeMs: 30_000,
}
