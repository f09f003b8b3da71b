/** Outcomes reported for the learning loop: a conversation's CSAT and a customer's churn. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** Sets a conversation's CSAT (found by id, or by external id under `source`); false when there is no such conversation. */
export async function recordConversationCsat(db: Kysely<Database>, workspaceId: string, conversation: string, source: string, csat: number): Promise<boolean> {
  const r = await db.updateTable('conversations').set({ csat }).where('workspace_id', '=', workspaceId).where((eb) => eb.or([eb('id', '=', conversation), eb.and([eb('source', '=', source), eb('external_id', '=', conversation)])])).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

/** Sets when a customer churned (found by id, or by external id under `source`); false when there is no such customer. */
export async function recordCustomerChurn(db: Kysely<Database>, workspaceId: string, customer: string, source: string, churnedAt: number): Promise<boolean> {
  const r = await db.updateTable('customers').set({ churned_at: churnedAt }).where('workspace_id', '=', workspaceId).where((eb) => eb.or([eb('id', '=', customer), eb.and([eb('source', '=', source), eb('external_id', '=', customer)])])).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}
