/** Messages of a workspace found by the keys their senders gave them, `(source, external id)`: a re-sent message's stored copy. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** A stored message's ids and what decides whether it is read. */
export interface MessageByKey {
  readonly id: string
  readonly source: string
  readonly externalId: string
  readonly conversationId: string
  readonly role: 'customer' | 'agent' | 'bot' | 'system'
  readonly internal: boolean
}

/**
 * The workspace's messages with these `(source, external id)` keys, in no particular order (a key
 * not stored is absent): one query per 500 keys on the `(workspace, source, external id)` index.
 */
export async function messagesByKey(db: Kysely<Database>, workspaceId: string, keys: readonly { readonly source: string; readonly externalId: string }[]): Promise<MessageByKey[]> {
  const out: MessageByKey[] = []
  const wanted = new Set(keys.map((k) => `${k.source}\u0000${k.externalId}`))
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500)
    const rows = await db
      .selectFrom('messages')
      .select(['id', 'source', 'external_id', 'conversation_id', 'role', 'internal'])
      .where('workspace_id', '=', workspaceId)
      .where('source', 'in', [...new Set(chunk.map((k) => k.source))])
      .where('external_id', 'in', [...new Set(chunk.map((k) => k.externalId))])
      .execute()
    // Sources and ids are matched apart in SQL; a row is one of the keys only as a pair.
    for (const r of rows) {
      const k = `${r.source}\u0000${r.external_id}`
      if (!wanted.delete(k)) continue
      out.push({ id: r.id, source: r.source, externalId: r.external_id, conversationId: r.conversation_id, role: r.role as MessageByKey['role'], internal: Number(r.internal) === 1 })
    }
  }
  return out
}
