import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** Stores the drivers ranking computed at `computedAt` for a workspace and window. */
export async function saveDriverSnapshot(db: Kysely<Database>, workspaceId: string, days: number, computedAt: number, body: unknown): Promise<void> {
  const values = { workspace_id: workspaceId, days, computed_at: computedAt, body: JSON.stringify(body) }
  await db.insertInto('driver_snapshots').values(values).onConflict((oc) => oc.columns(['workspace_id', 'days']).doUpdateSet({ computed_at: values.computed_at, body: values.body })).execute()
}

/** The stored ranking, if any. */
export async function loadDriverSnapshot(db: Kysely<Database>, workspaceId: string, days: number): Promise<{ computedAt: number; body: unknown } | undefined> {
  const r = await db.selectFrom('driver_snapshots').select(['computed_at', 'body']).where('workspace_id', '=', workspaceId).where('days', '=', days).executeTakeFirst()
  return r === undefined ? undefined : { computedAt: Number(r.computed_at), body: JSON.parse(r.body) as unknown }
}

/** The windows a workspace has asked drivers for (the worker refreshes those). */
export async function driverSnapshotWindows(db: Kysely<Database>, workspaceId: string): Promise<number[]> {
  return (await db.selectFrom('driver_snapshots').select('days').where('workspace_id', '=', workspaceId).execute()).map((r) => Number(r.days))
}
