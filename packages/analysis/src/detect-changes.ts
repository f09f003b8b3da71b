/** One bucket (day) of a segment's series: message count and the sums of scores and squares. */
export interface SeriesBucket {
  /** Bucket index (days since some epoch, or any increasing integer). */
  readonly t: number
  readonly n: number
  readonly sum: number
  readonly sumSq: number
}

export interface ChangeDetectionConfig {
  /** Buckets in the recent window that is compared against the baseline. */
  readonly recent: number
  /** Buckets of baseline before the recent window. */
  readonly baseline: number
  /** |z| of the difference of means needed to raise a finding. */
  readonly z: number
  /** Smallest shift in mean score worth a finding, whatever its significance. */
  readonly minShift: number
  /** Fewest messages in the recent window and in the baseline. */
  readonly minCount: number
}

export const DEFAULT_CHANGE_DETECTION: ChangeDetectionConfig = { recent: 3, baseline: 28, z: 4, minShift: 0.12, minCount: 30 }

/** A detected shift: from when, the means before and after, and how sure. */
export interface ChangeFinding {
  /** The bucket at which the shift was detected (the end of the recent window). */
  readonly detectedAt: number
  /** The first bucket of the recent window: where the shift is estimated to start. */
  readonly since: number
  readonly before: number
  readonly after: number
  readonly delta: number
  readonly z: number
}

interface Acc {
  n: number
  sum: number
  sumSq: number
}

function add(a: Acc, b: SeriesBucket, sign = 1): void {
  a.n += sign * b.n
  a.sum += sign * b.sum
  a.sumSq += sign * b.sumSq
}

/**
 * Online change detection on a bucketed series (e.g. daily sentiment of one product area). At each
 * bucket it compares the mean of the last `recent` buckets with the mean of the `baseline` before
 * them, with a two-sample z on message-level variance, and raises a finding when |z| ≥ `z` and the
 * shift is at least `minShift`. After a finding the baseline restarts at the shift, so one change
 * is reported once. Only data up to each bucket is used, as it would be live.
 */
export function detectChanges(series: readonly SeriesBucket[], cfg: ChangeDetectionConfig = DEFAULT_CHANGE_DETECTION): ChangeFinding[] {
  const findings: ChangeFinding[] = []
  let start = 0
  for (let end = 0; end < series.length; end++) {
    const recentFrom = end - cfg.recent + 1
    const baseFrom = Math.max(start, recentFrom - cfg.baseline)
    if (recentFrom - baseFrom < Math.min(cfg.baseline, 7) || recentFrom < start) continue
    const base: Acc = { n: 0, sum: 0, sumSq: 0 }
    const recent: Acc = { n: 0, sum: 0, sumSq: 0 }
    for (let i = baseFrom; i < recentFrom; i++) add(base, series[i] as SeriesBucket)
    for (let i = recentFrom; i <= end; i++) add(recent, series[i] as SeriesBucket)
    if (base.n < cfg.minCount || recent.n < cfg.minCount) continue
    const mb = base.sum / base.n
    const mr = recent.sum / recent.n
    const vb = Math.max(1e-4, base.sumSq / base.n - mb * mb)
    const vr = Math.max(1e-4, recent.sumSq / recent.n - mr * mr)
    const z = (mr - mb) / Math.sqrt(vb / base.n + vr / recent.n)
    if (Math.abs(z) >= cfg.z && Math.abs(mr - mb) >= cfg.minShift) {
      findings.push({ detectedAt: (series[end] as SeriesBucket).t, since: (series[recentFrom] as SeriesBucket).t, before: mb, after: mr, delta: mr - mb, z })
      start = recentFrom
    }
  }
  return findings
}
