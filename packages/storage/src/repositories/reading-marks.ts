import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

const CHUNK = 500

/** Which of these conversations are stored as escalated now (before a batch saves its readings). */
export async function escalatedAmong(db: Kysely<Database>, workspaceId: string, conversationIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>()
  for (let i = 0; i < conversationIds.length; i += CHUNK) {
    const rows = await db.selectFrom('conversation_readings').select('conversation_id').where('workspace_id', '=', workspaceId).where('conversation_id', 'in', conversationIds.slice(i, i + CHUNK)).where('escalate', '=', 1).execute()
    for (const r of rows) out.add(r.conversation_id)
  }
  return out
}

/** The stored health of these customers (before a batch saves its readings), keyed by customer id. */
export async function customerHealths(db: Kysely<Database>, workspaceId: string, customerIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (let i = 0; i < customerIds.length; i += CHUNK) {
    const rows = await db.selectFrom('customer_readings').select(['customer_id', 'health']).where('workspace_id', '=', workspaceId).where('customer_id', 'in', customerIds.slice(i, i + CHUNK)).execute()
    for (const r of rows) out.set(r.customer_id, Number(r.health))
  }
  return out
}
