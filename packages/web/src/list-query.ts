/** How a list screen's hash query (`#/alerts?reason=churn-threat&page=2`) becomes an API query, a page range and a link to another page. */
import type { AlertListQuery, ReviewListQuery } from './api'
import type { ListQuery } from './router'

/** The age choices of the alert filter: the hash says `age=24h`, the API `newer_than_hours=24`. */
export const ALERT_AGES: readonly { readonly value: string; readonly label: string; readonly query: AlertListQuery }[] = [
  { value: '', label: 'Any age', query: {} },
  { value: '1h', label: 'Raised in the last hour', query: { newer_than_hours: '1' } },
  { value: '24h', label: 'Raised in the last 24 hours', query: { newer_than_hours: '24' } },
  { value: '7d', label: 'Raised in the last 7 days', query: { newer_than_hours: '168' } },
  { value: 'older-24h', label: 'Older than 24 hours', query: { older_than_hours: '24' } },
  { value: 'older-7d', label: 'Older than 7 days', query: { older_than_hours: '168' } },
]

/** The alert orders, as the sort picker words them. */
export const ALERT_SORTS: readonly { readonly value: string; readonly label: string }[] = [
  { value: 'severity', label: 'Most severe first' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'value', label: 'Most valuable customer first' },
]

/** Page sizes offered; the first is the default. */
export const PAGE_SIZES = [25, 10, 50, 100] as const

/** A whole number from the hash, or `fallback` when it is missing or not one (a hand-edited link never breaks the screen). */
function whole(raw: string | undefined, fallback: number, max: number): number {
  const n = raw !== undefined && /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback
}

/** The page (from 1) and page size the hash asks for. */
export function pageOf(q: ListQuery, defaultSize: number): { page: number; size: number } {
  return { page: whole(q.page, 1, 100_000), size: whole(q.size, defaultSize, 100) }
}

/** The API query for the alert list the hash describes; values the hash cannot mean are left out rather than sent. */
export function alertApiQuery(q: ListQuery): AlertListQuery {
  const { page, size } = pageOf(q, PAGE_SIZES[0])
  const age = ALERT_AGES.find((a) => a.value === q.age)?.query ?? {}
  const sort = ALERT_SORTS.some((s) => s.value === q.sort) ? q.sort : undefined
  const minValue = q.min_value !== undefined && /^\d{1,12}(\.\d{1,6})?$/.test(q.min_value) ? q.min_value : undefined
  return {
    page: String(page),
    page_size: String(size),
    ...(sort === undefined ? {} : { sort }),
    ...(q.kind === undefined ? {} : { kind: q.kind }),
    ...(q.reason === undefined ? {} : { reason: q.reason }),
    ...(q.segment === undefined ? {} : { segment: q.segment }),
    ...(minValue === undefined ? {} : { min_value: minValue }),
    ...age,
  }
}

/** Review filters the hash may carry. */
export const REVIEW_FILTERS = ['reason', 'language', 'label'] as const

/** The API query for the review page the hash describes. */
export function reviewApiQuery(q: ListQuery, defaultSize: number): ReviewListQuery {
  const { page, size } = pageOf(q, defaultSize)
  const out: Record<string, string> = { page: String(page), page_size: String(size) }
  for (const k of REVIEW_FILTERS) if (q[k] !== undefined) out[k] = q[k]
  return out
}

/** The hash query with `changes` applied; an empty value removes the key, and any change but the page's goes back to page 1. */
export function withChanges(q: ListQuery, changes: Readonly<Record<string, string>>): ListQuery {
  const out: Record<string, string> = { ...q }
  for (const [k, v] of Object.entries(changes)) {
    if (v === '') delete out[k]
    else out[k] = v
  }
  if (!('page' in changes)) delete out.page
  if (out.page === '1') delete out.page
  return out
}

/** "1–25 of 48" (an en dash), or "0 of 0". */
export function rangeText(page: number, size: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return `0 of ${total}`
  const first = (page - 1) * size + 1
  return `${first}–${first + shown - 1} of ${total}`
}

/** How many pages `total` items fill (at least 1). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size))
}
