import { randomUUID } from 'node:crypto'
import { type Kysely, type Transaction, sql } from 'kysely'
import type { Database } from '../schema.js'
import { bumpCounters } from './workspace-counters.js'

/** A message in the canonical model, as it arrives from the API, a webhook or an import. */
export interface IncomingMessage {
  readonly externalId: string
  readonly conversationId: string
  readonly customerId: string
  readonly role: 'customer' | 'agent' | 'bot' | 'system'
  readonly text: string
  /** Milliseconds since the epoch. */
  readonly createdAt: number
  readonly source?: string
  readonly channel?: string
  readonly agentId?: string
  readonly productArea?: string
  readonly tags?: readonly string[]
  readonly internal?: boolean
  /** The conversation's status as of this message (open, pending, resolved, closed). */
  readonly status?: 'open' | 'pending' | 'resolved' | 'closed'
  readonly customer?: { readonly segment?: string; readonly plan?: string; readonly value?: number }
}

/** A stored message that was new. */
export interface InsertedMessage {
  readonly id: string
  readonly externalId: string
  readonly source: string
  readonly conversationId: string
  readonly customerId: string
  readonly role: IncomingMessage['role']
}

export interface IngestResult {
  readonly inserted: readonly InsertedMessage[]
  /** External ids already stored (or repeated in the batch): acknowledged, not stored twice. */
  readonly duplicates: readonly string[]
}

type Db = Kysely<Database> | Transaction<Database>
type TimeColumn = 'first_customer_at' | 'last_customer_at' | 'first_response_at' | 'last_agent_at'

// Portable min/max of a nullable column and a value (SQLite's scalar min() is PostgreSQL's LEAST()).
function earliest(col: TimeColumn, t: number) {
  return sql<number>`case when ${sql.ref(col)} is null or ${sql.ref(col)} > ${t} then ${t} else ${sql.ref(col)} end`
}
function latest(col: TimeColumn, t: number) {
  return sql<number>`case when ${sql.ref(col)} is null or ${sql.ref(col)} < ${t} then ${t} else ${sql.ref(col)} end`
}

/**
 * Stores a batch in one transaction: customers and conversations are upserted by their external
 * ids, messages are inserted unless `(workspace, source, external id)` is already stored, and the
 * conversation's counters move only for new messages. Re-delivering a batch is harmless. The
 * optional `within` callback runs in the same transaction (e.g. to enqueue reading jobs), so a
 * message is never stored without its job, or the other way round.
 */
export async function ingestMessages(
  db: Kysely<Database>,
  workspaceId: string,
  batch: readonly IncomingMessage[],
  now: number,
  within?: (trx: Transaction<Database>, result: IngestResult) => Promise<void>,
): Promise<IngestResult> {
  return db.transaction().execute(async (trx) => {
    const result = await ingestIn(trx, workspaceId, batch, now)
    if (within !== undefined) await within(trx, result)
    return result
  })
}

async function ingestIn(trx: Db, workspaceId: string, batch: readonly IncomingMessage[], now: number): Promise<IngestResult> {
  const seen = new Set<string>()
  const unique: IncomingMessage[] = []
  // Times are whole milliseconds in both dialects (PostgreSQL bigint refuses fractions).
  batch = batch.map((m) => (Number.isInteger(m.createdAt) ? m : { ...m, createdAt: Math.round(m.createdAt) }))
  const duplicates: string[] = []
  for (const m of batch) {
    const key = `${m.source ?? 'api'}\u0000${m.externalId}`
    if (seen.has(key)) duplicates.push(m.externalId)
    else {
      seen.add(key)
      unique.push(m)
    }
  }
  // Customers.
  const customerIds = new Map<string, string>()
  let newCustomers = 0
  let newConversations = 0
  for (const m of unique) {
    const source = m.source ?? 'api'
    const k = `${source}\u0000${m.customerId}`
    if (customerIds.has(k) && m.customer === undefined) continue
    const c = m.customer
    // Insert-if-new first: a returned id is exactly a new customer (counted); otherwise update
    // the profile fields this message carries and look the id up.
    const fresh = await trx
      .insertInto('customers')
      .values({ id: randomUUID(), workspace_id: workspaceId, source, external_id: m.customerId, segment: c?.segment ?? null, plan: c?.plan ?? null, value: c?.value ?? null, created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (fresh !== undefined) {
      newCustomers++
      customerIds.set(k, fresh.id)
      continue
    }
    if (c !== undefined)
      await trx
        .updateTable('customers')
        .set((eb) => ({
          segment: c.segment !== undefined ? c.segment : eb.ref('customers.segment'),
          plan: c.plan !== undefined ? c.plan : eb.ref('customers.plan'),
          value: c.value !== undefined ? c.value : eb.ref('customers.value'),
          updated_at: now,
        }))
        .where('workspace_id', '=', workspaceId)
        .where('source', '=', source)
        .where('external_id', '=', m.customerId)
        .execute()
    const row = await trx.selectFrom('customers').select('id').where('workspace_id', '=', workspaceId).where('source', '=', source).where('external_id', '=', m.customerId).executeTakeFirstOrThrow()
    customerIds.set(k, row.id)
  }
  // Conversations.
  const conversationIds = new Map<string, string>()
  for (const m of unique) {
    const source = m.source ?? 'api'
    const k = `${source}\u0000${m.conversationId}`
    if (conversationIds.has(k)) continue
    await trx
      .insertInto('conversations')
      .values({
        id: randomUUID(),
        workspace_id: workspaceId,
        source,
        external_id: m.conversationId,
        customer_id: customerIds.get(`${source}\u0000${m.customerId}`) ?? null,
        channel: m.channel ?? null,
        status: m.status ?? 'open',
        product_area: m.productArea ?? null,
        tags: JSON.stringify(m.tags ?? []),
        created_at: m.createdAt,
        updated_at: now,
        first_customer_at: null,
        last_customer_at: null,
        first_response_at: null,
        last_agent_at: null,
        message_count: 0,
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
      .then((r) => {
        if (r !== undefined) newConversations++
        return r
      })
    const row = await trx.selectFrom('conversations').select('id').where('workspace_id', '=', workspaceId).where('source', '=', source).where('external_id', '=', m.conversationId).executeTakeFirstOrThrow()
    conversationIds.set(k, row.id)
  }
  // Agents (people and bots), by their external ids.
  const agentIds = new Map<string, string>()
  for (const m of unique) {
    if (m.agentId === undefined) continue
    const source = m.source ?? 'api'
    const k = `${source}\u0000${m.agentId}`
    if (agentIds.has(k)) continue
    await trx
      .insertInto('agents')
      .values({ id: randomUUID(), workspace_id: workspaceId, source, external_id: m.agentId, name: null, kind: m.role === 'bot' ? 'bot' : 'human', created_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
      .execute()
    const row = await trx.selectFrom('agents').select('id').where('workspace_id', '=', workspaceId).where('source', '=', source).where('external_id', '=', m.agentId).executeTakeFirstOrThrow()
    agentIds.set(k, row.id)
  }
  // Messages: new ones only.
  const inserted: InsertedMessage[] = []
  let readable = 0
  for (const m of unique) {
    const source = m.source ?? 'api'
    const id = randomUUID()
    const conversationId = conversationIds.get(`${source}\u0000${m.conversationId}`) as string
    const res = await trx
      .insertInto('messages')
      .values({ id, workspace_id: workspaceId, conversation_id: conversationId, source, external_id: m.externalId, role: m.role, agent_id: m.agentId === undefined ? null : (agentIds.get(`${source}\u0000${m.agentId}`) ?? null), internal: m.internal === true ? 1 : 0, text: m.text, created_at: m.createdAt, ingested_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (res === undefined) {
      duplicates.push(m.externalId)
      continue
    }
    inserted.push({ id, externalId: m.externalId, source, conversationId, customerId: customerIds.get(`${source}\u0000${m.customerId}`) as string, role: m.role })
    const isCustomer = m.role === 'customer' && m.internal !== true
    if (isCustomer) readable++
    const isReply = (m.role === 'agent' || m.role === 'bot') && m.internal !== true
    await trx
      .updateTable('conversations')
      .set((eb) => ({
        message_count: eb('message_count', '+', 1),
        updated_at: now,
        ...(isCustomer
          ? {
              first_customer_at: earliest('first_customer_at', m.createdAt),
              last_customer_at: latest('last_customer_at', m.createdAt),
            }
          : {}),
        ...(isReply
          ? {
              first_response_at: earliest('first_response_at', m.createdAt),
              last_agent_at: latest('last_agent_at', m.createdAt),
            }
          : {}),
        ...(m.productArea !== undefined ? { product_area: m.productArea } : {}),
        ...(m.status !== undefined ? { status: m.status } : {}),
      }))
      .where('id', '=', conversationId)
      .execute()
  }
  await bumpCounters(trx, workspaceId, { messages: inserted.length, readable, conversations: newConversations, customers: newCustomers })
  return { inserted, duplicates }
}
