import type { IncomingMessage } from '@undertone/storage'

// Messages dated after the server's clock: a caller's clock a little ahead is tolerated (the skew);
// beyond it the date is a bug (a wrong time zone, milliseconds taken for seconds) that would put the
// message at the end of every timeline and keep its conversation "waiting" for days.

/** How far after the server's clock a message's date may be (5 minutes): `UNDERTONE_CLOCK_SKEW_SECONDS`. */
export const DEFAULT_CLOCK_SKEW_MS = 5 * 60_000

/** The batch's messages dated more than `skewMs` after `now`, as `{path, message}` pairs naming each one's `created_at`. */
export function futureDateIssues(batch: readonly IncomingMessage[], now: number, skewMs: number): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = []
  batch.forEach((m, i) => {
    if (m.createdAt > now + skewMs) issues.push({ path: `messages.${i}.created_at`, message: futureDateMessage(m.createdAt, now, skewMs) })
  })
  return issues
}

/** Why one date is refused, in words an integrator can act on (the CLI's import says the same). */
export function futureDateMessage(createdAt: number, now: number, skewMs: number): string {
  return `${new Date(createdAt).toISOString()} is after the server's clock (${new Date(now).toISOString()}) by more than the allowed ${Math.round(skewMs / 1000)} s of clock skew`
}

/**
 * The batch with every date after `now` moved to `now`: for helpdesk events, whose clocks we trust
 * less than a caller's and whose events we must not lose (a refused webhook is retried, then
 * dropped). A message cannot have been written after the event announcing it arrived.
 */
export function clampFutureDates(batch: readonly IncomingMessage[], now: number): IncomingMessage[] {
  return batch.map((m) => (m.createdAt > now ? { ...m, createdAt: now } : m))
}
