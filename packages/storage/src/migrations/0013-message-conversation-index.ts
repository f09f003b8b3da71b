import type { Kysely } from 'kysely'

/**
 * Messages by (workspace, conversation, time). With only (conversation, time) and (workspace,
 * time), SQLite answered "this workspace's messages of these conversations" from the workspace's
 * time index, walking every message of the workspace: 1.8 s per timeline at a million messages,
 * and the reading pipeline slowing as a database grew.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('messages_workspace_conversation').on('messages').columns(['workspace_id', 'conversation_id', 'created_at']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_workspace_conversation').ifExists().execute()
}
