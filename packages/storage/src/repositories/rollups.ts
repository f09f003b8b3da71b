import { type Kysely, sql } from 'kysely'
import { ROLLUP_EMOTIONS } from '../migrations/0002-rollups.js'
import type { Database } from '../schema.js'
import { byKey } from './by-key.js'

/** Dimensions readings are rolled up by. */
export const ROLLUP_DIMENSIONS = ['all', 'product_area', 'tag', 'topic', 'agent', 'channel', 'segment', 'plan', 'language'] as const
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number]

/** One newly read customer message, with the segments it belongs to. */
export interface RollupInput {
  readonly at: number
  readonly score: number
  readonly label: 'negative' | 'neutral' | 'positive'
  readonly emotions: Readonly<Record<string, number>>
  readonly dims: Partial<Record<Exclude<RollupDimension, 'all'>, string | readonly string[]>>
  /** -1 takes an earlier reading of the message back out (a rescore); defaults to 1. */
  readonly weight?: 1 | -1
}

const HOUR = 3_600_000
const DAY = 24 * HOUR

type Acc = { n: number; sum: number; sq: number; neg: number; pos: number; e: number[] }

/**
 * Adds newly read messages to the hourly and daily rollups, one upsert per distinct key. Callers
 * must pass each message once (the reading pipeline passes only messages read for the first time).
 */
export async function addToRollups(db: Kysely<Database>, workspaceId: string, inputs: readonly RollupInput[], options: { includeAll?: boolean } = {}): Promise<void> {
  const accs = new Map<string, Acc>()
  for (const m of inputs) {
    const dims: [string, string][] = options.includeAll === false ? [] : [['all', 'all']]
    for (const [d, v] of Object.entries(m.dims)) {
      if (v === undefined) continue
      for (const x of typeof v === 'string' ? [v] : v) if (x !== '') dims.push([d, x])
    }
    for (const [granularity, size] of [['hour', HOUR], ['day', DAY]] as const) {
      const bucket = Math.floor(m.at / size) * size
      for (const [d, v] of dims) {
        const key = `${granularity}\u0000${bucket}\u0000${d}\u0000${v}`
        const a = accs.get(key) ?? { n: 0, sum: 0, sq: 0, neg: 0, pos: 0, e: ROLLUP_EMOTIONS.map(() => 0) }
        const w = m.weight ?? 1
        a.n += w
        a.sum += w * m.score
        a.sq += w * m.score * m.score
        if (m.label === 'negative') a.neg += w
        if (m.label === 'positive') a.pos += w
        ROLLUP_EMOTIONS.forEach((e, i) => {
          a.e[i] = (a.e[i] as number) + w * (m.emotions[e] ?? 0)
        })
        accs.set(key, a)
      }
    }
  }
  // In key order, so concurrent transactions lock shared rows in the same order (no deadlocks).
  const rows = [...accs.entries()].sort(byKey).map(([key, a]) => {
    const [granularity, bucket, dimension, value] = key.split('\u0000') as [string, string, string, string]
    return {
      workspace_id: workspaceId,
      granularity,
      bucket: Number(bucket),
      dimension,
      value,
      n: a.n,
      sum_score: a.sum,
      sum_sq: a.sq,
      neg: a.neg,
      pos: a.pos,
      e_frustration: a.e[0] as number,
      e_anger: a.e[1] as number,
      e_confusion: a.e[2] as number,
      e_urgency: a.e[3] as number,
      e_satisfaction: a.e[4] as number,
      e_gratitude: a.e[5] as number,
      e_disappointment: a.e[6] as number,
      e_sarcasm: a.e[7] as number,
    }
  })
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('rollups')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'granularity', 'dimension', 'value', 'bucket']).doUpdateSet({
          n: sql`rollups.n + excluded.n`,
          sum_score: sql`rollups.sum_score + excluded.sum_score`,
          sum_sq: sql`rollups.sum_sq + excluded.sum_sq`,
          neg: sql`rollups.neg + excluded.neg`,
          pos: sql`rollups.pos + excluded.pos`,
          e_frustration: sql`rollups.e_frustration + excluded.e_frustration`,
          e_anger: sql`rollups.e_anger + excluded.e_anger`,
          e_confusion: sql`rollups.e_confusion + excluded.e_confusion`,
          e_urgency: sql`rollups.e_urgency + excluded.e_urgency`,
          e_satisfaction: sql`rollups.e_satisfaction + excluded.e_satisfaction`,
          e_gratitude: sql`rollups.e_gratitude + excluded.e_gratitude`,
          e_disappointment: sql`rollups.e_disappointment + excluded.e_disappointment`,
          e_sarcasm: sql`rollups.e_sarcasm + excluded.e_sarcasm`,
        }),
      )
      .execute()
  }
}

/** A point of a trend series. */
export interface TrendPoint {
  readonly t: number
  readonly n: number
  readonly meanScore: number
  readonly negativeShare: number
  readonly positiveShare: number
  readonly emotions: Readonly<Record<string, number>>
  /** Sums, so callers can merge points (e.g. days into weeks) exactly. */
  readonly sums: { readonly score: number; readonly sq: number; readonly neg: number; readonly pos: number }
}

/** Trend series by one dimension from the rollups (never from raw messages). */
export async function trendSeries(
  db: Kysely<Database>,
  workspaceId: string,
  opts: { dimension: RollupDimension; granularity: 'hour' | 'day'; from: number; to: number; values?: readonly string[] },
): Promise<Map<string, TrendPoint[]>> {
  let q = db
    .selectFrom('rollups')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('granularity', '=', opts.granularity)
    .where('dimension', '=', opts.dimension)
    .where('bucket', '>=', opts.from)
    .where('bucket', '<', opts.to)
  if (opts.values !== undefined && opts.values.length > 0) q = q.where('value', 'in', [...opts.values])
  const rows = await q.orderBy('value').orderBy('bucket').execute()
  const out = new Map<string, TrendPoint[]>()
  for (const r of rows) {
    const list = out.get(r.value) ?? []
    const emotions: Record<string, number> = {}
    for (const e of ROLLUP_EMOTIONS) emotions[e] = r[`e_${e}`] / r.n
    list.push({ t: r.bucket, n: r.n, meanScore: r.sum_score / r.n, negativeShare: r.neg / r.n, positiveShare: r.pos / r.n, emotions, sums: { score: r.sum_score, sq: r.sum_sq, neg: r.neg, pos: r.pos } })
    out.set(r.value, list)
  }
  return out
}
