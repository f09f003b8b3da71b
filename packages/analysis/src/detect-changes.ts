import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './analysis-config.js'

/** One bucket (day) of a segment's series: message count, the sums of scores and squares, and negatives. */
export interface SeriesBucket {
  /** Bucket index (days since some epoch, or any increasing integer). */
  readonly t: number
  readonly n: number
  readonly sum: number
  readonly sumSq: number
  /** Messages labelled negative; without it only the mean score is watched. */
  readonly neg?: number
}

/** The settings of change detection: a workspace's `changes` analysis settings. */
export type ChangeDetectionConfig = AnalysisConfig['changes']

/** The documented defaults (see docs/analysis.md). */
export const DEFAULT_CHANGE_DETECTION: ChangeDetectionConfig = DEFAULT_ANALYSIS_CONFIG.changes

/** A detected shift: from when, the mean score and negative share before and after, and how sure. */
export interface ChangeFinding {
  /** The bucket at which the shift was detected (the end of the recent window). */
  readonly detectedAt: number
  /** The first bucket of the recent window: where the shift is estimated to start. */
  readonly since: number
  /** Which measure crossed the threshold (the surer one when both did). */
  readonly metric: 'mean-score' | 'negative-share'
  /** Mean score before and after. */
  readonly before: number
  readonly after: number
  readonly delta: number
  /** Signed z of the mean-score shift. */
  readonly z: number
  /** Share of negative messages before and after, and the signed z of its shift (when negatives were given). */
  readonly shareBefore?: number
  readonly shareAfter?: number
  readonly shareZ?: number
}

/** Prefix sums over the series, so any window's totals cost two lookups. */
interface Prefix {
  readonly n: number[]
  readonly sum: number[]
  readonly sumSq: number[]
  readonly neg: number[]
  /** Σ sum²/n and Σ neg²/n over days: what the spread of daily means needs. */
  readonly sum2n: number[]
  readonly neg2n: number[]
  /** Days with at least one message. */
  readonly days: number[]
}

function prefixOf(series: readonly SeriesBucket[]): Prefix {
  const p: Prefix = { n: [0], sum: [0], sumSq: [0], neg: [0], sum2n: [0], neg2n: [0], days: [0] }
  series.forEach((b, i) => {
    const neg = b.neg ?? 0
    p.n.push((p.n[i] as number) + b.n)
    p.sum.push((p.sum[i] as number) + b.sum)
    p.sumSq.push((p.sumSq[i] as number) + b.sumSq)
    p.neg.push((p.neg[i] as number) + neg)
    p.sum2n.push((p.sum2n[i] as number) + (b.n > 0 ? (b.sum * b.sum) / b.n : 0))
    p.neg2n.push((p.neg2n[i] as number) + (b.n > 0 ? (neg * neg) / b.n : 0))
    p.days.push((p.days[i] as number) + (b.n > 0 ? 1 : 0))
  })
  return p
}

const span = (xs: readonly number[], from: number, to: number): number => (xs[to] as number) - (xs[from] as number)

/**
 * How much more the baseline's daily values wander than independent messages would make them (at
 * least 1). Messages of one conversation or customer move together, and weekdays differ; a z on
 * message-level variance alone would call that wobble a change.
 */
function overdispersion(days: number, n: number, sumOfSquaresOverN: number, total: number, messageVariance: number): number {
  if (days < 3) return 1
  const between = sumOfSquaresOverN - (total * total) / n
  return Math.max(1, between / ((days - 1) * messageVariance))
}

interface Window {
  readonly from: number
  readonly to: number
}

/**
 * The z of a recent window against its baseline, for the mean score and the negative share. The
 * spread is the pooled one (as if nothing changed), so a recent window that is uniformly bad does
 * not look surer than it is for having little spread of its own.
 */
function compare(p: Prefix, base: Window, recent: Window, withShare: boolean) {
  const nb = span(p.n, base.from, base.to)
  const nr = span(p.n, recent.from, recent.to)
  const all = nb + nr
  const sumB = span(p.sum, base.from, base.to)
  const sumR = span(p.sum, recent.from, recent.to)
  const mb = sumB / nb
  const mr = sumR / nr
  const m = (sumB + sumR) / all
  const v = Math.max(1e-4, (span(p.sumSq, base.from, base.to) + span(p.sumSq, recent.from, recent.to)) / all - m * m)
  const baseDays = span(p.days, base.from, base.to)
  const scale = 1 / nb + 1 / nr
  const phi = overdispersion(baseDays, nb, span(p.sum2n, base.from, base.to), sumB, Math.max(1e-4, span(p.sumSq, base.from, base.to) / nb - mb * mb))
  const z = (mr - mb) / Math.sqrt(phi * v * scale)
  if (!withShare) return { mb, mr, z }
  const negB = span(p.neg, base.from, base.to)
  const negR = span(p.neg, recent.from, recent.to)
  const sb = negB / nb
  const sr = negR / nr
  const s = (negB + negR) / all
  // A share of 0 or 1 has no spread; a floor keeps a handful of messages from reading as certain.
  const w = Math.max(0.01, s * (1 - s))
  const psi = overdispersion(baseDays, nb, span(p.neg2n, base.from, base.to), negB, Math.max(0.01, sb * (1 - sb)))
  return { mb, mr, z, sb, sr, shareZ: (sr - sb) / Math.sqrt(psi * w * scale) }
}

/**
 * Online change detection on a bucketed series (e.g. daily sentiment of one product area). At each
 * bucket it compares every recent window of 1 to `recentDays` buckets with the `baselineDays`
 * before it, on the mean score and (when given) the share of negative messages. A window raises a
 * finding when a measure moved by at least its smallest shift and by `threshold` standard errors,
 * with the baseline's own day-to-day spread in the errors. Of the windows that pass, the surest
 * dates the shift. After a finding the baseline restarts at the shift, so one change is reported
 * once. Only data up to each bucket is used, as it would be live.
 */
export function detectChanges(series: readonly SeriesBucket[], cfg: ChangeDetectionConfig = DEFAULT_CHANGE_DETECTION): ChangeFinding[] {
  const withShare = series.some((b) => b.neg !== undefined)
  const p = prefixOf(series)
  const minBaseline = Math.min(cfg.baselineDays, 7)
  const findings: ChangeFinding[] = []
  let start = 0
  for (let end = 0; end < series.length; end++) {
    let best: { strength: number; finding: ChangeFinding; from: number } | undefined
    for (let len = 1; len <= Math.max(1, cfg.recentDays); len++) {
      const recentFrom = end - len + 1
      const baseFrom = Math.max(start, recentFrom - cfg.baselineDays)
      if (recentFrom - baseFrom < minBaseline) break
      const base = { from: baseFrom, to: recentFrom }
      const recent = { from: recentFrom, to: end + 1 }
      if (span(p.n, base.from, base.to) < cfg.minMessages || span(p.n, recent.from, recent.to) < cfg.minMessages) continue
      const c = compare(p, base, recent, withShare)
      const byScore = Math.abs(c.z) >= cfg.threshold && Math.abs(c.mr - c.mb) >= cfg.minScoreShift ? Math.abs(c.z) : 0
      const byShare = c.shareZ !== undefined && Math.abs(c.shareZ) >= cfg.threshold && Math.abs((c.sr as number) - (c.sb as number)) >= cfg.minShareShift ? Math.abs(c.shareZ) : 0
      const strength = Math.max(byScore, byShare)
      if (strength === 0 || (best !== undefined && strength <= best.strength)) continue
      const finding: ChangeFinding = {
        detectedAt: (series[end] as SeriesBucket).t,
        since: (series[recentFrom] as SeriesBucket).t,
        metric: byShare > byScore ? 'negative-share' : 'mean-score',
        before: c.mb,
        after: c.mr,
        delta: c.mr - c.mb,
        z: c.z,
        ...(c.shareZ === undefined ? {} : { shareBefore: c.sb, shareAfter: c.sr, shareZ: c.shareZ }),
      }
      best = { strength, finding, from: recentFrom }
    }
    if (best !== undefined) {
      findings.push(best.finding)
      start = best.from
    }
  }
  return findings
}
