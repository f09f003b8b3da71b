import { type Database, listAlerts, updateAlert } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'

/** Open alerts (not acknowledged, not snoozed; all of them with `includeAcknowledged`), newest first. */
export async function openAlerts(db: Kysely<Database>, workspaceId: string, now: number, q: { includeAcknowledged: boolean; limit: number; kind?: string | undefined }) {
  return { alerts: await listAlerts(db, workspaceId, { now, includeAcknowledged: q.includeAcknowledged, limit: q.limit, ...(q.kind === undefined ? {} : { kind: q.kind }) }) }
}

/** Acknowledges an alert: it leaves the open list. */
export async function acknowledgeAlert(db: Kysely<Database>, workspaceId: string, id: string, now: number): Promise<{ ok: true }> {
  if (!(await updateAlert(db, workspaceId, id, { acknowledgedAt: now }))) throw new ProblemError('UT_E_NOT_FOUND', 'no such alert in this workspace')
  return { ok: true }
}

/** Snoozes an alert for `minutes`: it leaves the open list until then. */
export async function snoozeAlert(db: Kysely<Database>, workspaceId: string, id: string, now: number, minutes: number): Promise<{ ok: true }> {
  if (!(await updateAlert(db, workspaceId, id, { snoozedUntil: now + minutes * 60_000 }))) throw new ProblemError('UT_E_NOT_FOUND', 'no such alert in this workspace')
  return { ok: true }
}
