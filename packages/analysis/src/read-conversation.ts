import type { CueKind, Emotion, SentimentLabel } from '@undertone/engine'
import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './analysis-config.js'
import type { ConversationInput } from './conversation-input.js'
import { type NormalizedConversation, type Repair, type TimedMessage, normalizeConversation } from './normalize-conversation.js'
import { type Reason, noisyOr, rankReasons, round3 } from './reason.js'
import { type Trend, weightedTrend } from './weighted-trend.js'

/** A customer message on the sentiment arc. */
export interface ArcPoint {
  readonly messageId: string
  readonly at: number
  readonly score: number
  readonly label: SentimentLabel
  /** Agent or bot replies since the previous customer message (they sit between the points). */
  readonly repliesBefore: number
}

/** What the conversation says as a whole. */
export interface ConversationReading {
  readonly id: string
  readonly customerId?: string
  readonly arc: readonly ArcPoint[]
  readonly trend: Trend
  /** Last customer score minus first (0 with fewer than two points). */
  readonly resolutionDelta: number
  /** Marked resolved or closed, but the customer's last word was unhappy. */
  readonly resolvedButUnhappy: boolean
  /** 0..1, with the reasons behind it, strongest first. */
  readonly escalation: number
  readonly escalate: boolean
  readonly reasons: readonly Reason[]
  /** For conversations run by a bot: hand over to a person now. */
  readonly handoff: boolean
  readonly handoffReasons: readonly Reason[]
  /** When the customer started waiting for a reply (first unanswered message), if they are. */
  readonly waitingSince?: number
  readonly waitMinutes: number
  readonly slaMinutes: number
  readonly repairs: readonly Repair[]
}

const MINUTE = 60_000

function has(m: TimedMessage, cue: CueKind): boolean {
  return m.reading?.cues?.includes(cue) === true
}

function emotion(m: TimedMessage | undefined, e: Emotion): number {
  return m?.reading?.emotions?.[e] ?? 0
}

/**
 * Reads a conversation: the customer's sentiment arc, its trend and change point, the
 * resolution delta, an escalation score with reasons, and a handoff signal for bot-run
 * conversations. Pure: `now` (ms since the epoch) is passed in.
 *
 * Escalation combines independent signals with a noisy-OR. Signals from earlier messages fade by
 * `signalDecay` per later customer message, so a conversation that recovers calms down, and
 * appending a calmer, more positive customer message never raises the score.
 */
export function readConversation(input: ConversationInput | NormalizedConversation, now: number, config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG): ConversationReading {
  const norm = 'repairs' in input ? input : normalizeConversation(input)
  const conv = norm.input
  const messages = norm.messages
  const esc = config.escalation
  const arc: ArcPoint[] = []
  const points: TimedMessage[] = []
  let replies = 0
  let firstReplyAt = Number.POSITIVE_INFINITY
  let lastReplyAt = Number.NEGATIVE_INFINITY
  let lastReplyRole: 'agent' | 'bot' | undefined
  let waitingSince: number | undefined
  // The escalation clock starts only on a message that is not an improvement: a happier
  // "thanks, that worked" does not make a conversation more urgent.
  let pressingSince: number | undefined
  let prevScore: number | undefined
  const replySeenBefore: boolean[] = []
  for (const m of messages) {
    if (m.role === 'agent' || m.role === 'bot') {
      replies++
      firstReplyAt = Math.min(firstReplyAt, m.at)
      lastReplyAt = m.at
      lastReplyRole = m.role
      waitingSince = undefined
      pressingSince = undefined
      continue
    }
    if (m.role !== 'customer') continue
    waitingSince ??= m.at
    const score = m.reading?.score
    if (score === undefined || prevScore === undefined || score < prevScore) pressingSince ??= m.at
    if (m.reading === undefined) continue
    prevScore = m.reading.score
    arc.push({ messageId: m.id, at: m.at, score: m.reading.score, label: m.reading.label, repliesBefore: replies })
    points.push(m)
    replySeenBefore.push(firstReplyAt <= m.at && Number.isFinite(firstReplyAt))
    replies = 0
  }
  const scores = arc.map((p) => p.score)
  const trend = weightedTrend(scores, config.trend)
  const n = points.length
  const last = points[n - 1]
  const first = arc[0]
  const lastPoint = arc[n - 1]
  const resolutionDelta = n >= 2 && first !== undefined && lastPoint !== undefined ? lastPoint.score - first.score : 0
  const resolved = conv.status === 'resolved' || conv.status === 'closed'
  const resolvedButUnhappy = resolved && lastPoint !== undefined && lastPoint.score <= config.resolution.unhappyScore

  // Escalation signals; `fade(j)` discounts the j-th customer message by how many came after it.
  const fade = (j: number): number => esc.signalDecay ** (n - 1 - j)
  const reasons: Reason[] = []
  const w = esc.weights
  reasons.push({ code: 'declining-arc', weight: w.decline * Math.min(1, trend.drop), detail: `sentiment fell ${trend.drop.toFixed(2)} from its recent best` })
  let failed = 0
  let asks = 0
  let human = 0
  let churn = 0
  for (let j = 0; j < n; j++) {
    const m = points[j] as TimedMessage
    const s = m.reading?.score ?? 0
    const prev = j > 0 ? (points[j - 1]?.reading?.score ?? 0) : undefined
    if (replySeenBefore[j] === true && s < 0 && ((prev !== undefined && s <= prev - esc.failedFixDrop) || has(m, 'repeat-contact'))) failed = Math.max(failed, fade(j))
    if (has(m, 'repeat-contact')) asks += fade(j)
    if (has(m, 'human-request')) human = Math.max(human, fade(j))
    if (has(m, 'churn-threat')) churn = Math.max(churn, fade(j))
  }
  reasons.push({ code: 'failed-fix', weight: w.failedFix * failed, detail: 'the customer is still stuck after a suggested fix' })
  reasons.push({ code: 'repeated-ask', weight: w.repeatedAsk * Math.min(1, asks), detail: 'the customer has asked again' })
  reasons.push({ code: 'human-request', weight: w.humanRequest * human, detail: 'the customer asked for a person or a manager' })
  reasons.push({ code: 'churn-threat', weight: w.churnThreat * churn, detail: 'the customer threatened to leave' })
  const slaMinutes = conv.slaMinutes ?? config.sla.replyMinutes
  const waitMinutes = waitingSince === undefined ? 0 : Math.max(0, (now - waitingSince) / MINUTE)
  const pressingMinutes = pressingSince === undefined ? 0 : Math.max(0, (now - pressingSince) / MINUTE)
  const slaRatio = slaMinutes > 0 ? pressingMinutes / slaMinutes : 0
  reasons.push({ code: 'sla-breach', weight: w.slaBreach * Math.min(1, Math.max(0, slaRatio - 0.5)), detail: `waiting ${Math.round(waitMinutes)} min against an SLA of ${slaMinutes} min` })
  const strain = Math.max(emotion(last, 'frustration'), emotion(last, 'anger'))
  reasons.push({ code: 'frustration', weight: w.frustration * strain, detail: 'the latest message is frustrated or angry' })
  const escalation = noisyOr(reasons.map((r) => r.weight))

  // Handoff: only when a bot is the one replying.
  const handoffReasons: Reason[] = []
  if (lastReplyRole === 'bot' && last !== undefined && last.at >= lastReplyAt) {
    const prev = points[n - 2]
    const h = config.handoff
    const fr = emotion(last, 'frustration')
    const co = emotion(last, 'confusion')
    if (fr >= h.frustration && fr > emotion(prev, 'frustration')) handoffReasons.push({ code: 'rising-frustration', weight: fr, detail: 'frustration is rising with the bot' })
    if (co >= h.confusion && co > emotion(prev, 'confusion') - 0.05) handoffReasons.push({ code: 'confusion', weight: co, detail: 'the customer is confused by the bot' })
    if (has(last, 'human-request')) handoffReasons.push({ code: 'human-request', weight: 1, detail: 'the customer asked for a person' })
    if (escalation >= esc.threshold) handoffReasons.push({ code: 'escalation', weight: escalation, detail: 'the conversation is escalating' })
  }
  const base = {
    id: conv.id,
    arc,
    trend,
    resolutionDelta: round3(resolutionDelta),
    resolvedButUnhappy,
    escalation: round3(escalation),
    escalate: escalation >= esc.threshold,
    reasons: rankReasons(reasons),
    handoff: handoffReasons.length > 0,
    handoffReasons: rankReasons(handoffReasons),
    waitMinutes: round3(waitMinutes),
    slaMinutes,
    repairs: norm.repairs,
  }
  const withCustomer = conv.customerId === undefined ? base : { ...base, customerId: conv.customerId }
  return waitingSince === undefined ? withCustomer : { ...withCustomer, waitingSince }
}
