import { accuracyOverTime } from '@undertone/analysis'
import { type Database, listModelVersions, workspaceCorrections } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { MIN_LABELS } from './min-labels.js'
import { reportAccuracyWindow } from './report-accuracy-window.js'

const DAY = 86_400_000

/**
 * Rolling accuracy and macro-F1 against reviewed labels, with 95% intervals and counts, per window
 * and label over the last `days` (windows of `window` days every `step` days), with the promotions
 * that happened meanwhile. `onlyReviews` leaves imported labels out. The last window ends at `now`
 * (partial), and a window or label with fewer than MIN_LABELS labels answers its count and no figure.
 */
export async function learningAccuracy(db: Kysely<Database>, workspaceId: string, now: number, q: { days: number; step: number; window: number; onlyReviews: boolean }) {
  const { step, window } = q
  const from = Math.floor(now / DAY) * DAY - q.days * DAY
  const rows = (await workspaceCorrections(db, workspaceId, from - window * DAY)).filter((r) => r.label !== null && r.predictedLabel !== null && (!q.onlyReviews || r.source !== 'import'))
  const points = rows.map((r) => ({ at: r.createdAt, gold: r.label as string, predicted: r.predictedLabel as string }))
  const windows = accuracyOverTime(points, from, now, step * DAY, window * DAY, ['negative', 'neutral', 'positive']).map((w) => reportAccuracyWindow(w, now))
  const versions = await listModelVersions(db, workspaceId)
  return { from, to: now, stepDays: step, windowDays: window, minLabels: MIN_LABELS, labels: points.filter((p) => p.at >= from).length, windows, versions: versions.filter((v) => v.promotedAt !== null).map((v) => ({ id: v.id, number: v.number, status: v.status, promotedAt: v.promotedAt, retiredAt: v.retiredAt })) }
}
