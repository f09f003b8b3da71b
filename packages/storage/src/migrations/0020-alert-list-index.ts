import type { Kysely } from 'kysely'

/**
 * Open alerts by (workspace, acknowledged, severity): the alert list counts a workspace's open
 * alerts and pages them most severe first. With only (workspace, time), both walked every alert the
 * workspace ever had, acknowledged ones included, which pile up for as long as the service runs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('alerts_workspace_open').on('alerts').columns(['workspace_id', 'acknowledged_at', 'severity']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('alerts_workspace_open').ifExists().execute()
}
