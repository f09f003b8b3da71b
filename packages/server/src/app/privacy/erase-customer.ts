import { type Database, type ErasureCounts, customerErasedAt, eraseCustomer, findCustomer } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { WorkspaceAdaptations } from '../learning/workspace-adaptations.js'
import { type Actor, audit } from './audit-trail.js'

/** What an erasure removed: our id of the customer, the rows that went per kind, and when it was erased. */
export interface ErasureReceipt {
  /** Our id of the customer; for an id we hold nothing about, the id as given. */
  readonly customerId: string
  readonly removed: ErasureCounts
  /** When the customer was first erased (this call, or an earlier one). */
  readonly erasedAt: number
}

/**
 * Erases a customer (by our id, or by external id under `source`) and everything stored about
 * them; aggregates keep their counts (see `eraseCustomer` in storage). Idempotent: a customer
 * erased before, or one never known, answers a receipt of zeros, never "not found", so a retried
 * or repeated request is always answered the same way. Recorded in the audit trail under our id
 * (never the external id, which may itself be personal). The workspace's correction memory is
 * rebuilt without the customer's texts.
 */
export async function eraseCustomerData(deps: { db: Kysely<Database>; clock: () => number; adaptations?: WorkspaceAdaptations | undefined }, workspaceId: string, id: string, source: string, actor: Actor): Promise<ErasureReceipt> {
  const { db } = deps
  const now = deps.clock()
  const customer = await findCustomer(db, workspaceId, id, source)
  // An id we hold nothing about may be someone's external id: it is not written to the trail.
  const known = customer !== undefined || (await customerErasedAt(db, workspaceId, id)) !== undefined
  const erased = await eraseCustomer(db, workspaceId, customer?.id ?? id, now)
  // This process's correction memory is rebuilt without the customer's texts at once; others notice
  // that corrections went (their count fell) at their next check and rebuild theirs.
  deps.adaptations?.forget(workspaceId)
  const removed = Object.values(erased.removed).reduce((a, b) => a + b, 0)
  await audit(db, workspaceId, actor, 'customer.erase', known ? erased.customerId : 'unknown', now, { rows_removed: removed, found: erased.found })
  return { customerId: erased.customerId, removed: erased.removed, erasedAt: erased.erasedAt }
}
