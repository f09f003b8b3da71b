/**
 * Erasure of one customer: everything stored about them goes (their conversations and messages,
 * readings, conversation and customer readings, corrections and review flags of their messages,
 * alerts and queued notices about them, helpdesk write-backs of their conversations, answers kept
 * under Idempotency-Keys that name their conversations, the drivers day tallies of their days),
 * while the aggregates (rollups, fact rollups, workspace counters) keep counting them. A record of
 * the erasure (our ids only) answers a repeated erasure and lets the worker sweep what a reading
 * that was under way wrote after it.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../schema.js'
import { dropDriverDays, staleDriverSnapshots } from './retention.js'
import { secureDeleteTransaction } from './secure-delete.js'
import { holdWorkspaceSettings } from './workspaces.js'

const CHUNK = 500
const DAY = 86_400_000

/** What an erasure removed, table by table. */
export interface ErasureCounts {
  customers: number
  conversations: number
  messages: number
  readings: number
  conversationReadings: number
  customerReadings: number
  corrections: number
  reviewFlags: number
  alerts: number
  deliveries: number
  writeBacks: number
  idempotencyAnswers: number
  driverDays: number
}

/** An erasure's receipt: our id of the customer, what went, and when it was first erased. */
export interface Erasure {
  readonly customerId: string
  readonly removed: ErasureCounts
  /** When the customer was (first) erased. */
  readonly erasedAt: number
  /** False when nothing was stored any more (erased before, or never known). */
  readonly found: boolean
}

const zero = (): ErasureCounts => ({ customers: 0, conversations: 0, messages: 0, readings: 0, conversationReadings: 0, customerReadings: 0, corrections: 0, reviewFlags: 0, alerts: 0, deliveries: 0, writeBacks: 0, idempotencyAnswers: 0, driverDays: 0 })

const chunks = <T>(xs: readonly T[]): T[][] => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK))

/** Removes what hangs off these conversations and this customer (not the conversations, messages or customer rows). */
async function removeDependents(trx: Transaction<Database>, workspaceId: string, customerId: string, conversationIds: readonly string[], messageIds: readonly string[], out: ErasureCounts): Promise<void> {
  const n = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows)
  for (const ids of chunks(conversationIds)) {
    out.readings += n(await trx.deleteFrom('readings').where('conversation_id', 'in', ids).where('workspace_id', '=', workspaceId).executeTakeFirst())
    out.conversationReadings += n(await trx.deleteFrom('conversation_readings').where('conversation_id', 'in', ids).where('workspace_id', '=', workspaceId).executeTakeFirst())
    out.writeBacks += n(await trx.deleteFrom('write_backs').where('conversation_id', 'in', ids).where('workspace_id', '=', workspaceId).executeTakeFirst())
  }
  for (const ids of chunks(messageIds)) {
    out.corrections += n(await trx.deleteFrom('corrections').where('workspace_id', '=', workspaceId).where('message_id', 'in', ids).executeTakeFirst())
    out.reviewFlags += n(await trx.deleteFrom('review_flags').where('workspace_id', '=', workspaceId).where('message_id', 'in', ids).executeTakeFirst())
  }
  out.customerReadings += n(await trx.deleteFrom('customer_readings').where('customer_id', '=', customerId).where('workspace_id', '=', workspaceId).executeTakeFirst())
  for (const ids of chunks([customerId, ...conversationIds])) {
    out.alerts += n(await trx.deleteFrom('alerts').where('workspace_id', '=', workspaceId).where('subject_id', 'in', ids).executeTakeFirst())
    out.deliveries += n(await trx.deleteFrom('deliveries').where('workspace_id', '=', workspaceId).where('subject_id', 'in', ids).executeTakeFirst())
  }
  // Answers to ingest requests list each message with its conversation id: those naming these conversations go.
  for (const id of conversationIds) {
    out.idempotencyAnswers += n(await trx.deleteFrom('idempotency_keys').where('workspace_id', '=', workspaceId).where('response', 'like', `%${id}%`).executeTakeFirst())
  }
}

/**
 * Erases the customer with our id `customerId` (see the module comment) in one transaction that
 * first holds the workspace's settings exclusively, as reading holds them shared: a reading
 * transaction under way finishes first and its rows are erased too. Idempotent: a second call
 * finds nothing and answers zeros with the first erasure's time.
 */
export async function eraseCustomer(db: Kysely<Database>, workspaceId: string, customerId: string, now: number): Promise<Erasure> {
  return secureDeleteTransaction(db, async (trx) => {
    await holdWorkspaceSettings(trx, workspaceId, 'update')
    const out = zero()
    const customer = await trx.selectFrom('customers').select('id').where('id', '=', customerId).where('workspace_id', '=', workspaceId).executeTakeFirst()
    const earlier = await trx.selectFrom('customer_erasures').select(['conversation_ids', 'erased_at']).where('workspace_id', '=', workspaceId).where('customer_id', '=', customerId).executeTakeFirst()
    const conversationIds = (await trx.selectFrom('conversations').select('id').where('workspace_id', '=', workspaceId).where('customer_id', '=', customerId).execute()).map((r) => r.id).sort()
    const messages: { id: string; created_at: number }[] = []
    for (const ids of chunks(conversationIds)) messages.push(...(await trx.selectFrom('messages').select(['id', 'created_at']).where('workspace_id', '=', workspaceId).where('conversation_id', 'in', ids).execute()))
    const known = [...new Set([...conversationIds, ...(earlier === undefined ? [] : (JSON.parse(earlier.conversation_ids) as string[]))])].sort()
    await removeDependents(trx, workspaceId, customerId, known, messages.map((m) => m.id), out)
    for (const ids of chunks(conversationIds)) {
      out.messages += Number((await trx.deleteFrom('messages').where('workspace_id', '=', workspaceId).where('conversation_id', 'in', ids).executeTakeFirst()).numDeletedRows)
      out.conversations += Number((await trx.deleteFrom('conversations').where('workspace_id', '=', workspaceId).where('id', 'in', ids).executeTakeFirst()).numDeletedRows)
    }
    out.customers += Number((await trx.deleteFrom('customers').where('workspace_id', '=', workspaceId).where('id', '=', customerId).executeTakeFirst()).numDeletedRows)
    out.driverDays += await dropDriverDays(trx, workspaceId, [...new Set(messages.map((m) => Math.floor(Number(m.created_at) / DAY) * DAY))])
    if (out.driverDays > 0 || out.messages > 0) await staleDriverSnapshots(trx, workspaceId)
    const found = customer !== undefined || conversationIds.length > 0
    const erasedAt = earlier === undefined ? now : Number(earlier.erased_at)
    if (found || earlier !== undefined) {
      await trx
        .insertInto('customer_erasures')
        .values({ workspace_id: workspaceId, customer_id: customerId, conversation_ids: JSON.stringify(known), erased_at: erasedAt })
        .onConflict((oc) => oc.columns(['workspace_id', 'customer_id']).doUpdateSet({ conversation_ids: JSON.stringify(known) }))
        .execute()
    }
    return { customerId, removed: out, erasedAt, found }
  })
}

/** Whether the customer with our id `customerId` was erased, and when. */
export async function customerErasedAt(db: Kysely<Database>, workspaceId: string, customerId: string): Promise<number | undefined> {
  const r = await db.selectFrom('customer_erasures').select('erased_at').where('workspace_id', '=', workspaceId).where('customer_id', '=', customerId).executeTakeFirst()
  return r === undefined ? undefined : Number(r.erased_at)
}

/**
 * Sweeps the customers erased since `since` again: a reading that had loaded their messages before
 * the erasure and stored after it left readings, conversation and customer readings or alerts about
 * them; those go. Answers how many rows went, in all.
 */
export async function sweepErasures(db: Kysely<Database>, since: number): Promise<number> {
  const recent = await db.selectFrom('customer_erasures').selectAll().where('erased_at', '>=', since).execute()
  let removed = 0
  for (const e of recent) {
    const out = zero()
    await secureDeleteTransaction(db, async (trx) => {
      await holdWorkspaceSettings(trx, e.workspace_id, 'update')
      await removeDependents(trx, e.workspace_id, e.customer_id, JSON.parse(e.conversation_ids) as string[], [], out)
    })
    removed += Object.values(out).reduce((a, b) => a + b, 0)
  }
  return removed
}
