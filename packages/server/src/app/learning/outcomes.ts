import { type Database, recordConversationCsat, recordCustomerChurn } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../../problem.js'

/** How things turned out: CSAT for a conversation, or churn for a customer (ids, or external ids under `source`). */
export interface OutcomeReport {
  readonly conversation_id?: string | undefined
  readonly customer_id?: string | undefined
  readonly source?: string | undefined
  readonly csat?: number | undefined
  readonly churned_at?: string | undefined
}

/** Records outcomes, for the review queue to weigh readings that disagree with them. */
export async function recordOutcome(db: Kysely<Database>, workspaceId: string, o: OutcomeReport): Promise<{ recorded: true }> {
  const source = o.source ?? 'api'
  if (o.conversation_id !== undefined && o.csat !== undefined) {
    if (!(await recordConversationCsat(db, workspaceId, o.conversation_id, source, o.csat))) throw new ProblemError('UT_E_NOT_FOUND', `no conversation ${o.conversation_id} in this workspace`)
  }
  if (o.customer_id !== undefined && o.churned_at !== undefined) {
    if (!(await recordCustomerChurn(db, workspaceId, o.customer_id, source, Date.parse(o.churned_at)))) throw new ProblemError('UT_E_NOT_FOUND', `no customer ${o.customer_id} in this workspace`)
  }
  return { recorded: true }
}
