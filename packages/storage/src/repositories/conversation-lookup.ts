/** One conversation of a workspace as the API shows it: its row, found by id or by external id, and its stored reading. */
import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../schema.js'

/** A conversation's row. */
export type ConversationRow = Selectable<Database['conversations']>

/**
 * A conversation by its id, or else by its external id under `source`: two index lookups (one OR
 * over both made SQLite scan the workspace's conversations, 1.7 s at a million messages).
 */
export async function findConversation(db: Kysely<Database>, workspaceId: string, id: string, source: string): Promise<ConversationRow | undefined> {
  return (
    (await db.selectFrom('conversations').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst()) ??
    (await db.selectFrom('conversations').selectAll().where('workspace_id', '=', workspaceId).where('source', '=', source).where('external_id', '=', id).executeTakeFirst())
  )
}

/** A conversation's stored reading (arc, escalation, …) as parsed JSON; undefined before its first reading. */
export async function conversationAnalysis(db: Kysely<Database>, workspaceId: string, conversationId: string): Promise<unknown> {
  const row = await db.selectFrom('conversation_readings').select('body').where('conversation_id', '=', conversationId).where('workspace_id', '=', workspaceId).executeTakeFirst()
  return row === undefined ? undefined : (JSON.parse(row.body) as unknown)
}
