import { targetProgress } from '@undertone/analysis'
import { type Database, type RollupDimension, createTarget, deleteTarget, listTargets, trendSeries } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'

const DAY = 86_400_000

/** A target as asked for: a goal on a metric for a segment by a due date (ISO dates). */
export interface TargetRequest {
  readonly name: string
  readonly metric: string
  readonly dimension?: string | undefined
  readonly value?: string | undefined
  readonly goal: number
  readonly direction?: 'down' | 'up' | undefined
  readonly start?: string | undefined
  readonly due: string
}

/** Metrics where more is better; a target on them goes up unless told otherwise. */
const UPWARD = new Set(['mean_score', 'satisfaction', 'gratitude'])

/** Sets a target; the segment defaults to the whole workspace and the start to now. */
export async function setTarget(db: Kysely<Database>, workspaceId: string, t: TargetRequest, now: number) {
  return createTarget(db, workspaceId, { name: t.name, metric: t.metric, dimension: t.dimension ?? 'all', value: t.value ?? 'all', goal: t.goal, direction: t.direction ?? (UPWARD.has(t.metric) ? 'up' : 'down'), startAt: t.start === undefined ? now : Date.parse(t.start), dueAt: Date.parse(t.due) }, now)
}

/** The targets with their weekly values (from the daily rollups, from four weeks before the start), progress and forecast. */
export async function targetsWithProgress(db: Kysely<Database>, workspaceId: string, now: number) {
  const out = []
  for (const t of await listTargets(db, workspaceId)) {
    const series = await trendSeries(db, workspaceId, { dimension: t.dimension as RollupDimension, granularity: 'day', from: t.startAt - 28 * DAY, to: Math.min(now, t.dueAt), values: [t.value] })
    const weeks = new Map<number, { n: number; v: number }>()
    for (const p of series.get(t.value) ?? []) {
      const w = Math.floor((p.t - t.startAt) / (7 * DAY))
      const v = t.metric === 'negative_share' ? p.negativeShare : t.metric === 'mean_score' ? p.meanScore : (p.emotions[t.metric] ?? 0)
      const acc = weeks.get(w) ?? { n: 0, v: 0 }
      acc.n += p.n
      acc.v += v * p.n
      weeks.set(w, acc)
    }
    const points = [...weeks.entries()].sort((a, b) => a[0] - b[0]).map(([w, a]) => ({ t: t.startAt + w * 7 * DAY, value: a.v / a.n }))
    out.push({ ...t, progress: targetProgress({ metric: t.metric, goal: t.goal, direction: t.direction, start: t.startAt - 7 * DAY, due: t.dueAt }, points) ?? null, points })
  }
  return { targets: out }
}

/** Removes a target. */
export async function removeTarget(db: Kysely<Database>, workspaceId: string, id: string): Promise<void> {
  if (!(await deleteTarget(db, workspaceId, id))) throw new ProblemError('UT_E_NOT_FOUND', 'no such target in this workspace')
}
