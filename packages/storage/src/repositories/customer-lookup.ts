/** One customer of a workspace as the API shows it: its row, found by id or by external id, its stored reading and its conversations. */
import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../schema.js'

/** A customer's row. */
export type CustomerRow = Selectable<Database['customers']>

/** A customer by its id, or else by its external id under `source` (two index lookups, as for conversations). */
export async function findCustomer(db: Kysely<Database>, workspaceId: string, id: string, source: string): Promise<CustomerRow | undefined> {
  return (
    (await db.selectFrom('customers').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst()) ??
    (await db.selectFrom('customers').selectAll().where('workspace_id', '=', workspaceId).where('source', '=', source).where('external_id', '=', id).executeTakeFirst())
  )
}

/** A customer's stored reading (health, churn risk, …) as parsed JSON; undefined before its first reading. */
export async function customerAnalysis(db: Kysely<Database>, workspaceId: string, customerId: string): Promise<unknown> {
  const row = await db.selectFrom('customer_readings').select('body').where('customer_id', '=', customerId).where('workspace_id', '=', workspaceId).executeTakeFirst()
  return row === undefined ? undefined : (JSON.parse(row.body) as unknown)
}

/** A customer's latest 100 conversations, newest first, with their trend and escalation. */
export async function customerConversations(db: Kysely<Database>, workspaceId: string, customerId: string) {
  return db
    .selectFrom('conversations as c')
    .leftJoin('conversation_readings as r', 'r.conversation_id', 'c.id')
    .select(['c.id', 'c.external_id', 'c.status', 'c.created_at', 'c.last_customer_at', 'r.trend', 'r.escalation'])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.customer_id', '=', customerId)
    .orderBy('c.created_at', 'desc')
    .limit(100)
    .execute()
}
