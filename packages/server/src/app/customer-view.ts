import { type Database, customerAnalysis, customerConversations, findCustomer } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'

/** A customer (by id, or by external id under `source`): health, churn risk with reasons, and conversations. */
export async function customerView(db: Kysely<Database>, workspaceId: string, id: string, source: string) {
  const cust = await findCustomer(db, workspaceId, id, source)
  if (cust === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no customer ${id} in this workspace`)
  const [analysis, conversations] = await Promise.all([customerAnalysis(db, workspaceId, cust.id), customerConversations(db, workspaceId, cust.id)])
  return { id: cust.id, external_id: cust.external_id, segment: cust.segment, plan: cust.plan, value: cust.value, analysis: analysis ?? null, conversations }
}
