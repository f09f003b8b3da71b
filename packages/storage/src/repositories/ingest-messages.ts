import { randomUUID } from 'node:crypto'
import { type Kysely, PostgresAdapter, type RawBuilder, type Transaction, sql } from 'kysely'
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

/** Rows per statement: at most a dozen parameters each, well under both engines' limits. */
const ROWS_PER_STATEMENT = 200

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
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT)
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
 * Inserts rows of a kind keyed by `(workspace, source, external id)` unless stored, 200 per
 * statement in key order, and returns every key's id and how many were new: a statement returns
 * exactly the rows it inserted (`fresh`); the others are looked up in one query per statement.
 */
async function insertKeyed(
  trx: Transaction<Database>,
  table: 'customers' | 'conversations' | 'agents',
  workspaceId: string,
  keyed: readonly [string, { source: string; externalId: string; row: Record<string, unknown> }][],
): Promise<{ ids: Map<string, string>; created: number; fresh: Set<string> }> {
  const ids = new Map<string, string>()
  const fresh = new Set<string>()
  for (let i = 0; i < keyed.length; i += ROWS_PER_STATEMENT) {
    const chunk = keyed.slice(i, i + ROWS_PER_STATEMENT)
    const inserted = await trx
      .insertInto(table)
      .values(chunk.map(([, r]) => ({ id: randomUUID(), workspace_id: workspaceId, source: r.source, external_id: r.externalId, ...r.row }) as never))
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
      .returning(['id', 'source', 'external_id'])
      .execute()
    for (const r of inserted) {
      ids.set(keyOf(r.source, r.external_id), r.id)
      fresh.add(keyOf(r.source, r.external_id))
    }
    const stored = chunk.filter(([k]) => !ids.has(k))
    if (stored.length === 0) continue
    const rows = await trx
      .selectFrom(table)
      .select(['id', 'source', 'external_id'])
      .where('workspace_id', '=', workspaceId)
      .where('source', 'in', [...new Set(stored.map(([, r]) => r.source))])
      .where('external_id', 'in', stored.map(([, r]) => r.externalId))
      .execute()
    const wanted = new Set(stored.map(([k]) => k))
    for (const r of rows) if (wanted.has(keyOf(r.source, r.external_id))) ids.set(keyOf(r.source, r.external_id), r.id)
  }
  return { ids, created: fresh.size, fresh }
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
  const keyed = firstByKey(messages, (m) => m.customerId)
  const result = await insertKeyed(
    trx,
    'customers',
    workspaceId,
    keyed.map(([k, { m, source }]) => {
      const c = profiles.get(k)
      return [k, { source, externalId: m.customerId, row: { segment: c?.segment ?? null, plan: c?.plan ?? null, value: c?.value ?? null, created_at: now, updated_at: now } }]
    }),
  )
  // A stored customer takes the profile fields the batch carries (a new one has them already).
  for (const [k, c] of [...profiles].sort(byKey)) {
    const id = result.ids.get(k)
    if (id === undefined || result.fresh.has(k)) continue
    await trx
      .updateTable('customers')
      .set((eb) => ({
        segment: c.segment !== undefined ? c.segment : eb.ref('customers.segment'),
        plan: c.plan !== undefined ? c.plan : eb.ref('customers.plan'),
        value: c.value !== undefined ? c.value : eb.ref('customers.value'),
        updated_at: now,
      }))
      .where('id', '=', id)
      .execute()
  }
  return result
}

/** Creates the batch's new conversations in key order, from their first message; returns every id by key and how many were new. */
async function upsertConversations(trx: Transaction<Database>, workspaceId: string, messages: readonly Placed[], customerIds: ReadonlyMap<string, string>, now: number): Promise<{ ids: Map<string, string>; created: number }> {
  return insertKeyed(
    trx,
    'conversations',
    workspaceId,
    firstByKey(messages, (m) => m.conversationId).map(([k, { m, source }]) => [
      k,
      {
        source,
        externalId: m.conversationId,
        row: {
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
        },
      },
    ]),
  )
}

/** Records the batch's agents (people and bots) in key order; returns their ids by key. */
async function upsertAgents(trx: Transaction<Database>, workspaceId: string, messages: readonly Placed[], now: number): Promise<Map<string, string>> {
  const keyed = firstByKey(messages, (m) => m.agentId).map(([k, { m, source }]): [string, { source: string; externalId: string; row: Record<string, unknown> }] => [
    k,
    { source, externalId: m.agentId as string, row: { name: null, kind: m.role === 'bot' ? 'bot' : 'human', created_at: now } },
  ])
  return (await insertKeyed(trx, 'agents', workspaceId, keyed)).ids
}

/**
 * Moves each conversation's counters and times by its new messages (given in batch order, so the
 * last status or product area given wins): one statement per 200 conversations, each column a
 * `case` over their ids. PostgreSQL locks the rows first, in id order, so two batches that move
 * the same conversations wait for each other instead of deadlocking.
 */
async function moveConversationCounters(trx: Transaction<Database>, added: readonly Placed[], conversationIds: ReadonlyMap<string, string>, now: number): Promise<void> {
  type Delta = { id: string; count: number; customer?: [number, number]; reply?: [number, number]; productArea?: string; status?: string }
  const deltas = new Map<string, Delta>()
  const widen = (span: [number, number] | undefined, t: number): [number, number] => (span === undefined ? [t, t] : [Math.min(span[0], t), Math.max(span[1], t)])
  for (const { m, source } of added) {
    const id = conversationIds.get(keyOf(source, m.conversationId)) as string
    const d = deltas.get(id) ?? { id, count: 0 }
    d.count++
    if (m.role === 'customer' && m.internal !== true) d.customer = widen(d.customer, m.createdAt)
    if ((m.role === 'agent' || m.role === 'bot') && m.internal !== true) d.reply = widen(d.reply, m.createdAt)
    if (m.productArea !== undefined) d.productArea = m.productArea
    if (m.status !== undefined) d.status = m.status
    deltas.set(id, d)
  }
  const all = [...deltas.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (let i = 0; i < all.length; i += ROWS_PER_STATEMENT) {
    const chunk = all.slice(i, i + ROWS_PER_STATEMENT)
    const ids = chunk.map((d) => d.id)
    if (trx.getExecutor().adapter instanceof PostgresAdapter) await trx.selectFrom('conversations').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute()
    // Each column: the value for the conversations that have one, the column itself for the rest.
    const byId = <T>(col: ColumnOf, value: (d: Delta) => T | undefined, expr: (v: T) => RawBuilder<unknown>) => {
      const cases = chunk.flatMap((d) => {
        const v = value(d)
        return v === undefined ? [] : [sql`when ${d.id} then ${expr(v)}`]
      })
      return cases.length === 0 ? undefined : sql`case ${sql.ref('id')} ${sql.join(cases, sql` `)} else ${sql.ref(col)} end`
    }
    const set: Record<string, unknown> = {
      message_count: sql`${sql.ref('message_count')} + case ${sql.ref('id')} ${sql.join(chunk.map((d) => sql`when ${d.id} then cast(${d.count} as integer)`), sql` `)} end`,
      updated_at: now,
    }
    const columns: [ColumnOf, RawBuilder<unknown> | undefined][] = [
      ['first_customer_at', byId('first_customer_at', (d) => d.customer?.[0], (t) => earliest('first_customer_at', t))],
      ['last_customer_at', byId('last_customer_at', (d) => d.customer?.[1], (t) => latest('last_customer_at', t))],
      ['first_response_at', byId('first_response_at', (d) => d.reply?.[0], (t) => earliest('first_response_at', t))],
      ['last_agent_at', byId('last_agent_at', (d) => d.reply?.[1], (t) => latest('last_agent_at', t))],
      ['product_area', byId('product_area', (d) => d.productArea, (v) => sql`${v}`)],
      ['status', byId('status', (d) => d.status, (v) => sql`${v}`)],
    ]
    for (const [col, expr] of columns) if (expr !== undefined) set[col] = expr
    await trx.updateTable('conversations').set(set as never).where('id', 'in', ids).execute()
  }
}

type ColumnOf = TimeColumn | 'product_area' | 'status'
