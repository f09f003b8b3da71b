import { type Database, conversationsOpened, trendSeries } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { agentRows, escalationRows, resolutionRows, responseTimeRows } from './analytics-metrics.js'
import { type SegmentChange, changeFindings } from './change-findings.js'
import { computeDrivers } from './drivers/workspace-drivers.js'

const DAY = 86_400_000

/** Everything a periodic report shows, computed from storage for one workspace and period. */
export async function analyticsSnapshot(db: Kysely<Database>, workspaceId: string, from: number, to: number) {
  const conversations = await conversationsOpened(db, workspaceId, from, to)
  const weekly = await trendSeries(db, workspaceId, { dimension: 'all', granularity: 'day', from, to })
  const byArea = await trendSeries(db, workspaceId, { dimension: 'product_area', granularity: 'day', from, to })
  const days = Math.max(1, Math.round((to - from) / DAY))
  const drivers = (await computeDrivers(db, workspaceId, to, 7, to)).slice(0, 10)
  const found: SegmentChange[] = []
  for (const dimension of ['all', 'product_area', 'topic', 'segment'] as const) found.push(...(await changeFindings(db, workspaceId, dimension, from - 60 * DAY, to)))
  const changes = found.filter((c) => c.detectedAt >= from)
  return {
    from,
    to,
    days,
    conversations,
    overall: weekly.get('all') ?? [],
    byArea: [...byArea.entries()].map(([value, points]) => ({ value, points })),
    drivers,
    changes,
    resolution: await resolutionRows(db, workspaceId, from, to, 'segment'),
    escalations: await escalationRows(db, workspaceId, from, to, 'productArea'),
    responseTimes: await responseTimeRows(db, workspaceId, from, to),
    agents: await agentRows(db, workspaceId, from, to, 10),
  }
}
