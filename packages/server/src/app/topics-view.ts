import { type Database, trendSeries } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { loadSettings } from './workspace-settings.js'

const DAY = 86_400_000

/** The workspace's topics (clusters of its customer messages) with volume, negative share and mean sentiment over the last `days`. */
export async function topicsView(db: Kysely<Database>, workspaceId: string, now: number, days: number) {
  const t = (await loadSettings(db, workspaceId)).topics
  const series = await trendSeries(db, workspaceId, { dimension: 'topic', granularity: 'day', from: Math.floor((now - days * DAY) / DAY) * DAY, to: now })
  const stats = new Map(
    [...series.entries()].map(([id, pts]) => {
      const n = pts.reduce((a, p) => a + p.n, 0)
      const neg = pts.reduce((a, p) => a + p.sums.neg, 0)
      const sum = pts.reduce((a, p) => a + p.sums.score, 0)
      return [id, { n, negativeShare: n > 0 ? neg / n : 0, meanScore: n > 0 ? sum / n : 0 }]
    }),
  )
  return { computedAt: t?.computedAt ?? null, sample: t?.sample ?? 0, days, topics: (t?.topics ?? []).map((x) => ({ ...x, ...(stats.get(x.id) ?? { n: 0, negativeShare: 0, meanScore: 0 }) })) }
}
