import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { rememberState } from './parsed-states.js'

/** A message to read: what the reader needs, with its place in the data. */
export interface MessageToRead {
  readonly id: string
  readonly workspaceId: string
  readonly conversationId: string
  readonly customerId: string | null
  readonly role: 'customer' | 'agent' | 'bot' | 'system'
  readonly internal: boolean
  readonly text: string
  readonly createdAt: number
  /** The agent or bot who wrote it (internal id), for replies. */
  readonly agentId?: string
}

/** Loads messages by id, only from this workspace. */
export async function messagesByIds(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<MessageToRead[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('messages as m')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .select(['m.id', 'm.workspace_id', 'm.conversation_id', 'c.customer_id', 'm.role', 'm.internal', 'm.text', 'm.created_at', 'm.agent_id'])
    .where('m.id', 'in', [...ids])
    .execute()
  // Scoped on the rows, not in SQL: beside `id in (…)`, SQLite without statistics (a young
  // database) would walk the (workspace, …) index over every message of the workspace instead.
  return rows.filter((r) => r.workspace_id === workspaceId).map((r) => ({ id: r.id, workspaceId: r.workspace_id, conversationId: r.conversation_id, customerId: r.customer_id, role: r.role, internal: r.internal === 1, text: r.text, createdAt: r.created_at, ...(r.agent_id === null ? {} : { agentId: r.agent_id }) }))
}

/** Conversation ids of many customers (at most `perCustomer` each, most recent first). */
export async function conversationsOfCustomers(db: Kysely<Database>, workspaceId: string, customerIds: readonly string[], perCustomer = 20): Promise<Map<string, { id: string; status: string }[]>> {
  const out = new Map<string, { id: string; status: string }[]>()
  for (let i = 0; i < customerIds.length; i += 500) {
    const rows = await db
      .selectFrom('conversations')
      .select(['id', 'status', 'customer_id'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', 'in', customerIds.slice(i, i + 500))
      .orderBy('created_at', 'desc')
      .execute()
    for (const r of rows) {
      const list = out.get(r.customer_id as string) ?? []
      if (list.length < perCustomer) list.push({ id: r.id, status: r.status })
      out.set(r.customer_id as string, list)
    }
  }
  return out
}

/** Facts about a conversation that analytics aggregates (see ConversationFact in the analysis package). */
export interface ConversationFactColumns {
  readonly openScore?: number
  readonly closeScore?: number
  readonly openLabel?: string
  readonly maxUrgency?: number
  readonly humanRequested?: boolean
  readonly slaBreached?: boolean
  readonly agentId?: string
  readonly openedAt?: number
  readonly firstResponseAt?: number
  readonly resolvedAt?: number
  readonly productArea?: string
  readonly channel?: string
  readonly segment?: string
  readonly plan?: string
  readonly language?: string
}

/** A conversation's reading as stored: the columns queries filter on, the body, the analytics facts and the analysis state. */
export interface ConversationReadingRow {
  readonly conversationId: string
  readonly workspaceId: string
  readonly trend: string
  readonly escalation: number
  readonly escalate: boolean
  readonly handoff: boolean
  readonly resolutionDelta: number
  readonly body: unknown
  readonly computedAt: number
  readonly facts?: ConversationFactColumns
  /** The analysis state to fold later messages into (JSON-serialisable). */
  readonly state?: unknown
}

/** Rows per statement: about 25 parameters each, well under both engines' limits. */
const ROWS_PER_STATEMENT = 200

function stateText(conversationId: string, state: unknown): string {
  const json = JSON.stringify(state)
  rememberState(conversationId, json, state)
  return json
}

/** Saves conversation readings, a statement per 200 rows whatever their number. */
export async function saveConversationReadings(db: Kysely<Database>, rows: readonly ConversationReadingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const values = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => ({
      ...factColumns(row.facts ?? {}),
      conversation_id: row.conversationId,
      workspace_id: row.workspaceId,
      trend: row.trend,
      escalation: row.escalation,
      escalate: row.escalate ? 1 : 0,
      handoff: row.handoff ? 1 : 0,
      resolution_delta: row.resolutionDelta,
      body: JSON.stringify(row.body),
      computed_at: row.computedAt,
      state: row.state === undefined ? null : stateText(row.conversationId, row.state),
    }))
    await db
      .insertInto('conversation_readings')
      .values(values)
      .onConflict((oc) =>
        oc.column('conversation_id').doUpdateSet((eb) => {
          const set: Record<string, unknown> = {}
          for (const k of Object.keys(values[0] as object)) if (k !== 'conversation_id' && k !== 'workspace_id') set[k] = eb.ref(`excluded.${k}` as never)
          return set as never
        }),
      )
      .execute()
  }
}

/** The stored columns of a conversation's facts. */
export function factColumns(f: ConversationFactColumns) {
  return {
    open_score: f.openScore ?? null,
    close_score: f.closeScore ?? null,
    open_label: f.openLabel ?? null,
    max_urgency: f.maxUrgency ?? null,
    human_requested: f.humanRequested === undefined ? null : f.humanRequested ? 1 : 0,
    sla_breached: f.slaBreached === undefined ? null : f.slaBreached ? 1 : 0,
    agent_id: f.agentId ?? null,
    opened_at: f.openedAt ?? null,
    first_response_at: f.firstResponseAt ?? null,
    resolved_at: f.resolvedAt ?? null,
    product_area: f.productArea ?? null,
    channel: f.channel ?? null,
    segment: f.segment ?? null,
    plan: f.plan ?? null,
    language: f.language ?? null,
  }
}

/** The alert states of these customers (parsed JSON), keyed by customer; absent for a customer never read. */
export async function alertStates(db: Kysely<Database>, workspaceId: string, customerIds: readonly string[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>()
  for (let i = 0; i < customerIds.length; i += 500) {
    const rows = await db.selectFrom('customer_readings').select(['customer_id', 'alert_state']).where('workspace_id', '=', workspaceId).where('customer_id', 'in', customerIds.slice(i, i + 500)).execute()
    for (const r of rows) out.set(r.customer_id, JSON.parse(r.alert_state) as unknown)
  }
  return out
}

/** A customer's reading as stored. */
export interface CustomerReadingRow {
  readonly customerId: string
  readonly workspaceId: string
  readonly health: number
  readonly trend: string
  readonly churnRisk: number
  readonly weightedRisk: number
  readonly alertState: unknown
  readonly body: unknown
  readonly computedAt: number
}

/** Saves customer readings, a statement per 200 rows whatever their number. */
export async function saveCustomerReadings(db: Kysely<Database>, rows: readonly CustomerReadingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const values = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => ({
      customer_id: row.customerId,
      workspace_id: row.workspaceId,
      health: row.health,
      trend: row.trend,
      churn_risk: row.churnRisk,
      weighted_risk: row.weightedRisk,
      alert_state: JSON.stringify(row.alertState ?? { active: false }),
      body: JSON.stringify(row.body),
      computed_at: row.computedAt,
    }))
    await db
      .insertInto('customer_readings')
      .values(values)
      .onConflict((oc) =>
        oc.column('customer_id').doUpdateSet((eb) => ({
          health: eb.ref('excluded.health'),
          trend: eb.ref('excluded.trend'),
          churn_risk: eb.ref('excluded.churn_risk'),
          weighted_risk: eb.ref('excluded.weighted_risk'),
          alert_state: eb.ref('excluded.alert_state'),
          body: eb.ref('excluded.body'),
          computed_at: eb.ref('excluded.computed_at'),
        })),
      )
      .execute()
  }
}

/** An alert for people: a deteriorating customer, an escalating conversation, a change finding. */
export interface AlertRecord {
  readonly id: string
  readonly kind: string
  readonly subjectId: string
  readonly severity: number
  readonly title: string
  readonly payload: unknown
  readonly createdAt: number
  readonly acknowledgedAt: number | null
  readonly snoozedUntil: number | null
}

export async function insertAlert(db: Kysely<Database>, workspaceId: string, a: Omit<AlertRecord, 'id' | 'acknowledgedAt' | 'snoozedUntil'>): Promise<AlertRecord> {
  const id = randomUUID()
  await db.insertInto('alerts').values({ id, workspace_id: workspaceId, kind: a.kind, subject_id: a.subjectId, severity: a.severity, title: a.title, payload: JSON.stringify(a.payload), created_at: a.createdAt, acknowledged_at: null, snoozed_until: null }).execute()
  return { ...a, id, acknowledgedAt: null, snoozedUntil: null }
}

export async function listAlerts(db: Kysely<Database>, workspaceId: string, opts: { now: number; includeAcknowledged?: boolean; limit?: number; kind?: string }): Promise<AlertRecord[]> {
  let q = db.selectFrom('alerts').selectAll().where('workspace_id', '=', workspaceId)
  if (opts.kind !== undefined) q = q.where('kind', '=', opts.kind)
  if (opts.includeAcknowledged !== true) q = q.where('acknowledged_at', 'is', null).where((eb) => eb.or([eb('snoozed_until', 'is', null), eb('snoozed_until', '<=', opts.now)]))
  const rows = await q.orderBy('created_at', 'desc').orderBy('severity', 'desc').orderBy('id').limit(opts.limit ?? 100).execute()
  return rows.map((r) => ({ id: r.id, kind: r.kind, subjectId: r.subject_id, severity: r.severity, title: r.title, payload: JSON.parse(r.payload) as unknown, createdAt: r.created_at, acknowledgedAt: r.acknowledged_at, snoozedUntil: r.snoozed_until }))
}

/** Acknowledges or snoozes an alert of this workspace; false when there is no such alert. */
export async function updateAlert(db: Kysely<Database>, workspaceId: string, id: string, change: { acknowledgedAt?: number; snoozedUntil?: number }): Promise<boolean> {
  const r = await db
    .updateTable('alerts')
    .set({ ...(change.acknowledgedAt === undefined ? {} : { acknowledged_at: change.acknowledgedAt }), ...(change.snoozedUntil === undefined ? {} : { snoozed_until: change.snoozedUntil }) })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}
