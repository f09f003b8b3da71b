import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** What the reading pipeline needs of a conversation besides its messages. */
export interface ConversationMeta {
  /** Where it came from ('api', a helpdesk connector's kind, …) and its id there. */
  readonly source: string
  readonly external_id: string
  readonly customer_id: string | null
  readonly status: string
  /** Its subject: contacts about other product areas are not repeats. */
  readonly product_area: string | null
  readonly channel: string | null
  /** JSON array. */
  readonly tags: string
}

/** The meta of these conversations, scoped to the workspace, keyed by id. */
export async function conversationMeta(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<Map<string, ConversationMeta>> {
  const meta = new Map<string, ConversationMeta>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('conversations').select(['id', 'source', 'external_id', 'customer_id', 'status', 'product_area', 'channel', 'tags']).where('workspace_id', '=', workspaceId).where('id', 'in', ids.slice(i, i + 500)).execute()
    for (const r of rows) meta.set(r.id, r)
  }
  return meta
}
