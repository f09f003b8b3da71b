/** Cheap questions about how much a workspace (or the database) holds, answered from counters and indexes. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** How many messages of the workspace have been read (its counter row; 0 without one). */
export async function readMessageCount(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const c = await db.selectFrom('workspace_counters').select('readings').where('workspace_id', '=', workspaceId).executeTakeFirst()
  return Number(c?.readings ?? 0)
}

/** Conversations of the workspace opened in [from, to) that have a reading. */
export async function conversationsOpened(db: Kysely<Database>, workspaceId: string, from: number, to: number): Promise<number> {
  const row = await db.selectFrom('conversation_readings').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).where('opened_at', '>=', from).where('opened_at', '<', to).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Whether the database holds any workspace; a cheap query that also tells the database answers. */
export async function hasWorkspaces(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('workspaces').select('id').limit(1).execute()).length > 0
}
