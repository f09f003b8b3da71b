/** Messages of a workspace looked up by id: whether they exist, their role, and their text for people to read. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** A message's id and role; undefined when the workspace has no such message. */
export async function findMessage(db: Kysely<Database>, workspaceId: string, id: string): Promise<{ id: string; role: string } | undefined> {
  return db.selectFrom('messages').select(['id', 'role']).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst()
}

/** Which of the given ids are messages of the workspace. */
export async function existingMessageIds(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>()
  for (let i = 0; i < ids.length; i += 500) {
    for (const m of await db.selectFrom('messages').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', ids.slice(i, i + 500)).execute()) known.add(m.id)
  }
  return known
}

/** The given messages' texts with their conversation and time (in no particular order). */
export async function messageTexts(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<{ id: string; conversationId: string; at: number; text: string }[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('messages').select(['id', 'conversation_id', 'created_at', 'text']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute()
  return rows.map((r) => ({ id: r.id, conversationId: r.conversation_id, at: Number(r.created_at), text: r.text }))
}
