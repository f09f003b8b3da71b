/**
 * What analytics needs to know about one conversation, precomputed from its readings: who, where,
 * when, how it started and ended, and whether (and how) it escalated.
 */
export interface ConversationFact {
  readonly id: string
  readonly agentId?: string
  readonly segment?: string
  readonly plan?: string
  readonly channel?: string
  readonly productArea?: string
  readonly language?: string
  readonly openedAt: number
  readonly firstResponseAt?: number
  readonly resolvedAt?: number
  readonly resolved: boolean
  /** Score of the first and last customer message (−1..1). */
  readonly openScore?: number
  readonly closeScore?: number
  readonly openLabel?: 'negative' | 'neutral' | 'positive'
  /** Highest urgency among the customer's messages (0..1). */
  readonly urgency?: number
  readonly humanRequested?: boolean
  readonly botHandedOff?: boolean
  readonly slaBreached?: boolean
  readonly escalationScore?: number
}

/** A dimension to group by. */
export type FactDimension = 'agentId' | 'segment' | 'plan' | 'channel' | 'productArea' | 'language'

/** Groups facts by a dimension ("(none)" for facts without it), in key order. */
export function groupFacts(facts: readonly ConversationFact[], by: FactDimension | undefined): Map<string, ConversationFact[]> {
  const out = new Map<string, ConversationFact[]>()
  for (const f of facts) {
    const k = by === undefined ? 'all' : (f[by] ?? '(none)')
    const list = out.get(k) ?? []
    list.push(f)
    out.set(k, list)
  }
  return new Map([...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
}
