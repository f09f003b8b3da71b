import { randomUUID } from 'node:crypto'
import { type Kysely, type Transaction, sql } from 'kysely'
import { retryOnConflict } from '../retry-on-conflict.js'
import type { Database } from '../schema.js'
import { byKey } from './by-key.js'
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
 *
 * Batches sent at the same time may share customers, conversations and messages (a helpdesk's
 * webhooks do): every transaction writes those rows in one global order, each kind sorted by its
 * `(source, external id)` key, so concurrent batches wait for each other but never deadlock. A
 * failure that concurrency alone causes (see `retryOnConflict`) reruns the whole transaction,
 * `within` included: what `within` does outside `trx` must bear being done twice.
 */
export async function ingestMessages(
  db: Kysely<Database>,
  workspaceId: string,
  batch: readonly IncomingMessage[],
  now: number,
  within?: (trx: Transaction<Database>, result: IngestResult) => Promise<void>,
): Promise<IngestResult> {
  return retryOnConflict(() =>
    db.transaction().execute(async (trx) => {
      const result = await ingestIn(trx, workspaceId, batch, now)
      if (within !== undefined) await within(trx, result)
      return result
    }),
  )
}

/** A message of the batch with its place in it (answers list messages in the order they came). */
interface Placed {
  readonly m: IncomingMessage
  readonly at: number
  readonly source: string
}

type CustomerProfile = { segment?: string; plan?: string; value?: number }

/** Message rows per insert: 11 parameters each, well under both engines' limits. */
const MESSAGES_PER_STATEMENT = 200

// The key rows of every kind are sorted by. The NUL keeps ('a', 'bc') and ('ab', 'c') apart.
function keyOf(source: string, externalId: string): string {
  return `${source}\u0000${externalId}`
}

/** The first message of the batch for each key, sorted by key: the order rows of this kind are written in. */
function firstByKey(messages: readonly Placed[], externalId: (m: IncomingMessage) => string | undefined): [string, Placed][] {
  const first = new Map<string, Placed>()
  for (const p of messages) {
    const id = externalId(p.m)
    if (id === undefined) continue
    const k = keyOf(p.source, id)
    if (!first.has(k)) first.set(k, p)
  }
  return [...first].sort(byKey)
}

async function ingestIn(trx: Transaction<Database>, workspaceId: string, batch: readonly IncomingMessage[], now: number): Promise<IngestResult> {
  const unique = new Map<string, Placed>()
  const repeated: Placed[] = []
  batch.forEach((m, at) => {
    // Times are whole milliseconds in both dialects (PostgreSQL bigint refuses fractions).
    const placed = { m: Number.isInteger(m.createdAt) ? m : { ...m, createdAt: Math.round(m.createdAt) }, at, source: m.source ?? 'api' }
    const k = keyOf(placed.source, m.externalId)
    if (unique.has(k)) repeated.push(placed)
    else unique.set(k, placed)
  })
  const messages = [...unique.values()]
  const customers = await upsertCustomers(trx, workspaceId, messages, now)
  const conversations = await upsertConversations(trx, workspaceId, messages, customers.ids, now)
  const agentIds = await upsertAgents(trx, workspaceId, messages, now)
  // Messages: new ones only.
  const inserted: { at: number; message: InsertedMessage; placed: Placed }[] = []
  const duplicates = [...repeated]
  // Many rows per statement, in key order; the rows a statement returns are exactly the new ones.
  const rows = [...unique].sort(byKey).map(([, p]) => {
    const { m, source } = p
    const conversationId = conversations.ids.get(keyOf(source, m.conversationId)) as string
    const values = { id: randomUUID(), workspace_id: workspaceId, conversation_id: conversationId, source, external_id: m.externalId, role: m.role, agent_id: m.agentId === undefined ? null : (agentIds.get(keyOf(source, m.agentId)) ?? null), internal: m.internal === true ? 1 : 0, text: m.text, created_at: m.createdAt, ingested_at: now }
    return { p, values }
  })
  for (let i = 0; i < rows.length; i += MESSAGES_PER_STATEMENT) {
    const chunk = rows.slice(i, i + MESSAGES_PER_STATEMENT)
    const fresh = new Set(
      (
        await trx
          .insertInto('messages')
          .values(chunk.map((r) => r.values))
          .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
          .returning('id')
          .execute()
      ).map((r) => r.id),
    )
    for (const { p, values } of chunk) {
      const { m, source } = p
      if (!fresh.has(values.id)) duplicates.push(p)
      else inserted.push({ at: p.at, placed: p, message: { id: values.id, externalId: m.externalId, source, conversationId: values.conversation_id, customerId: customers.ids.get(keyOf(source, m.customerId)) as string, role: m.role } })
    }
  }
  inserted.sort((a, b) => a.at - b.at)
  duplicates.sort((a, b) => a.at - b.at)
  const readable = inserted.filter((i) => i.placed.m.role === 'customer' && i.placed.m.internal !== true).length
  await moveConversationCounters(trx, inserted.map((i) => i.placed), conversations.ids, now)
  // The workspace's counters are one row every batch of the workspace updates: last, so it is held shortest.
  await bumpCounters(trx, workspaceId, { messages: inserted.length, readable, conversations: conversations.created, customers: customers.created })
  return { inserted: inserted.map((i) => i.message), duplicates: duplicates.map((p) => p.m.externalId) }
}

/**
 * Upserts the batch's customers in key order; a customer's profile fields are those the batch's
 * messages carry, the later message winning. Returns their ids by key and how many were new.
 */
async function upsertCustomers(trx: Transaction<Database>, workspaceId: string, messages: readonly Placed[], now: number): Promise<{ ids: Map<string, string>; created: number }> {
  const profiles = new Map<string, CustomerProfile>()
  for (const { m, source } of messages) {
    if (m.customer === undefined) continue
    const k = keyOf(source, m.customerId)
    const p = profiles.get(k) ?? {}
    if (m.customer.segment !== undefined) p.segment = m.customer.segment
    if (m.customer.plan !== undefined) p.plan = m.customer.plan
    if (m.customer.value !== undefined) p.value = m.customer.value
    profiles.set(k, p)
  }
  const ids = new Map<string, string>()
  let created = 0
  for (const [k, { m, source }] of firstByKey(messages, (m) => m.customerId)) {
    const c = profiles.get(k)
    // Insert-if-new first: a returned id is exactly a new customer (counted); otherwise update
    // the profile fields the batch carries and look the id up.
    const fresh = await trx
      .insertInto('customers')
      .values({ id: randomUUID(), workspace_id: workspaceId, source, external_id: m.customerId, segment: c?.segment ?? null, plan: c?.plan ?? null, value: c?.value ?? null, created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (fresh !== undefined) {
      created++
      ids.set(k, fresh.id)
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
    ids.set(k, row.id)
  }
  return { ids, created }
}

/** Creates the batch's new conversations in key order, from their first message; returns every id by key and how many were new. */
async function upsertConversations(trx: Transaction<Database>, workspaceId: string, messages: readonly Placed[], customerIds: ReadonlyMap<string, string>, now: number): Promise<{ ids: Map<string, string>; created: number }> {
  const ids = new Map<string, string>()
  let created = 0
  for (const [k, { m, source }] of firstByKey(messages, (m) => m.conversationId)) {
    const fresh = await trx
      .insertInto('conversations')
      .values({
        id: randomUUID(),
        workspace_id: workspaceId,
        source,
        external_id: m.conversationId,
        customer_id: customerIds.get(keyOf(source, m.customerId)) ?? null,
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
    if (fresh !== undefined) {
      created++
      ids.set(k, fresh.id)
      continue
    }
    const row = await trx.selectFrom('conversations').select('id').where('workspace_id', '=', workspaceId).where('source', '=', source).where('external_id', '=', m.conversationId).executeTakeFirstOrThrow()
    ids.set(k, row.id)
  }
  return { ids, created }
}

/** Records the batch's agents (people and bots) in key order; returns their ids by key. */
async function upsertAgents(trx: Transaction<Database>, workspaceId: string, messages: readonly Placed[], now: number): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const [k, { m, source }] of firstByKey(messages, (m) => m.agentId)) {
    const agentId = m.agentId as string
    const fresh = await trx
      .insertInto('agents')
      .values({ id: randomUUID(), workspace_id: workspaceId, source, external_id: agentId, name: null, kind: m.role === 'bot' ? 'bot' : 'human', created_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    const row = fresh ?? (await trx.selectFrom('agents').select('id').where('workspace_id', '=', workspaceId).where('source', '=', source).where('external_id', '=', agentId).executeTakeFirstOrThrow())
    ids.set(k, row.id)
  }
  return ids
}

/**
 * Moves each conversation's counters and times by its new messages (given in batch order, so the
 * last status or product area given wins): one update per conversation, in key order.
 */
async function moveConversationCounters(trx: Transaction<Database>, added: readonly Placed[], conversationIds: ReadonlyMap<string, string>, now: number): Promise<void> {
  type Delta = { count: number; customer?: [number, number]; reply?: [number, number]; productArea?: string; status?: string }
  const deltas = new Map<string, Delta>()
  const widen = (span: [number, number] | undefined, t: number): [number, number] => (span === undefined ? [t, t] : [Math.min(span[0], t), Math.max(span[1], t)])
  for (const { m, source } of added) {
    const k = keyOf(source, m.conversationId)
    const d = deltas.get(k) ?? { count: 0 }
    d.count++
    if (m.role === 'customer' && m.internal !== true) d.customer = widen(d.customer, m.createdAt)
    if ((m.role === 'agent' || m.role === 'bot') && m.internal !== true) d.reply = widen(d.reply, m.createdAt)
    if (m.productArea !== undefined) d.productArea = m.productArea
    if (m.status !== undefined) d.status = m.status
    deltas.set(k, d)
  }
  for (const [k, d] of [...deltas].sort(byKey)) {
    await trx
      .updateTable('conversations')
      .set((eb) => ({
        message_count: eb('message_count', '+', d.count),
        updated_at: now,
        ...(d.customer === undefined ? {} : { first_customer_at: earliest('first_customer_at', d.customer[0]), last_customer_at: latest('last_customer_at', d.customer[1]) }),
        ...(d.reply === undefined ? {} : { first_response_at: earliest('first_response_at', d.reply[0]), last_agent_at: latest('last_agent_at', d.reply[1]) }),
        ...(d.productArea === undefined ? {} : { product_area: d.productArea }),
        ...(d.status === undefined ? {} : { status: d.status }),
      }))
      .where('id', '=', conversationIds.get(k) as string)
      .execute()
  }
}
