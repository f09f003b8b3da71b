import { z } from 'zod'

/** The kinds of alert a rule can send. */
export const RULE_KINDS = ['conversation_escalated', 'customer_at_risk', 'change_detected', 'sentiment_drop'] as const
export type RuleKind = (typeof RULE_KINDS)[number]

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour')

/**
 * A rule's thresholds. Every field has a default, so `{}` is a working rule:
 * - `min_customer_value`: only customers worth at least this (their `value`, e.g. ARR); 0 = everyone.
 * - `min_escalation` (conversation_escalated): the escalation score that counts, besides the `escalate` flag.
 * - `min_churn_risk` (customer_at_risk): the churn risk the customer page shows.
 * - `min_drop` (sentiment_drop): how far the customer's health (0..1) must fall in one batch of messages.
 * - `min_severity` (change_detected): the size of the shift (0..1).
 * - `quiet_hours`: notices raised inside the window wait until it ends (in `timezone`, an IANA name).
 * - `cooldown_minutes`: one notice per rule and subject in this time, so a reading that flips back
 *   and forth does not send a storm.
 */
export const RuleSettingsSchema = z
  .object({
    min_customer_value: z.number().finite().nonnegative().default(0),
    min_escalation: z.number().min(0).max(1).default(0),
    min_churn_risk: z.number().min(0).max(1).default(0),
    min_drop: z.number().min(0).max(1).default(0.25),
    min_severity: z.number().min(0).max(1).default(0),
    quiet_hours: z.object({ start: HHMM, end: HHMM, timezone: z.string().max(64).default('UTC') }).strict().optional(),
    cooldown_minutes: z.number().int().min(0).max(10_080).default(360),
  })
  .strict()

export type RuleSettings = z.infer<typeof RuleSettingsSchema>

/** Whether `timezone` is one this runtime knows. */
export function knownTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone })
    return true
  } catch {
    return false
  }
}

/** Minutes since local midnight of `at` in `timezone`. */
function localMinutes(at: number, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at)
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0)
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0)
  return hour * 60 + minute
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/**
 * When a notice raised at `at` may be sent: `at` itself, or the end of the quiet hours it falls in
 * (a window may wrap midnight, e.g. 22:00-07:00).
 */
export function sendableAt(settings: RuleSettings, at: number): number {
  const q = settings.quiet_hours
  if (q === undefined) return at
  const start = minutesOf(q.start)
  const end = minutesOf(q.end)
  if (start === end) return at
  const now = localMinutes(at, q.timezone)
  const inside = start < end ? now >= start && now < end : now >= start || now < end
  if (!inside) return at
  const wait = (end - now + 1440) % 1440
  // Whole minutes: the window ends at HH:MM local, so round down to that minute.
  return at - (at % 60_000) + wait * 60_000
}
