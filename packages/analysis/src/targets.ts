/** A goal a team sets, e.g. "cut the share of negative tickets to 20% by 30 June". */
export interface Target {
  readonly metric: string
  readonly segment?: string
  /** The value to reach. */
  readonly goal: number
  /** Whether reaching means going down (negative share) or up (satisfaction). */
  readonly direction: 'down' | 'up'
  readonly start: number
  readonly due: number
}

export interface TargetProgress {
  readonly baseline: number
  readonly current: number
  /** 0..1 of the way from the baseline to the goal (can exceed 1). */
  readonly progress: number
  /** Linear forecast of the metric at the due date. */
  readonly forecast: number
  readonly onTrack: boolean
}

/**
 * Progress toward a target from a time series of the metric (time, value): the baseline is the
 * first point at or after the start, the current value the last point, and the forecast a
 * least-squares line through the points since the start, extended to the due date.
 */
export function targetProgress(target: Target, points: readonly { t: number; value: number }[]): TargetProgress | undefined {
  const since = points.filter((p) => p.t >= target.start).sort((a, b) => a.t - b.t)
  const first = since[0]
  const last = since[since.length - 1]
  if (first === undefined || last === undefined) return undefined
  const n = since.length
  const mt = since.reduce((a, p) => a + p.t, 0) / n
  const mv = since.reduce((a, p) => a + p.value, 0) / n
  let cov = 0
  let vt = 0
  for (const p of since) {
    cov += (p.t - mt) * (p.value - mv)
    vt += (p.t - mt) ** 2
  }
  const slope = vt > 0 ? cov / vt : 0
  const forecast = mv + slope * (target.due - mt)
  const span = target.goal - first.value
  const progress = span === 0 ? 1 : (last.value - first.value) / span
  const onTrack = target.direction === 'down' ? forecast <= target.goal : forecast >= target.goal
  return { baseline: first.value, current: last.value, progress, forecast, onTrack }
}
