import type { Kysely } from 'kysely'

/** The latest drivers ranking per workspace and window, refreshed by the worker. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('driver_snapshots')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('computed_at', 'bigint', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('driver_snapshots_pk', ['workspace_id', 'days'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('driver_snapshots').ifExists().execute()
}
