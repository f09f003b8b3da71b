import { type Database, type RollupDimension, trendSeries } from '@undertone/storage'
import type { Kysely } from 'kysely'

const DAY = 86_400_000
const WEEK = 7 * DAY
/** The Monday 00:00 UTC that starts the week of `t` (the epoch was a Thursday). */
const weekOf = (t: number): number => Math.floor((t - 4 * DAY) / WEEK) * WEEK + 4 * DAY

/** Sentiment, negative share and emotions over time, one series per segment value, from the rollups; weeks are merged from days. */
export async function trends(db: Kysely<Database>, workspaceId: string, q: { by: RollupDimension; granularity: 'hour' | 'day' | 'week'; from: number; to: number; values?: readonly string[] | undefined }) {
  const { by, granularity, from, to } = q
  const series = await trendSeries(db, workspaceId, { dimension: by, granularity: granularity === 'hour' ? 'hour' : 'day', from, to, ...(q.values === undefined ? {} : { values: [...q.values] }) })
  const out = [...series.entries()].map(([value, points]) => {
    if (granularity !== 'week') return { value, points: points.map(({ sums: _s, ...p }) => p) }
    const merged = new Map<number, { n: number; score: number; neg: number; pos: number; e: Record<string, number> }>()
    for (const p of points) {
      const w = weekOf(p.t)
      const m = merged.get(w) ?? { n: 0, score: 0, neg: 0, pos: 0, e: {} }
      m.n += p.n
      m.score += p.sums.score
      m.neg += p.sums.neg
      m.pos += p.sums.pos
      for (const [k, v] of Object.entries(p.emotions)) m.e[k] = (m.e[k] ?? 0) + v * p.n
      merged.set(w, m)
    }
    return {
      value,
      points: [...merged.entries()].sort((a, b) => a[0] - b[0]).map(([t, m]) => ({ t, n: m.n, meanScore: m.score / m.n, negativeShare: m.neg / m.n, positiveShare: m.pos / m.n, emotions: Object.fromEntries(Object.entries(m.e).map(([k, v]) => [k, v / m.n])) })),
    }
  })
  return { by, granularity, from, to, series: out }
}
