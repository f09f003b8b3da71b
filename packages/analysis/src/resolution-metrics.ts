import { type ConversationFact, type FactDimension, groupFacts } from './conversation-facts.js'

export interface ResolutionRow {
  readonly group: string
  readonly n: number
  readonly meanOpen: number
  readonly meanClose: number
  /** Mean of close minus open: above 0 means customers leave happier than they came. */
  readonly meanDelta: number
  /** Share of resolved conversations whose last customer score is at or below the unhappy line. */
  readonly resolvedUnhappyShare: number
  /** Pearson correlation of open and close scores (0 with fewer than 3 conversations). */
  readonly correlation: number
}

/** Sums from which a {@link ResolutionRow} follows; a database can compute them with GROUP BY. */
export interface ResolutionSums {
  readonly group: string
  readonly n: number
  readonly sumOpen: number
  readonly sumClose: number
  readonly sumOpenClose: number
  readonly sumOpenSq: number
  readonly sumCloseSq: number
  readonly resolved: number
  readonly resolvedUnhappy: number
}

/** A resolution row from its sums (Pearson correlation from the sums of products and squares). */
export function resolutionFromSums(s: ResolutionSums): ResolutionRow {
  const n = s.n
  const cov = s.sumOpenClose - (s.sumOpen * s.sumClose) / n
  const vo = s.sumOpenSq - (s.sumOpen * s.sumOpen) / n
  const vc = s.sumCloseSq - (s.sumClose * s.sumClose) / n
  return {
    group: s.group,
    n,
    meanOpen: s.sumOpen / n,
    meanClose: s.sumClose / n,
    meanDelta: (s.sumClose - s.sumOpen) / n,
    resolvedUnhappyShare: s.resolved === 0 ? 0 : s.resolvedUnhappy / s.resolved,
    correlation: n < 3 || vo <= 1e-12 || vc <= 1e-12 ? 0 : cov / Math.sqrt(vo * vc),
  }
}

/**
 * Sentiment at open against sentiment at close, per group: the means, the mean change, their
 * correlation, and the share of resolved conversations that left the customer unhappy.
 */
export function resolutionCorrelation(facts: readonly ConversationFact[], by?: FactDimension, unhappyScore = -0.25): ResolutionRow[] {
  const rows: ResolutionRow[] = []
  for (const [group, list] of groupFacts(facts, by)) {
    const both = list.filter((f) => f.openScore !== undefined && f.closeScore !== undefined)
    if (both.length === 0) continue
    const sums = { group, n: both.length, sumOpen: 0, sumClose: 0, sumOpenClose: 0, sumOpenSq: 0, sumCloseSq: 0, resolved: 0, resolvedUnhappy: 0 }
    for (const f of both) {
      const o = f.openScore as number
      const c = f.closeScore as number
      sums.sumOpen += o
      sums.sumClose += c
      sums.sumOpenClose += o * c
      sums.sumOpenSq += o * o
      sums.sumCloseSq += c * c
      if (f.resolved) {
        sums.resolved++
        if (c <= unhappyScore) sums.resolvedUnhappy++
      }
    }
    rows.push(resolutionFromSums(sums))
  }
  return rows
}

export interface EscalationRateRow {
  readonly group: string
  readonly n: number
  /** Each definition's rate, named separately: they measure different things. */
  readonly humanRequested: number
  readonly botHandedOff: number
  readonly slaBreached: number
  readonly escalationScore: number
}

/** Escalation rates under each definition, per group. */
export function escalationRates(facts: readonly ConversationFact[], by?: FactDimension, threshold = 0.55): EscalationRateRow[] {
  return [...groupFacts(facts, by)].map(([group, list]) => {
    const rate = (pred: (f: ConversationFact) => boolean): number => list.filter(pred).length / list.length
    return {
      group,
      n: list.length,
      humanRequested: rate((f) => f.humanRequested === true),
      botHandedOff: rate((f) => f.botHandedOff === true),
      slaBreached: rate((f) => f.slaBreached === true),
      escalationScore: rate((f) => (f.escalationScore ?? 0) >= threshold),
    }
  })
}

export interface ResponseTimeRow {
  readonly sentiment: string
  readonly urgency: 'low' | 'medium' | 'high'
  readonly n: number
  readonly firstResponseMedianMinutes: number | null
  readonly firstResponseP90Minutes: number | null
  readonly resolutionMedianHours: number | null
}

/**
 * A quantile estimated from a histogram (`bounds[i]` is the upper edge of bucket i, the first
 * bucket starts at 0, the last one is open-ended and reported at its lower edge), interpolating
 * linearly inside the bucket. Lets a database return bucket counts instead of every value.
 */
export function quantileFromHistogram(bounds: readonly number[], counts: readonly number[], q: number): number | null {
  const total = counts.reduce((a, b) => a + b, 0)
  if (total === 0) return null
  const target = q * total
  let seen = 0
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number
    if (seen + c >= target && c > 0) {
      const lo = i === 0 ? 0 : (bounds[i - 1] as number)
      const hi = bounds[i] ?? lo
      return lo + ((target - seen) / c) * (hi - lo)
    }
    seen += c
  }
  return bounds[bounds.length - 1] ?? null
}

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo)
}

/**
 * First-response and resolution times by the opening sentiment and the urgency bucket: shows
 * whether urgent, negative conversations really get faster answers.
 */
export function responseTimeBySentiment(facts: readonly ConversationFact[]): ResponseTimeRow[] {
  const buckets = new Map<string, ConversationFact[]>()
  const urgencyOf = (u: number | undefined): 'low' | 'medium' | 'high' => ((u ?? 0) >= 0.6 ? 'high' : (u ?? 0) >= 0.3 ? 'medium' : 'low')
  for (const f of facts) {
    const k = `${f.openLabel ?? 'unknown'}|${urgencyOf(f.urgency)}`
    const list = buckets.get(k) ?? []
    list.push(f)
    buckets.set(k, list)
  }
  const order = ['negative', 'neutral', 'positive', 'unknown']
  const urg = ['high', 'medium', 'low']
  return [...buckets.entries()]
    .map(([k, list]) => {
      const [sentiment, urgency] = k.split('|') as [string, 'low' | 'medium' | 'high']
      const first = list.filter((f) => f.firstResponseAt !== undefined).map((f) => ((f.firstResponseAt as number) - f.openedAt) / 60_000).sort((a, b) => a - b)
      const res = list.filter((f) => f.resolvedAt !== undefined).map((f) => ((f.resolvedAt as number) - f.openedAt) / 3_600_000).sort((a, b) => a - b)
      return { sentiment, urgency, n: list.length, firstResponseMedianMinutes: quantile(first, 0.5), firstResponseP90Minutes: quantile(first, 0.9), resolutionMedianHours: quantile(res, 0.5) }
    })
    .sort((a, b) => order.indexOf(a.sentiment) - order.indexOf(b.sentiment) || urg.indexOf(a.urgency) - urg.indexOf(b.urgency))
}

export interface AgentCoachingRow {
  readonly agentId: string
  readonly n: number
  /** Hidden when there are fewer conversations than the minimum: too few to say anything fair. */
  readonly shown: boolean
  /** Mean change from the customer's first to last message in this agent's conversations. */
  readonly meanImprovement?: number
  /** 95% confidence interval of the mean (normal approximation). */
  readonly ci95?: readonly [number, number]
}

/** A coaching row from per-agent sums of the first-to-last change (n, Σd, Σd²). */
export function agentRowFromSums(agentId: string, n: number, sum: number, sumSq: number, minConversations = 10): AgentCoachingRow {
  if (n < minConversations) return { agentId, n, shown: false }
  const mean = sum / n
  const sd = Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)))
  const half = (1.96 * sd) / Math.sqrt(n)
  return { agentId, n, shown: true, meanImprovement: mean, ci95: [mean - half, mean + half] }
}

/**
 * Per agent: how much customers' sentiment improves from first to last message, with volume and
 * a 95% interval. Meant for coaching: agents with fewer than `minConversations` get no figure,
 * and rows come in agent-id order, not as a ranking.
 */
export function agentCoaching(facts: readonly ConversationFact[], minConversations = 10): AgentCoachingRow[] {
  const rows: AgentCoachingRow[] = []
  for (const [agentId, list] of groupFacts(facts.filter((f) => f.agentId !== undefined), 'agentId')) {
    const d = list.filter((f) => f.openScore !== undefined && f.closeScore !== undefined).map((f) => (f.closeScore as number) - (f.openScore as number))
    rows.push(agentRowFromSums(agentId, d.length, d.reduce((a, b) => a + b, 0), d.reduce((a, b) => a + b * b, 0), minConversations))
  }
  return rows
}
