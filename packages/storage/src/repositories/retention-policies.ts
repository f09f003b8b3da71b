/** Each workspace's retention policy: for how many days message texts are kept (none: forever). */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** A workspace's policy; `days` null keeps texts forever (the default). */
export interface RetentionPolicy {
  readonly days: number | null
  readonly updatedAt: number | null
  /** When the worker last removed this workspace's expired texts. */
  readonly lastRunAt: number | null
}

/** The workspace's policy (keep forever when it never set one). */
export async function retentionPolicy(db: Kysely<Database>, workspaceId: string): Promise<RetentionPolicy> {
  const r = await db.selectFrom('retention_policies').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst()
  return r === undefined ? { days: null, updatedAt: null, lastRunAt: null } : { days: r.days === null ? null : Number(r.days), updatedAt: Number(r.updated_at), lastRunAt: r.last_run_at === null ? null : Number(r.last_run_at) }
}

/** Sets how many days texts are kept (null: forever). */
export async function setRetentionDays(db: Kysely<Database>, workspaceId: string, days: number | null, now: number): Promise<void> {
  await db
    .insertInto('retention_policies')
    .values({ workspace_id: workspaceId, days, updated_at: now, last_run_at: null })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ days, updated_at: now }))
    .execute()
}

/** The workspaces with a retention period whose texts were not swept since `notSince`. */
export async function retentionDue(db: Kysely<Database>, notSince: number): Promise<{ workspaceId: string; days: number }[]> {
  const rows = await db
    .selectFrom('retention_policies')
    .select(['workspace_id', 'days'])
    .where('days', 'is not', null)
    .where((eb) => eb.or([eb('last_run_at', 'is', null), eb('last_run_at', '<', notSince)]))
    .execute()
  return rows.map((r) => ({ workspaceId: r.workspace_id, days: Number(r.days) }))
}

/** Notes that the workspace's expired texts were swept at `now`. */
export async function markRetentionRun(db: Kysely<Database>, workspaceId: string, now: number): Promise<void> {
  await db.updateTable('retention_policies').set({ last_run_at: now }).where('workspace_id', '=', workspaceId).execute()
}
