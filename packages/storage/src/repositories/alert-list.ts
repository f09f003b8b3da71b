/** The alert list a support lead works through: filtered, sorted, a page at a time, with counts for the filters, and acknowledged in bulk. */
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely'
import type { Database } from '../schema.js'
import type { AlertRecord } from './analysis-state.js'

/** Which alerts a list or a count looks at; every field narrows it. */
export interface AlertFilter {
  readonly now: number
  /** Acknowledged and snoozed ones too (by default only open ones: not acknowledged, not snoozed now). */
  readonly includeAcknowledged?: boolean
  readonly kind?: string
  /** A reason code in a customer alert's reasons (`churn-threat`, `low-health`, …). */
  readonly reason?: string
  /** The customer's segment (customer alerts only). */
  readonly segment?: string
  /** The customer's value at least this (customer alerts only). */
  readonly minValue?: number
  /** Raised at or after this instant. */
  readonly createdFrom?: number
  /** Raised before this instant. */
  readonly createdBefore?: number
}

/** How a page is ordered: the most severe first (the default), newest, oldest, or the most valuable customer first. */
export type AlertSort = 'severity' | 'newest' | 'oldest' | 'value'

/** An alert as the list shows it: the stored alert with its customer's segment and value (null for other kinds). */
export interface AlertListRow extends AlertRecord {
  readonly segment: string | null
  readonly value: number | null
}

/** How many alerts have one kind, segment or reason. */
export interface AlertCount {
  readonly value: string
  readonly count: number
}

/** The counts the filter controls offer, over every alert in scope (open, or all), whatever else is filtered. */
export interface AlertFacets {
  readonly kinds: readonly AlertCount[]
  readonly segments: readonly AlertCount[]
  readonly reasons: readonly AlertCount[]
}

/** The most ids one bulk acknowledgement takes. */
export const MAX_BULK_ACK = 500
/** Payloads read to count reasons: the counts cover the most severe this many alerts in scope (in the order of the open-alert index, migration 0020). */
const FACET_PAYLOADS = 5000

type Eb = ExpressionBuilder<Database & { a: Database['alerts']; u: Database['customers'] }, 'a' | 'u'>

/** A reason code as it appears in a stored payload (`JSON.stringify` writes no spaces), with LIKE's wildcards escaped. */
const reasonPattern = (code: string) => `%"code":${JSON.stringify(code).replace(/[%_\\]/g, (c) => `\\${c}`)}%`

function base(db: Kysely<Database>, workspaceId: string) {
  return (
    db
      .selectFrom('alerts as a')
      // Only a customer alert's subject is a customer; the join never reaches another workspace's customers.
      .leftJoin('customers as u', (j) => j.onRef('u.id', '=', 'a.subject_id').onRef('u.workspace_id', '=', 'a.workspace_id').on('a.kind', '=', 'customer-at-risk'))
      .where('a.workspace_id', '=', workspaceId)
  )
}

function inScope(eb: Eb, f: AlertFilter): Expression<SqlBool> {
  if (f.includeAcknowledged === true) return sql<SqlBool>`1 = 1`
  return eb.and([eb('a.acknowledged_at', 'is', null), eb.or([eb('a.snoozed_until', 'is', null), eb('a.snoozed_until', '<=', f.now)])])
}

function matching(eb: Eb, f: AlertFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [inScope(eb, f)]
  if (f.kind !== undefined) parts.push(eb('a.kind', '=', f.kind))
  if (f.reason !== undefined) parts.push(sql<SqlBool>`a.payload like ${reasonPattern(f.reason)} escape '\\'`)
  if (f.segment !== undefined) parts.push(eb('u.segment', '=', f.segment))
  if (f.minValue !== undefined) parts.push(eb('u.value', '>=', f.minValue))
  if (f.createdFrom !== undefined) parts.push(eb('a.created_at', '>=', f.createdFrom))
  if (f.createdBefore !== undefined) parts.push(eb('a.created_at', '<', f.createdBefore))
  return eb.and(parts)
}

/**
 * One page of the alerts matching `filter`, and how many match in all (so a list can say "1–25 of
 * 48"). Ties are broken by id, so paging neither skips nor repeats an alert.
 */
export async function listAlertPage(db: Kysely<Database>, workspaceId: string, filter: AlertFilter, page: { sort: AlertSort; offset: number; limit: number }): Promise<{ alerts: AlertListRow[]; total: number }> {
  const where = (eb: Eb) => matching(eb, filter)
  const counted = await base(db, workspaceId)
    .where(where)
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow()
  let q = base(db, workspaceId).where(where).select(['a.id', 'a.kind', 'a.subject_id', 'a.severity', 'a.title', 'a.payload', 'a.created_at', 'a.acknowledged_at', 'a.snoozed_until', 'u.segment', 'u.value'])
  if (page.sort === 'newest') q = q.orderBy('a.created_at', 'desc')
  else if (page.sort === 'oldest') q = q.orderBy('a.created_at', 'asc')
  // Customers without a known value last on both dialects (PostgreSQL would put nulls first when descending).
  else if (page.sort === 'value') q = q.orderBy(sql`case when u.value is null then 1 else 0 end`).orderBy('u.value', 'desc').orderBy('a.severity', 'desc')
  else q = q.orderBy('a.severity', 'desc').orderBy('a.created_at', 'desc')
  const rows = await q.orderBy('a.id').limit(page.limit).offset(page.offset).execute()
  return {
    total: Number(counted.n),
    alerts: rows.map((r) => ({ id: r.id, kind: r.kind, subjectId: r.subject_id, severity: Number(r.severity), title: r.title, payload: JSON.parse(r.payload) as unknown, createdAt: Number(r.created_at), acknowledgedAt: r.acknowledged_at === null ? null : Number(r.acknowledged_at), snoozedUntil: r.snoozed_until === null ? null : Number(r.snoozed_until), segment: r.segment ?? null, value: r.value === null || r.value === undefined ? null : Number(r.value) })),
  }
}

const byCount = (m: Map<string, number>): AlertCount[] => [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))

/** The reason codes of a stored payload; anything that is not a list of `{code}` counts for none. */
function reasonCodes(payload: string): string[] {
  const p = JSON.parse(payload) as { reasons?: unknown }
  if (!Array.isArray(p.reasons)) return []
  return p.reasons.flatMap((r: unknown) => (typeof r === 'object' && r !== null && typeof (r as { code?: unknown }).code === 'string' ? [(r as { code: string }).code] : []))
}

/** Counts per kind, customer segment and reason over the alerts in scope (open unless `includeAcknowledged`). */
export async function alertFacets(db: Kysely<Database>, workspaceId: string, scope: Pick<AlertFilter, 'now' | 'includeAcknowledged'>): Promise<AlertFacets> {
  const where = (eb: Eb) => inScope(eb, scope)
  const kinds = await base(db, workspaceId)
    .where(where)
    .select((eb) => ['a.kind', eb.fn.countAll<number | string | bigint>().as('n')])
    .groupBy('a.kind')
    .execute()
  const segments = await base(db, workspaceId)
    .where(where)
    .where('u.segment', 'is not', null)
    .select((eb) => ['u.segment', eb.fn.countAll<number | string | bigint>().as('n')])
    .groupBy('u.segment')
    .execute()
  // Reasons live in the JSON payload, which neither dialect's SQL reads the same way: counted here.
  const payloads = await base(db, workspaceId).where(where).where('a.kind', '=', 'customer-at-risk').select('a.payload').orderBy('a.severity', 'desc').limit(FACET_PAYLOADS).execute()
  const reasons = new Map<string, number>()
  for (const p of payloads) for (const code of new Set(reasonCodes(p.payload))) reasons.set(code, (reasons.get(code) ?? 0) + 1)
  return {
    kinds: byCount(new Map(kinds.map((k) => [k.kind, Number(k.n)]))),
    segments: byCount(new Map(segments.map((s) => [s.segment as string, Number(s.n)]))),
    reasons: byCount(reasons),
  }
}

/**
 * Acknowledges the alerts of this workspace among `ids` (at most MAX_BULK_ACK) that were not
 * acknowledged yet, and says how many that was: ids of another workspace, unknown ones and
 * alerts already acknowledged are not counted and not touched.
 */
export async function acknowledgeAlerts(db: Kysely<Database>, workspaceId: string, ids: readonly string[], now: number): Promise<number> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return 0
  if (unique.length > MAX_BULK_ACK) throw new RangeError(`at most ${MAX_BULK_ACK} alerts at once`)
  const r = await db.updateTable('alerts').set({ acknowledged_at: now }).where('workspace_id', '=', workspaceId).where('id', 'in', unique).where('acknowledged_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows)
}
