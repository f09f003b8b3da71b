import type { Kysely } from 'kysely'
import type { Database, DeliveryTable } from '../schema.js'

/** One notice queued for one destination. */
export interface NewDelivery {
  readonly id: string
  readonly workspaceId: string
  readonly destinationId: string
  readonly ruleId: string
  /** The conversation or customer the notice is about (for the per-subject cool-down). */
  readonly subjectId: string
  /** Stable per notice: the same notice queued twice for a destination is stored once. */
  readonly noticeId: string
  readonly notice: unknown
  /** When to first try (later than now inside quiet hours). */
  readonly nextAttemptAt: number
}

/** A delivery as the outbox keeps it. */
export interface DeliveryRecord {
  readonly id: string
  readonly workspaceId: string
  readonly destinationId: string
  readonly ruleId: string
  readonly subjectId: string
  readonly noticeId: string
  readonly notice: unknown
  readonly state: 'pending' | 'delivered' | 'dead'
  readonly attempts: number
  readonly nextAttemptAt: number
  readonly lastError: string | null
  readonly lastStatus: number | null
  readonly createdAt: number
  readonly deliveredAt: number | null
}

const STATES = ['pending', 'delivered', 'dead'] as const

const toRecord = (r: DeliveryTable): DeliveryRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  destinationId: r.destination_id,
  ruleId: r.rule_id,
  subjectId: r.subject_id,
  noticeId: r.notice_id,
  notice: JSON.parse(r.notice) as unknown,
  state: STATES.find((s) => s === r.state) ?? 'pending',
  attempts: r.attempts,
  nextAttemptAt: Number(r.next_attempt_at),
  lastError: r.last_error,
  lastStatus: r.last_status,
  createdAt: Number(r.created_at),
  deliveredAt: r.delivered_at === null ? null : Number(r.delivered_at),
})

/** Queues deliveries in the caller's transaction; a notice already queued for a destination is skipped. */
export async function enqueueDeliveries(db: Kysely<Database>, rows: readonly NewDelivery[], now: number): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('deliveries')
    .values(rows.map((d) => ({ id: d.id, workspace_id: d.workspaceId, destination_id: d.destinationId, rule_id: d.ruleId, subject_id: d.subjectId, notice_id: d.noticeId, notice: JSON.stringify(d.notice), state: 'pending', attempts: 0, next_attempt_at: d.nextAttemptAt, lease_until: null, last_error: null, last_status: null, created_at: now, delivered_at: null })))
    .onConflict((oc) => oc.columns(['destination_id', 'notice_id']).doNothing())
    .execute()
}

/** When a rule last queued a notice about a subject (its cool-down: no storm when a reading flips). */
export async function lastNoticeAbout(db: Kysely<Database>, ruleId: string, subjectId: string): Promise<number | undefined> {
  const r = await db.selectFrom('deliveries').select((eb) => eb.fn.max('created_at').as('at')).where('rule_id', '=', ruleId).where('subject_id', '=', subjectId).executeTakeFirst()
  return r?.at == null ? undefined : Number(r.at)
}

/** Claims up to `limit` due deliveries for `leaseMs` (a conditional update, so each goes to one sender). */
export async function claimDeliveries(db: Kysely<Database>, now: number, limit: number, leaseMs: number): Promise<DeliveryRecord[]> {
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute()
  const claimed: DeliveryRecord[] = []
  for (const r of rows) {
    const u = await db
      .updateTable('deliveries')
      .set({ lease_until: now + leaseMs })
      .where('id', '=', r.id)
      .where('state', '=', 'pending')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst()
    if (Number(u.numUpdatedRows) === 1) claimed.push(toRecord(r))
  }
  return claimed
}

/** The outcome of one attempt: delivered, tried again at `retryAt`, or dead-lettered. */
export async function settleDelivery(db: Kysely<Database>, id: string, outcome: { delivered: true; at: number; status: number | null } | { delivered: false; retryAt: number | null; error: string; status: number | null }): Promise<void> {
  const base = db.updateTable('deliveries').where('id', '=', id)
  if (outcome.delivered) {
    await base.set((eb) => ({ state: 'delivered', delivered_at: outcome.at, last_status: outcome.status, lease_until: null, last_error: null, attempts: eb('attempts', '+', 1) })).execute()
    return
  }
  await base
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      lease_until: null,
      last_error: outcome.error.slice(0, 500),
      last_status: outcome.status,
      ...(outcome.retryAt === null ? { state: 'dead' } : { next_attempt_at: outcome.retryAt }),
    }))
    .execute()
}

/** The workspace's deliveries, newest first, optionally of one state. */
export async function listDeliveries(db: Kysely<Database>, workspaceId: string, opts: { state?: string; limit: number }): Promise<DeliveryRecord[]> {
  let q = db.selectFrom('deliveries').selectAll().where('workspace_id', '=', workspaceId)
  if (opts.state !== undefined) q = q.where('state', '=', opts.state)
  return (await q.orderBy('created_at', 'desc').orderBy('id').limit(opts.limit).execute()).map(toRecord)
}

/** Puts a dead (or delivered) delivery back in the outbox, due now; false when there is no such delivery. */
export async function redeliver(db: Kysely<Database>, workspaceId: string, id: string, now: number): Promise<boolean> {
  const r = await db
    .updateTable('deliveries')
    .set({ state: 'pending', attempts: 0, next_attempt_at: now, lease_until: null })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('state', '!=', 'pending')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}
