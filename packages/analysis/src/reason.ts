/** One reason behind a score: a stable code, how much it contributed, and words for people. */
export interface Reason {
  readonly code: string
  /** The reason's contribution, 0..1. */
  readonly weight: number
  readonly detail: string
}

/** Combines independent pieces of evidence, each 0..1, into one 0..1 score (noisy-OR). */
export function noisyOr(parts: readonly number[]): number {
  let keep = 1
  for (const p of parts) keep *= 1 - (p < 0 ? 0 : p > 1 ? 1 : p)
  return 1 - keep
}

/** Reasons with a real contribution, strongest first. */
export function rankReasons(reasons: readonly Reason[], min = 0.02): Reason[] {
  return reasons
    .filter((r) => r.weight >= min)
    .map((r) => ({ ...r, weight: round3(r.weight) }))
    .sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code))
}

/** Rounds for output: scores are shown with three decimals. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}
