import type { Kysely } from 'kysely'

/**
 * Messages by workspace and time: the drivers analysis samples each day of a window, and on a
 * million-message workspace a scan of `messages` costs seconds where this index costs milliseconds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('messages_workspace_time').on('messages').columns(['workspace_id', 'created_at']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_workspace_time').ifExists().execute()
}
