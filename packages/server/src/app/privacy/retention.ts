import { type Database, type RetentionResult, removeTextsBefore, retentionPolicy, setRetentionDays } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../../problem.js'
import { type Actor, audit } from './audit-trail.js'

const DAY = 86_400_000

/** The longest retention period a workspace may set (ten years); null keeps texts forever. */
export const MAX_RETENTION_DAYS = 3650

/** The workspace's retention: how many days message texts are kept (null: forever, the default). */
export async function retentionView(db: Kysely<Database>, workspaceId: string) {
  const p = await retentionPolicy(db, workspaceId)
  return { retentionDays: p.days, updatedAt: p.updatedAt, lastRunAt: p.lastRunAt }
}

/** Sets how many days message texts are kept (1 to MAX_RETENTION_DAYS, or null for forever); recorded in the audit trail. */
export async function changeRetention(db: Kysely<Database>, workspaceId: string, days: number | null, actor: Actor, now: number) {
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS)) throw new ProblemError('UT_E_VALIDATION', `retention_days must be a whole number from 1 to ${MAX_RETENTION_DAYS}, or null to keep texts forever`)
  const before = (await retentionPolicy(db, workspaceId)).days
  await setRetentionDays(db, workspaceId, days, now)
  await audit(db, workspaceId, actor, 'retention.change', 'retention', now, { from: before, to: days })
  return retentionView(db, workspaceId)
}

/**
 * Empties the texts of the workspace's messages older than `days` (the workspace's policy when not
 * given; nothing when it keeps texts forever), in small chunks; readings, rollups and analytics
 * stay. Idempotent; at most `maxChunks` chunks per call, `done` false when more is left.
 */
export async function runRetention(db: Kysely<Database>, workspaceId: string, now: number, options: { days?: number | undefined; actor?: Actor | undefined; maxChunks?: number | undefined } = {}): Promise<RetentionResult & { done: boolean; cutoff: number | null }> {
  const days = options.days ?? (await retentionPolicy(db, workspaceId)).days
  if (days === null) return { messages: 0, corrections: 0, driverDays: 0, done: true, cutoff: null }
  if (!Number.isInteger(days) || days < 1) throw new ProblemError('UT_E_VALIDATION', 'the retention period must be a whole number of days from 1 up')
  const cutoff = now - days * DAY
  const r = await removeTextsBefore(db, workspaceId, cutoff, options.maxChunks === undefined ? {} : { maxChunks: options.maxChunks })
  // A run that removed nothing is not a change worth a record (the worker runs hourly).
  if (r.messages + r.corrections > 0 || options.actor === 'cli') await audit(db, workspaceId, options.actor ?? 'worker', 'retention.run', 'messages', now, { days, cutoff, messages: r.messages, corrections: r.corrections })
  return { ...r, cutoff }
}
