import { type AlertFilter, type AlertSort, type Database, MAX_BULK_ACK, acknowledgeAlerts, alertFacets, listAlertPage, updateAlert } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'

const HOUR = 3_600_000

/** What a support lead narrows the alert list by. Ages are in hours before now. */
export interface AlertQuery {
  readonly includeAcknowledged: boolean
  readonly kind?: string | undefined
  readonly reason?: string | undefined
  readonly segment?: string | undefined
  readonly minValue?: number | undefined
  /** Raised within the last this many hours. */
  readonly newerThanHours?: number | undefined
  /** Raised more than this many hours ago. */
  readonly olderThanHours?: number | undefined
  readonly sort: AlertSort
  readonly page: number
  readonly pageSize: number
}

/**
 * A page of alerts (open ones: not acknowledged, not snoozed; all with `includeAcknowledged`)
 * matching the query, how many match in all, and the counts per kind, segment and reason over
 * every alert in scope, so the filter controls can say what each choice holds.
 */
export async function openAlerts(db: Kysely<Database>, workspaceId: string, now: number, q: AlertQuery) {
  const filter: AlertFilter = {
    now,
    includeAcknowledged: q.includeAcknowledged,
    ...(q.kind === undefined ? {} : { kind: q.kind }),
    ...(q.reason === undefined ? {} : { reason: q.reason }),
    ...(q.segment === undefined ? {} : { segment: q.segment }),
    ...(q.minValue === undefined ? {} : { minValue: q.minValue }),
    ...(q.newerThanHours === undefined ? {} : { createdFrom: now - q.newerThanHours * HOUR }),
    ...(q.olderThanHours === undefined ? {} : { createdBefore: now - q.olderThanHours * HOUR }),
  }
  const { alerts, total } = await listAlertPage(db, workspaceId, filter, { sort: q.sort, offset: (q.page - 1) * q.pageSize, limit: q.pageSize })
  return { alerts, total, page: q.page, pageSize: q.pageSize, facets: await alertFacets(db, workspaceId, { now, includeAcknowledged: q.includeAcknowledged }) }
}

/** Acknowledges an alert: it leaves the open list. */
export async function acknowledgeAlert(db: Kysely<Database>, workspaceId: string, id: string, now: number): Promise<{ ok: true }> {
  if (!(await updateAlert(db, workspaceId, id, { acknowledgedAt: now }))) throw new ProblemError('UT_E_NOT_FOUND', 'no such alert in this workspace')
  return { ok: true }
}

/**
 * Acknowledges many alerts at once (at most MAX_BULK_ACK ids) and says how many were acknowledged
 * now: ids of another workspace, unknown ones and ones acknowledged before are left as they are
 * and not counted, so the answer never tells whether an id exists elsewhere.
 */
export async function acknowledgeMany(db: Kysely<Database>, workspaceId: string, ids: readonly string[], now: number): Promise<{ requested: number; acknowledged: number }> {
  const unique = [...new Set(ids)]
  if (unique.length > MAX_BULK_ACK) throw new ProblemError('UT_E_VALIDATION', `"ids" may hold at most ${MAX_BULK_ACK} alerts`, [{ path: 'ids', message: 'too many' }])
  return { requested: unique.length, acknowledged: await acknowledgeAlerts(db, workspaceId, unique, now) }
}

/** Snoozes an alert for `minutes`: it leaves the open list until then. */
export async function snoozeAlert(db: Kysely<Database>, workspaceId: string, id: string, now: number, minutes: number): Promise<{ ok: true }> {
  if (!(await updateAlert(db, workspaceId, id, { snoozedUntil: now + minutes * 60_000 }))) throw new ProblemError('UT_E_NOT_FOUND', 'no such alert in this workspace')
  return { ok: true }
}
