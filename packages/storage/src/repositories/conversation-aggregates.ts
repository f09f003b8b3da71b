import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'
import { CLOSE_BIN, ESCALATION_BIN, FACT_DIMENSIONS, RESOLUTION_HOUR_EDGES, RESPONSE_MINUTE_EDGES } from './fact-rollups.js'

/** Columns of conversation facts that analytics can group by. */
export const FACT_COLUMNS = FACT_DIMENSIONS
export type FactColumnKey = keyof typeof FACT_COLUMNS
export { RESOLUTION_HOUR_EDGES, RESPONSE_MINUTE_EDGES }

const DAY = 86_400_000
// Rollups are daily: a range starts at the beginning of the day `from` falls in.
const dayOf = (t: number): number => Math.floor(t / DAY) * DAY

const sums = (db: Kysely<Database>, workspaceId: string, from: number, to: number, by: FactColumnKey | undefined) =>
  db.selectFrom('fact_rollups').where('workspace_id', '=', workspaceId).where('dimension', '=', by === undefined ? 'all' : FACT_COLUMNS[by]).where('day', '>=', dayOf(from)).where('day', '<', to)
const bins = (db: Kysely<Database>, workspaceId: string, from: number, to: number, kind: string, dimension: string) =>
  db.selectFrom('fact_bins').where('workspace_id', '=', workspaceId).where('kind', '=', kind).where('dimension', '=', dimension).where('day', '>=', dayOf(from)).where('day', '<', to)

/**
 * Sums for resolution correlation per group, from the daily fact rollups. "Resolved but unhappy"
 * counts closing scores in the bins at or below `unhappyScore` (exact on a 0.05 step).
 */
export async function resolutionSums(db: Kysely<Database>, workspaceId: string, from: number, to: number, by: FactColumnKey | undefined, unhappyScore = -0.25) {
  const rows = await sums(db, workspaceId, from, to, by)
    .select([
      'value',
      sql<number>`sum(n_pair)`.as('n'),
      sql<number>`sum(sum_open)`.as('so'),
      sql<number>`sum(sum_close)`.as('sc'),
      sql<number>`sum(sum_open_close)`.as('sxy'),
      sql<number>`sum(sum_open_sq)`.as('sxx'),
      sql<number>`sum(sum_close_sq)`.as('syy'),
      sql<number>`sum(n_resolved)`.as('nres'),
    ])
    .groupBy('value')
    .orderBy('value')
    .execute()
  const lastBin = Math.round((unhappyScore + 1) / CLOSE_BIN) - 1
  const unhappy = await bins(db, workspaceId, from, to, 'close', by === undefined ? 'all' : FACT_COLUMNS[by]).where('bin', '<=', lastBin).select(['value', sql<number>`sum(n)`.as('n')]).groupBy('value').execute()
  const unh = new Map(unhappy.map((r) => [r.value, Number(r.n)]))
  return rows
    .filter((r) => Number(r.n) > 0)
    .map((r) => ({ group: by === undefined ? 'all' : r.value, n: Number(r.n), sumOpen: Number(r.so), sumClose: Number(r.sc), sumOpenClose: Number(r.sxy), sumOpenSq: Number(r.sxx), sumCloseSq: Number(r.syy), resolved: Number(r.nres), resolvedUnhappy: unh.get(r.value) ?? 0 }))
}

/** Escalation rates per group under each definition; the score threshold is exact on a 0.05 step. */
export async function escalationCounts(db: Kysely<Database>, workspaceId: string, from: number, to: number, by: FactColumnKey | undefined, threshold = 0.55) {
  const rows = await sums(db, workspaceId, from, to, by)
    .select(['value', sql<number>`sum(n)`.as('n'), sql<number>`sum(n_human)`.as('human'), sql<number>`sum(n_handoff)`.as('handoff'), sql<number>`sum(n_sla)`.as('sla')])
    .groupBy('value')
    .orderBy('value')
    .execute()
  const firstBin = Math.ceil(threshold / ESCALATION_BIN - 1e-9)
  const esc = await bins(db, workspaceId, from, to, 'esc', by === undefined ? 'all' : FACT_COLUMNS[by]).where('bin', '>=', firstBin).select(['value', sql<number>`sum(n)`.as('n')]).groupBy('value').execute()
  const escOf = new Map(esc.map((r) => [r.value, Number(r.n)]))
  return rows
    .filter((r) => Number(r.n) > 0)
    .map((r) => {
      const n = Number(r.n)
      return { group: by === undefined ? 'all' : r.value, n, humanRequested: Number(r.human) / n, botHandedOff: Number(r.handoff) / n, slaBreached: Number(r.sla) / n, escalationScore: (escOf.get(r.value) ?? 0) / n }
    })
}

/** First-response and resolution histograms by opening sentiment and urgency bucket. */
export async function responseTimeHistograms(db: Kysely<Database>, workspaceId: string, from: number, to: number) {
  const rows = await db
    .selectFrom('fact_bins')
    .where('workspace_id', '=', workspaceId)
    .where('dimension', '=', 'all')
    .where('kind', 'in', ['total', 'first', 'resolution'])
    .where('day', '>=', dayOf(from))
    .where('day', '<', to)
    .select(['kind', 'cell', 'bin', sql<number>`sum(n)`.as('n')])
    .groupBy(['kind', 'cell', 'bin'])
    .execute()
  const out = new Map<string, { sentiment: string; urgency: string; n: number; first: number[]; resolution: number[] }>()
  const cell = (k: string) => {
    let o = out.get(k)
    if (o === undefined) {
      const [sentiment = 'unknown', urgency = 'low'] = k.split('|')
      o = { sentiment, urgency, n: 0, first: new Array<number>(RESPONSE_MINUTE_EDGES.length + 1).fill(0), resolution: new Array<number>(RESOLUTION_HOUR_EDGES.length + 1).fill(0) }
      out.set(k, o)
    }
    return o
  }
  for (const r of rows) {
    const o = cell(r.cell)
    const n = Number(r.n)
    if (r.kind === 'total') o.n += n
    else if (r.kind === 'first') o.first[Number(r.bin)] = (o.first[Number(r.bin)] ?? 0) + n
    else o.resolution[Number(r.bin)] = (o.resolution[Number(r.bin)] ?? 0) + n
  }
  return [...out.values()].filter((o) => o.n > 0).sort((a, b) => (a.sentiment === b.sentiment ? (a.urgency < b.urgency ? -1 : 1) : a.sentiment < b.sentiment ? -1 : 1))
}

/** Per-agent sums of the first-to-last change, human agents only. */
export async function agentSums(db: Kysely<Database>, workspaceId: string, from: number, to: number) {
  const rows = await db
    .selectFrom('fact_rollups as f')
    .innerJoin('agents as a', (j) => j.onRef('a.id', '=', 'f.value').onRef('a.workspace_id', '=', 'f.workspace_id'))
    .where('f.workspace_id', '=', workspaceId)
    .where('f.dimension', '=', FACT_COLUMNS.agentId)
    .where('f.day', '>=', dayOf(from))
    .where('f.day', '<', to)
    .where('a.kind', '=', 'human')
    .select([
      'f.value',
      'a.external_id',
      sql<number>`sum(n_pair)`.as('n'),
      sql<number>`sum(sum_close) - sum(sum_open)`.as('s'),
      sql<number>`sum(sum_close_sq) - 2 * sum(sum_open_close) + sum(sum_open_sq)`.as('ss'),
    ])
    .groupBy(['f.value', 'a.external_id'])
    .orderBy('a.external_id')
    .execute()
  return rows.filter((r) => Number(r.n) > 0).map((r) => ({ agentId: r.value, agent: r.external_id, n: Number(r.n), sum: Number(r.s), sumSq: Math.max(0, Number(r.ss)) }))
}
