import type { AnalysisConfig } from './analysis-config.js'

/** Direction of a series of sentiment scores. */
export type TrendDirection = 'improving' | 'stable' | 'deteriorating'

/** The most likely single shift in a series: where, and the mean before and after. */
export interface ChangePoint {
  /** Index of the first point after the change. */
  readonly index: number
  readonly before: number
  readonly after: number
}

export interface Trend {
  readonly direction: TrendDirection
  /** Recency-weighted least-squares slope, in score per step. */
  readonly slope: number
  /** Fall from the best of the recent window to the latest point (0 when the latest is the best). */
  readonly drop: number
  readonly changePoint?: ChangePoint
}

/**
 * Reads a direction from scores in time order. The slope weighs recent steps more (each older
 * point counts `recencyDecay` times the next), so a conversation that recovered and then fell
 * again reads as deteriorating. A fall of `declineDrop` from the recent best is deteriorating on
 * its own, whatever the slope. The change point is the split with the largest mean shift.
 */
export function weightedTrend(scores: readonly number[], cfg: AnalysisConfig['trend']): Trend {
  const n = scores.length
  if (n < 2) return { direction: 'stable', slope: 0, drop: 0 }
  let sw = 0
  let sx = 0
  let sy = 0
  for (let i = 0; i < n; i++) {
    const w = cfg.recencyDecay ** (n - 1 - i)
    sw += w
    sx += w * i
    sy += w * (scores[i] as number)
  }
  const mx = sx / sw
  const my = sy / sw
  let cov = 0
  let varx = 0
  for (let i = 0; i < n; i++) {
    const w = cfg.recencyDecay ** (n - 1 - i)
    cov += w * (i - mx) * ((scores[i] as number) - my)
    varx += w * (i - mx) ** 2
  }
  const slope = varx > 0 ? cov / varx : 0
  const last = scores[n - 1] as number
  let best = Number.NEGATIVE_INFINITY
  for (let i = Math.max(0, n - 1 - cfg.window); i < n - 1; i++) best = Math.max(best, scores[i] as number)
  const drop = Math.max(0, best - last)
  let direction: TrendDirection = 'stable'
  // Messages that all read near neutral ("Hello!" then "What are your support hours?") have no
  // direction, however their scores wobble inside the band.
  let calm = true
  for (let i = Math.max(0, n - 1 - cfg.window); i < n && calm; i++) calm = Math.abs(scores[i] as number) < cfg.neutralBand
  if (calm) direction = 'stable'
  else if (drop >= cfg.declineDrop || slope <= -cfg.stableSlope) direction = 'deteriorating'
  else if (slope >= cfg.stableSlope) direction = 'improving'
  const cp = changePoint(scores, cfg.changePointMin)
  return cp === undefined ? { direction, slope, drop } : { direction, slope, drop, changePoint: cp }
}

function changePoint(scores: readonly number[], min: number): ChangePoint | undefined {
  const n = scores.length
  let total = 0
  for (const s of scores) total += s
  let left = 0
  let bestGain = 0
  let found: ChangePoint | undefined
  for (let k = 1; k < n; k++) {
    left += scores[k - 1] as number
    const before = left / k
    const after = (total - left) / (n - k)
    // Weighted by segment sizes, so one outlier at an end does not win over a real shift.
    const gain = Math.abs(after - before) * Math.sqrt((k * (n - k)) / n)
    if (Math.abs(after - before) >= min && gain > bestGain) {
      bestGain = gain
      found = { index: k, before, after }
    }
  }
  return found
}
