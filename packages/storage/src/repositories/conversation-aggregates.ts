import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'

/** Columns of conversation facts that analytics can group by. */
export const FACT_COLUMNS = { agentId: 'agent_id', segment: 'segment', plan: 'plan', channel: 'channel', productArea: 'product_area', language: 'language' } as const
export type FactColumnKey = keyof typeof FACT_COLUMNS

/** Minutes edges of the response-time histogram (the last bucket is open-ended). */
export const RESPONSE_MINUTE_EDGES = [1, 2, 5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 5760, 10080] as const
/** Hours edges of the resolution-time histogram. */
export const RESOLUTION_HOUR_EDGES = [0.5, 1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 120, 168, 336] as const

function groupExpr(by: FactColumnKey | undefined) {
  // PostgreSQL refuses a bare constant in GROUP BY / ORDER BY, so "all" hangs off a column.
  return by === undefined ? sql<string>`case when r.workspace_id is null then null else 'all' end` : sql<string>`coalesce(${sql.ref(`r.${FACT_COLUMNS[by]}`)}, '(none)')`
}

function bucketExpr(column: string, scale: number, edges: readonly number[]) {
  // CASE chain: index of the first edge the value is below (portable across SQLite and PostgreSQL).
  const parts = edges.map((e, i) => sql`when (${sql.ref(column)} - r.opened_at) < ${e * scale} then ${i}`)
  return sql<number>`case ${sql.join(parts, sql` `)} else ${edges.length} end`
}

const range = (db: Kysely<Database>, workspaceId: string, from: number, to: number) =>
  db.selectFrom('conversation_readings as r').where('r.workspace_id', '=', workspaceId).where('r.opened_at', '>=', from).where('r.opened_at', '<', to)

/** Sums for resolution correlation per group, computed in the database. */
export async function resolutionSums(db: Kysely<Database>, workspaceId: string, from: number, to: number, by: FactColumnKey | undefined, unhappyScore = -0.25) {
  const g = groupExpr(by)
  const rows = await range(db, workspaceId, from, to)
    .where('r.open_score', 'is not', null)
    .where('r.close_score', 'is not', null)
    .select([
      g.as('grp'),
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(r.open_score)`.as('so'),
      sql<number>`sum(r.close_score)`.as('sc'),
      sql<number>`sum(r.open_score * r.close_score)`.as('sxy'),
      sql<number>`sum(r.open_score * r.open_score)`.as('sxx'),
      sql<number>`sum(r.close_score * r.close_score)`.as('syy'),
      sql<number>`sum(case when r.resolved_at is not null then 1 else 0 end)`.as('nres'),
      sql<number>`sum(case when r.resolved_at is not null and r.close_score <= ${unhappyScore} then 1 else 0 end)`.as('nunh'),
    ])
    .groupBy(g)
    .orderBy(g)
    .execute()
  return rows.map((r) => ({ group: r.grp, n: Number(r.n), sumOpen: Number(r.so), sumClose: Number(r.sc), sumOpenClose: Number(r.sxy), sumOpenSq: Number(r.sxx), sumCloseSq: Number(r.syy), resolved: Number(r.nres), resolvedUnhappy: Number(r.nunh) }))
}

/** Escalation counts per group under each definition. */
export async function escalationCounts(db: Kysely<Database>, workspaceId: string, from: number, to: number, by: FactColumnKey | undefined, threshold = 0.55) {
  const g = groupExpr(by)
  const rows = await range(db, workspaceId, from, to)
    .select([
      g.as('grp'),
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(coalesce(r.human_requested, 0))`.as('human'),
      sql<number>`sum(r.handoff)`.as('handoff'),
      sql<number>`sum(coalesce(r.sla_breached, 0))`.as('sla'),
      sql<number>`sum(case when r.escalation >= ${threshold} then 1 else 0 end)`.as('esc'),
    ])
    .groupBy(g)
    .orderBy(g)
    .execute()
  return rows.map((r) => {
    const n = Number(r.n)
    return { group: r.grp, n, humanRequested: Number(r.human) / n, botHandedOff: Number(r.handoff) / n, slaBreached: Number(r.sla) / n, escalationScore: Number(r.esc) / n }
  })
}

/** First-response and resolution histograms by opening sentiment and urgency bucket. */
export async function responseTimeHistograms(db: Kysely<Database>, workspaceId: string, from: number, to: number) {
  const urgency = sql<string>`case when coalesce(r.max_urgency, 0) >= 0.6 then 'high' when coalesce(r.max_urgency, 0) >= 0.3 then 'medium' else 'low' end`
  const label = sql<string>`coalesce(r.open_label, 'unknown')`
  const first = bucketExpr('r.first_response_at', 60_000, RESPONSE_MINUTE_EDGES)
  const resolved = bucketExpr('r.resolved_at', 3_600_000, RESOLUTION_HOUR_EDGES)
  const firstRows = await range(db, workspaceId, from, to)
    .where('r.first_response_at', 'is not', null)
    .select([label.as('label'), urgency.as('urgency'), first.as('b'), sql<number>`count(*)`.as('n')])
    // By position: PostgreSQL would see the parameterised CASE in GROUP BY as a different expression.
    .groupBy([sql`1`, sql`2`, sql`3`])
    .execute()
  const resRows = await range(db, workspaceId, from, to)
    .where('r.resolved_at', 'is not', null)
    .select([label.as('label'), urgency.as('urgency'), resolved.as('b'), sql<number>`count(*)`.as('n')])
    .groupBy([sql`1`, sql`2`, sql`3`])
    .execute()
  const totals = await range(db, workspaceId, from, to).select([label.as('label'), urgency.as('urgency'), sql<number>`count(*)`.as('n')]).groupBy([label, urgency]).execute()
  const out = new Map<string, { sentiment: string; urgency: string; n: number; first: number[]; resolution: number[] }>()
  for (const t of totals) out.set(`${t.label}|${t.urgency}`, { sentiment: t.label, urgency: t.urgency, n: Number(t.n), first: new Array<number>(RESPONSE_MINUTE_EDGES.length + 1).fill(0), resolution: new Array<number>(RESOLUTION_HOUR_EDGES.length + 1).fill(0) })
  for (const r of firstRows) {
    const o = out.get(`${r.label}|${r.urgency}`)
    if (o !== undefined) o.first[Number(r.b)] = Number(r.n)
  }
  for (const r of resRows) {
    const o = out.get(`${r.label}|${r.urgency}`)
    if (o !== undefined) o.resolution[Number(r.b)] = Number(r.n)
  }
  return [...out.values()]
}

/** Per-agent sums of the first-to-last change, human agents only. */
export async function agentSums(db: Kysely<Database>, workspaceId: string, from: number, to: number) {
  const rows = await range(db, workspaceId, from, to)
    .innerJoin('agents as a', 'a.id', 'r.agent_id')
    .where('a.kind', '=', 'human')
    .where('r.open_score', 'is not', null)
    .where('r.close_score', 'is not', null)
    .select(['r.agent_id', 'a.external_id', sql<number>`count(*)`.as('n'), sql<number>`sum(r.close_score - r.open_score)`.as('s'), sql<number>`sum((r.close_score - r.open_score) * (r.close_score - r.open_score))`.as('ss')])
    .groupBy(['r.agent_id', 'a.external_id'])
    .orderBy('a.external_id')
    .execute()
  return rows.map((r) => ({ agentId: r.agent_id as string, agent: r.external_id, n: Number(r.n), sum: Number(r.s), sumSq: Number(r.ss) }))
}
