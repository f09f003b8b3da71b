import { day, percent, score } from '../format'

/** One conversation on the customer's chart. */
export interface HistoryPoint {
  readonly at: number
  readonly score: number
  readonly escalation: number
}

/** A −1..+1 sentiment score in words, so the readout does not depend on reading the axis. */
export function sentimentWords(s: number): string {
  if (s <= -0.5) return 'negative'
  if (s < -0.15) return 'slightly negative'
  if (s <= 0.15) return 'neutral'
  if (s < 0.5) return 'slightly positive'
  return 'positive'
}

/** "6 weeks", "9 days": how long a silence lasted, in the unit a person would say. */
export function spanWords(ms: number): string {
  const days = Math.round(ms / 86_400_000)
  if (days >= 14) return `${Math.round(days / 7)} weeks`
  return days === 1 ? '1 day' : `${days} days`
}

function pointWords(p: HistoryPoint): string {
  return `${day(p.at)}: sentiment ${score(p.score)} (${sentimentWords(p.score)}), escalation ${percent(p.escalation)}`
}

/**
 * What the customer chart's readout says: the conversation pointed at (`idx` into `points`, in
 * time order), or, with nothing pointed at, the latest one and how to read the others.
 */
export function historyReadout(points: readonly HistoryPoint[], idx: number | null): string {
  const p = idx === null ? undefined : points[idx]
  if (p !== undefined) return pointWords(p)
  const latest = points.at(-1)
  if (latest === undefined) return 'No conversations yet.'
  if (points.length === 1) return `Only conversation, ${pointWords(latest)}.`
  return `Latest conversation, ${pointWords(latest)}. Hover a point, or focus the chart and use the arrow keys, to read the others.`
}
