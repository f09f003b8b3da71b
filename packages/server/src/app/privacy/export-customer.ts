import { type Database, exportCustomer, findCustomer } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../../problem.js'
import { type Actor, audit } from './audit-trail.js'

/**
 * Everything stored about a customer (by our id, or by external id under `source`), for a
 * data-subject access request; the export is recorded in the audit trail under our id.
 */
export async function customerExport(db: Kysely<Database>, workspaceId: string, id: string, source: string, actor: Actor, now: number) {
  const customer = await findCustomer(db, workspaceId, id, source)
  const data = customer === undefined ? undefined : await exportCustomer(db, workspaceId, customer.id)
  if (customer === undefined || data === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no customer ${id} in this workspace`)
  await audit(db, workspaceId, actor, 'customer.export', customer.id, now, { messages: data.messages.length, conversations: data.conversations.length })
  return { exportedAt: now, ...data }
}
