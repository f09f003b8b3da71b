import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'
import { byKey } from './by-key.js'

const DAY = 86_400_000

/** A conversation's stored analytics facts, as they contribute to the daily fact rollups. */
export interface FactRow {
  readonly opened_at: number | null
  readonly open_score: number | null
  readonly close_score: number | null
  readonly open_label: string | null
  readonly max_urgency: number | null
  readonly human_requested: number | null
  readonly sla_breached: number | null
  readonly agent_id: string | null
  readonly first_response_at: number | null
  readonly resolved_at: number | null
  readonly product_area: string | null
  readonly channel: string | null
  readonly segment: string | null
  readonly plan: string | null
  readonly language: string | null
  readonly escalation: number
  readonly handoff: number
}

/** The columns a {@link FactRow} is read from. */
export const FACT_ROW_COLUMNS = ['opened_at', 'open_score', 'close_score', 'open_label', 'max_urgency', 'human_requested', 'sla_breached', 'agent_id', 'first_response_at', 'resolved_at', 'product_area', 'channel', 'segment', 'plan', 'language', 'escalation', 'handoff'] as const

/** Dimensions the fact rollups keep (the conversation-level segments). */
export const FACT_DIMENSIONS = { agentId: 'agent_id', segment: 'segment', plan: 'plan', channel: 'channel', productArea: 'product_area', language: 'language' } as const

/** Minutes edges of the response-time histogram (the last bucket is open-ended). */
export const RESPONSE_MINUTE_EDGES = [1, 2, 5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 5760, 10080] as const
/** Hours edges of the resolution-time histogram. */
export const RESOLUTION_HOUR_EDGES = [0.5, 1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 120, 168, 336] as const
/** Escalation scores are kept in bins this wide, so any threshold on a 0.05 step is exact. */
export const ESCALATION_BIN = 0.05
/** Closing scores of resolved conversations, in bins this wide over -1..1. */
export const CLOSE_BIN = 0.05

type Sums = { n: number; pair: number; so: number; sc: number; sxy: number; sxx: number; syy: number; res: number; human: number; handoff: number; sla: number }
const SUM_KEYS = ['n', 'pair', 'so', 'sc', 'sxy', 'sxx', 'syy', 'res', 'human', 'handoff', 'sla'] as const

/** Summed changes to apply: per day × dimension × value, and per histogram cell. */
export interface FactDeltas {
  readonly sums: Map<string, Sums>
  readonly bins: Map<string, number>
}

const bucketOf = (x: number, edges: readonly number[]): number => {
  const i = edges.findIndex((e) => x < e)
  return i < 0 ? edges.length : i
}
export const urgencyBucket = (u: number | null): string => ((u ?? 0) >= 0.6 ? 'high' : (u ?? 0) >= 0.3 ? 'medium' : 'low')

/** Adds `weight` × each row's contribution (−1 takes a conversation's old facts back out). */
export function addFactDeltas(d: FactDeltas, row: FactRow, weight: 1 | -1): void {
  if (row.opened_at === null) return
  const day = Math.floor(Number(row.opened_at) / DAY) * DAY
  const dims: [string, string][] = [['all', 'all']]
  for (const col of Object.values(FACT_DIMENSIONS)) dims.push([col, row[col] ?? '(none)'])
  const pair = row.open_score !== null && row.close_score !== null
  const o = Number(row.open_score ?? 0)
  const c = Number(row.close_score ?? 0)
  const resolved = row.resolved_at !== null
  for (const [dim, value] of dims) {
    const key = `${day}\u0000${dim}\u0000${value}`
    const s = d.sums.get(key) ?? { n: 0, pair: 0, so: 0, sc: 0, sxy: 0, sxx: 0, syy: 0, res: 0, human: 0, handoff: 0, sla: 0 }
    s.n += weight
    s.human += weight * Number(row.human_requested ?? 0)
    s.handoff += weight * Number(row.handoff)
    s.sla += weight * Number(row.sla_breached ?? 0)
    if (pair) {
      s.pair += weight
      s.so += weight * o
      s.sc += weight * c
      s.sxy += weight * o * c
      s.sxx += weight * o * o
      s.syy += weight * c * c
      if (resolved) s.res += weight
    }
    d.sums.set(key, s)
    const bin = (kind: string, k: string, b: number): void => {
      const bk = `${day}\u0000${dim}\u0000${value}\u0000${kind}\u0000${k}\u0000${b}`
      d.bins.set(bk, (d.bins.get(bk) ?? 0) + weight)
    }
    bin('esc', '', Math.min(19, Math.max(0, Math.floor(Number(row.escalation) / ESCALATION_BIN))))
    if (pair && resolved) bin('close', '', Math.min(39, Math.max(0, Math.floor((c + 1) / CLOSE_BIN))))
    if (dim === 'all') {
      const k = `${row.open_label ?? 'unknown'}|${urgencyBucket(row.max_urgency)}`
      bin('total', k, 0)
      if (row.first_response_at !== null) bin('first', k, bucketOf((Number(row.first_response_at) - Number(row.opened_at)) / 60_000, RESPONSE_MINUTE_EDGES))
      if (row.resolved_at !== null) bin('resolution', k, bucketOf((Number(row.resolved_at) - Number(row.opened_at)) / 3_600_000, RESOLUTION_HOUR_EDGES))
    }
  }
}

/** Empty deltas. */
export function factDeltas(): FactDeltas {
  return { sums: new Map(), bins: new Map() }
}

/** Applies deltas with additive upserts (one statement per 200 rows). */
export async function applyFactDeltas(db: Kysely<Database>, workspaceId: string, d: FactDeltas): Promise<void> {
  // In key order, so concurrent transactions lock shared rows in the same order (no deadlocks).
  const sums = [...d.sums.entries()]
    .sort(byKey)
    .filter(([, s]) => SUM_KEYS.some((k) => s[k] !== 0))
    .map(([key, s]) => {
      const [day, dimension, value] = key.split('\u0000') as [string, string, string]
      return { workspace_id: workspaceId, day: Number(day), dimension, value, n: s.n, n_pair: s.pair, sum_open: s.so, sum_close: s.sc, sum_open_close: s.sxy, sum_open_sq: s.sxx, sum_close_sq: s.syy, n_resolved: s.res, n_human: s.human, n_handoff: s.handoff, n_sla: s.sla }
    })
  for (let i = 0; i < sums.length; i += 200) {
    await db
      .insertInto('fact_rollups')
      .values(sums.slice(i, i + 200))
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'dimension', 'value', 'day']).doUpdateSet({
          n: sql`fact_rollups.n + excluded.n`,
          n_pair: sql`fact_rollups.n_pair + excluded.n_pair`,
          sum_open: sql`fact_rollups.sum_open + excluded.sum_open`,
          sum_close: sql`fact_rollups.sum_close + excluded.sum_close`,
          sum_open_close: sql`fact_rollups.sum_open_close + excluded.sum_open_close`,
          sum_open_sq: sql`fact_rollups.sum_open_sq + excluded.sum_open_sq`,
          sum_close_sq: sql`fact_rollups.sum_close_sq + excluded.sum_close_sq`,
          n_resolved: sql`fact_rollups.n_resolved + excluded.n_resolved`,
          n_human: sql`fact_rollups.n_human + excluded.n_human`,
          n_handoff: sql`fact_rollups.n_handoff + excluded.n_handoff`,
          n_sla: sql`fact_rollups.n_sla + excluded.n_sla`,
        }),
      )
      .execute()
  }
  const bins = [...d.bins.entries()]
    .sort(byKey)
    .filter(([, n]) => n !== 0)
    .map(([key, n]) => {
      const [day, dimension, value, kind, k, bin] = key.split('\u0000') as [string, string, string, string, string, string]
      return { workspace_id: workspaceId, day: Number(day), dimension, value, kind, cell: k, bin: Number(bin), n }
    })
  for (let i = 0; i < bins.length; i += 200) {
    await db
      .insertInto('fact_bins')
      .values(bins.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['workspace_id', 'kind', 'dimension', 'value', 'cell', 'bin', 'day']).doUpdateSet({ n: sql`fact_bins.n + excluded.n` }))
      .execute()
  }
}

/** The stored fact rows of some conversations (before they are replaced). */
export async function factRows(db: Kysely<Database>, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, FactRow>> {
  const out = new Map<string, FactRow>()
  for (let i = 0; i < conversationIds.length; i += 500) {
    const rows = await db
      .selectFrom('conversation_readings')
      .select(['conversation_id', ...FACT_ROW_COLUMNS])
      .where('workspace_id', '=', workspaceId)
      .where('conversation_id', 'in', conversationIds.slice(i, i + 500))
      .execute()
    for (const r of rows) out.set(r.conversation_id, r)
  }
  return out
}

/** Rebuilds every workspace's fact rollups from the stored conversation facts (migrations, repairs). */
export async function rebuildFactRollups(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('fact_rollups').execute()
  await db.deleteFrom('fact_bins').execute()
  let after = ''
  for (;;) {
    const rows = await db.selectFrom('conversation_readings').select(['conversation_id', 'workspace_id', ...FACT_ROW_COLUMNS]).where('conversation_id', '>', after).orderBy('conversation_id').limit(5000).execute()
    if (rows.length === 0) return
    const byWs = new Map<string, FactDeltas>()
    for (const r of rows) {
      const d = byWs.get(r.workspace_id) ?? factDeltas()
      addFactDeltas(d, r, 1)
      byWs.set(r.workspace_id, d)
    }
    for (const [ws, d] of byWs) await applyFactDeltas(db, ws, d)
    after = (rows[rows.length - 1] as { conversation_id: string }).conversation_id
  }
}
