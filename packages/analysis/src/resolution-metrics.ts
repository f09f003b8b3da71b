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

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length
  if (n < 3) return 0
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx
    const dy = (ys[i] as number) - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0
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
    const open = both.map((f) => f.openScore as number)
    const close = both.map((f) => f.closeScore as number)
    const resolved = both.filter((f) => f.resolved)
    const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
    rows.push({
      group,
      n: both.length,
      meanOpen: mean(open),
      meanClose: mean(close),
      meanDelta: mean(close.map((c, i) => c - (open[i] as number))),
      resolvedUnhappyShare: resolved.length === 0 ? 0 : resolved.filter((f) => (f.closeScore as number) <= unhappyScore).length / resolved.length,
      correlation: pearson(open, close),
    })
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

/**
 * Per agent: how much customers' sentiment improves from first to last message, with volume and
 * a 95% interval. Meant for coaching: agents with fewer than `minConversations` get no figure,
 * and rows come in agent-id order, not as a ranking.
 */
export function agentCoaching(facts: readonly ConversationFact[], minConversations = 10): AgentCoachingRow[] {
  const rows: AgentCoachingRow[] = []
  for (const [agentId, list] of groupFacts(facts.filter((f) => f.agentId !== undefined), 'agentId')) {
    const d = list.filter((f) => f.openScore !== undefined && f.closeScore !== undefined).map((f) => (f.closeScore as number) - (f.openScore as number))
    if (d.length < minConversations) {
      rows.push({ agentId, n: d.length, shown: false })
      continue
    }
    const mean = d.reduce((a, b) => a + b, 0) / d.length
    const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (d.length - 1))
    const half = (1.96 * sd) / Math.sqrt(d.length)
    rows.push({ agentId, n: d.length, shown: true, meanImprovement: mean, ci95: [mean - half, mean + half] })
  }
  return rows
}
