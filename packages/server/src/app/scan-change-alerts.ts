import { type Database, type RollupDimension, alertRaised, insertAlert } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { EventBus } from '../event-bus.js'
import type { ChangeAlert } from './alerts-out/notices-of.js'
import type { ReadingFollowUp } from './reading-follow-up.js'
import { refreshDriverSnapshots } from './drivers/workspace-drivers.js'
import { type SegmentChange, changeFindings } from './change-findings.js'

const DAY = 86_400_000
const DIMENSIONS: readonly RollupDimension[] = ['all', 'product_area', 'topic', 'tag', 'segment', 'channel']

// A shift seen only in the negative share still ranks by its size: 30 points weighs like a 0.3 fall.
const severityOf = (f: SegmentChange): number => Math.min(1, Math.max(Math.abs(f.delta), Math.abs((f.shareAfter ?? 0) - (f.shareBefore ?? 0))))

/**
 * Turns recent change findings (detected in the last seven days) into alerts, once per finding: the
 * alert's subject names the segment and the day the shift started, so a later scan does not
 * raise it again; a finding with exactly the numbers of one already seen (the same messages under
 * another dimension) is not raised twice. The alerts raised go to the follow-up's alert rules.
 */
export async function scanChangeAlerts(db: Kysely<Database>, workspaceId: string, now: number, events?: EventBus, followUp?: ReadingFollowUp): Promise<number> {
  let raised = 0
  const alerts: ChangeAlert[] = []
  const seen = new Set<string>()
  for (const dimension of DIMENSIONS) {
    for (const f of await changeFindings(db, workspaceId, dimension, now - 120 * DAY, now)) {
      if (now - f.detectedAt > 7 * DAY) continue
      // A tag that every message of an area carries (or of the workspace) has the very same series:
      // one alert, under the dimension listed first, not two for one shift.
      const numbers = `${f.since}:${f.detectedAt}:${f.before}:${f.after}:${f.shareBefore}:${f.shareAfter}`
      if (seen.has(numbers)) continue
      seen.add(numbers)
      const subject = `${dimension}:${f.value}:${new Date(f.since).toISOString().slice(0, 10)}`
      if (await alertRaised(db, workspaceId, 'sentiment-change', subject)) continue
      const alert = await insertAlert(db, workspaceId, { kind: 'sentiment-change', subjectId: subject, severity: severityOf(f), title: f.summary, payload: f, createdAt: now })
      events?.publish({ type: 'alert', workspaceId, data: alert })
      alerts.push({ alertId: alert.id, subjectId: subject, title: f.summary, severity: alert.severity })
      raised++
    }
  }
  if (alerts.length > 0) await followUp?.changes(db, workspaceId, alerts, now)
  // Keep the drivers rankings people look at fresh, so the route answers from the snapshot.
  await refreshDriverSnapshots(db, workspaceId, now)
  return raised
}
