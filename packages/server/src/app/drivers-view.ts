import type { Driver } from '@undertone/analysis'
import { type Database, loadDriverSnapshot, messageTexts, saveDriverSnapshot } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { computeDrivers } from './drivers/workspace-drivers.js'

/** How old a drivers snapshot may be before the view computes a new one. */
export const DRIVER_SNAPSHOT_MAX_AGE = 15 * 60_000

/** Each driver's example messages, for people to read what the numbers stand for. */
async function withExamples(db: Kysely<Database>, workspaceId: string, drivers: readonly Driver[]) {
  const rows = await messageTexts(db, workspaceId, [...new Set(drivers.flatMap((d) => d.examples))])
  const byId = new Map(rows.map((r) => [r.id, { ...r, text: r.text.length > 280 ? `${r.text.slice(0, 279)}…` : r.text }]))
  return drivers.map((d) => ({ ...d, exampleMessages: d.examples.flatMap((id) => byId.get(id) ?? []) }))
}

/**
 * Topics and product areas driving negative sentiment over `days` up to `to` (volume × negativity ×
 * growth). The ranking for now (no `to`) is served from the snapshot the worker refreshes (every
 * few minutes) while it is fresh; a past window or a stale or missing snapshot is computed now.
 */
export async function driversView(db: Kysely<Database>, workspaceId: string, clock: () => number, q: { days: number; limit: number; to?: number | undefined }) {
  const { days, limit } = q
  if (q.to === undefined) {
    const now = clock()
    const snap = await loadDriverSnapshot(db, workspaceId, days)
    if (snap !== undefined && now - snap.computedAt < DRIVER_SNAPSHOT_MAX_AGE) {
      const body = snap.body as { now: number; drivers: Driver[] }
      return { now: body.now, days, computedAt: snap.computedAt, drivers: await withExamples(db, workspaceId, body.drivers.slice(0, limit)) }
    }
    const drivers = await computeDrivers(db, workspaceId, now, days, now)
    await saveDriverSnapshot(db, workspaceId, days, now, { now, drivers })
    return { now, days, computedAt: now, drivers: await withExamples(db, workspaceId, drivers.slice(0, limit)) }
  }
  const at = clock()
  return { now: q.to, days, computedAt: at, drivers: await withExamples(db, workspaceId, (await computeDrivers(db, workspaceId, q.to, days, at)).slice(0, limit)) }
}
