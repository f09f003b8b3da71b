import { type ChangeFinding, detectChanges, resolveAnalysisConfig } from '@undertone/analysis'
import { type Database, type RollupDimension, trendSeries } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { loadSettings } from './workspace-settings.js'

const DAY = 86_400_000

/** A change finding for one segment value, with a sentence for people. */
export interface SegmentChange extends ChangeFinding {
  readonly dimension: string
  readonly value: string
  /** For topics: the topic's name (its strongest terms). */
  readonly label?: string
  readonly summary: string
}

const pct = (x: number): string => `${Math.round(100 * x)}%`

/** The sentence people read: what moved, which way, since when, and the other measure beside it. */
function describeChange(subject: string, f: ChangeFinding): string {
  const date = new Date(f.since).toISOString().slice(0, 10)
  const share = f.shareBefore === undefined || f.shareAfter === undefined ? undefined : `negative messages ${pct(f.shareBefore)} → ${pct(f.shareAfter)}`
  if (f.metric === 'negative-share' && share !== undefined) {
    const worse = (f.shareAfter as number) > (f.shareBefore as number)
    return `${worse ? 'more' : 'fewer'} negative messages ${subject} since ${date}: ${pct(f.shareBefore as number)} → ${pct(f.shareAfter as number)} (mean score ${f.before.toFixed(2)} → ${f.after.toFixed(2)})`
  }
  return `sentiment ${subject} ${f.delta < 0 ? 'fell' : 'rose'} ${Math.abs(f.delta).toFixed(2)} since ${date}${share === undefined ? '' : ` (${share})`}`
}

/**
 * Runs change detection over the daily rollups of every value of a dimension, with the
 * workspace's `changes` analysis settings.
 */
export async function changeFindings(db: Kysely<Database>, workspaceId: string, dimension: RollupDimension, from: number, to: number): Promise<SegmentChange[]> {
  const series = await trendSeries(db, workspaceId, { dimension, granularity: 'day', from, to })
  const settings = await loadSettings(db, workspaceId)
  const cfg = resolveAnalysisConfig(settings.analysis).changes
  // Topics are found again now and then: only the current ones are named and watched.
  const topics = dimension === 'topic' ? new Map((settings.topics?.topics ?? []).map((t) => [t.id, t.label])) : undefined
  const out: SegmentChange[] = []
  for (const [value, points] of series) {
    const label = topics?.get(value)
    if (topics !== undefined && label === undefined) continue
    // Days without messages are empty buckets, so windows span real days.
    const byDay = new Map(points.map((p) => [Math.floor(p.t / DAY), p]))
    const first = Math.floor(from / DAY)
    const last = Math.floor((to - 1) / DAY)
    const buckets = []
    for (let d = first; d <= last; d++) {
      const p = byDay.get(d)
      buckets.push({ t: d * DAY, n: p?.n ?? 0, sum: p?.sums.score ?? 0, sumSq: p?.sums.sq ?? 0, neg: p?.sums.neg ?? 0 })
    }
    const subject = dimension === 'all' ? 'overall' : label === undefined ? `around "${value}"` : `around topic "${label}"`
    for (const f of detectChanges(buckets, cfg)) out.push({ dimension, value, ...(label === undefined ? {} : { label }), ...f, summary: describeChange(subject, f) })
  }
  return out.sort((a, b) => b.detectedAt - a.detectedAt || Math.abs(b.delta) - Math.abs(a.delta))
}
