/**
 * Where a line chart stops joining its points. A line between two points says "and in between it
 * went like this"; across a long silence that is made up, so the line breaks there and the points
 * stand alone.
 */
export interface GapRule {
  /** Points farther apart than this (in x units) are never joined. */
  readonly maxStep: number
  /**
   * Nor points farther apart than this many times the median spacing, once there are at least
   * three spacings to take a median of (with fewer, the median is the gap itself).
   */
  readonly factor: number
}

/** x in seconds (as uPlot takes time): a month without a conversation, or 3× the usual spacing, is a gap. */
export const CONVERSATION_GAPS: GapRule = { maxStep: 30 * 86_400, factor: 3 }

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

/** The indices `i` (ascending) after which the line breaks: `xs[i]` and `xs[i + 1]` are not joined. `xs` ascending. */
export function gapsAfter(xs: readonly number[], rule: GapRule): number[] {
  const steps = xs.slice(1).map((x, i) => x - (xs[i] as number))
  const limit = steps.length >= 3 ? Math.min(rule.maxStep, rule.factor * median(steps)) : rule.maxStep
  return steps.flatMap((d, i) => (d > limit ? [i] : []))
}

/** The runs of points the line joins, as [first, last] index pairs; a lone point is [i, i]. */
export function joinedRuns(xs: readonly number[], rule: GapRule): [number, number][] {
  if (xs.length === 0) return []
  const runs: [number, number][] = []
  let first = 0
  for (const i of gapsAfter(xs, rule)) {
    runs.push([first, i])
    first = i + 1
  }
  runs.push([first, xs.length - 1])
  return runs
}
