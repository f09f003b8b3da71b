import type { CueKind, Emotion, SentimentLabel } from '@undertone/engine'
import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './analysis-config.js'
import type { ConversationInput } from './conversation-input.js'
import { type NormalizedConversation, type Repair, type TimedMessage, normalizeConversation } from './normalize-conversation.js'
import { conversationUrgency } from './conversation-urgency.js'
import { type Trajectory, customerTrajectory, messageNegativity, strainOf } from './customer-trajectory.js'
import { isCourtesyOnly, isReadable, isSatisfiedClose, saysResolved } from './customer-turn.js'
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
  /** The conversation's current urgency, 0..1: an open deadline stays urgent until it is solved. The queue ranks by it. */
  readonly urgency: number
  /** The customer's last message thanked or praised with no complaint: not waiting, not escalated. */
  readonly endedSatisfied: boolean
  /** When the customer started waiting for a reply (first unanswered message), if they are. */
  readonly waitingSince?: number
  readonly waitMinutes: number
  readonly slaMinutes: number
  readonly repairs: readonly Repair[]
}

const MINUTE = 60_000

// Cues that are escalation events in their own right: a message carrying one is never an improvement.
const EVENT_CUES: readonly CueKind[] = ['repeat-contact', 'human-request', 'churn-threat']

function has(m: TimedMessage, cue: CueKind): boolean {
  return m.reading?.cues?.includes(cue) === true
}

function emotion(m: TimedMessage | undefined, e: Emotion): number {
  return m?.reading?.emotions?.[e] ?? 0
}

/** The event evidence of the customer's messages so far, each 0..1 (repeated asks count up), before the wait is added. */
interface Events {
  failed: number
  asks: number
  human: number
  churn: number
}

/**
 * The trajectory's part of the score split over its parts in proportion to what each put into the
 * blend, so the four reasons add up to it.
 */
function trajectoryReasons(t: Trajectory, esc: AnalysisConfig['escalation']): Reason[] {
  const c = esc.trajectory
  const total = trajectoryWeight(t, esc)
  const parts = [c.level * t.level, c.lastMessage * t.lastMessage, c.worstMessage * t.worstMessage, c.worsening * t.worsening]
  const sum = parts.reduce((a, b) => a + b, 0)
  const share = (i: number): number => (sum > 0 ? (total * (parts[i] as number)) / sum : 0)
  return [
    { code: 'negative-level', weight: share(0), detail: 'the customer has been negative through the conversation' },
    { code: 'negative-last-message', weight: share(1), detail: "the customer's latest message is negative" },
    { code: 'negative-peak', weight: share(2), detail: "the customer's worst message so far is negative" },
    { code: 'worsening', weight: share(3), detail: "the customer's later messages are more negative than their first ones" },
  ]
}

function eventReasons(e: Events, w: AnalysisConfig['escalation']['weights']): Reason[] {
  return [
    { code: 'failed-fix', weight: w.failedFix * e.failed, detail: 'the customer is still stuck after a suggested fix' },
    { code: 'repeated-ask', weight: w.repeatedAsk * Math.min(1, e.asks), detail: 'the customer has asked again' },
    { code: 'human-request', weight: w.humanRequest * e.human, detail: 'the customer asked for a person or a manager' },
    { code: 'churn-threat', weight: w.churnThreat * e.churn, detail: 'the customer threatened to leave' },
  ]
}

/** What the trajectory adds to the score: `weights.trajectory × value^exponent`. */
function trajectoryWeight(t: Trajectory, esc: AnalysisConfig['escalation']): number {
  return esc.weights.trajectory * t.value ** esc.trajectory.exponent
}

/**
 * Reads a conversation: the customer's sentiment arc, its trend and change point, the
 * resolution delta, an escalation score with reasons, a handoff signal for bot-run
 * conversations, and the current urgency. Pure: `now` (ms since the epoch) is passed in.
 *
 * Escalation (docs/analysis.md) is a noisy-OR of the customer's sentiment trajectory (the mean,
 * last and worst negativity of their messages and how much worse they got than their opening:
 * see customerTrajectory) and of events: a failed fix, a repeated ask, a request for a person, a
 * churn threat, and a wait past the SLA while the customer is waiting. The trajectory ranks, but
 * with the default weights it stays below the threshold, so no amount of negative tone escalates
 * without an event or a real wait. Event signals from earlier messages fade by `signalDecay` per later customer
 * message; a message that is no worse than the one before it never raises the score, and a
 * satisfied close keeps it below the threshold. Messages in a language the reader does not read
 * are left out of all of it.
 */
export function readConversation(input: ConversationInput | NormalizedConversation, now: number, config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG): ConversationReading {
  const norm = 'repairs' in input ? input : normalizeConversation(input)
  const conv = norm.input
  const messages = norm.messages
  const esc = config.escalation
  const w = esc.weights
  const arc: ArcPoint[] = []
  const points: TimedMessage[] = []
  let replies = 0
  let lastReplyAt = Number.NEGATIVE_INFINITY
  let lastReplyRole: 'agent' | 'bot' | undefined
  let waitingSince: number | undefined
  // The escalation clock starts only on a readable message that is not an improvement and not a
  // satisfied close: a happier "thanks, that worked" does not make a conversation more urgent.
  let pressingSince: number | undefined
  let replySeen = false
  let prev: TimedMessage | undefined
  const ev: Events = { failed: 0, asks: 0, human: 0, churn: 0 }
  const negativities: number[] = []
  let traj = customerTrajectory(negativities, esc.trajectory)
  let fromMessages = 0
  const trendScores: number[] = []
  let openUrgency = 0
  for (const m of messages) {
    if (m.role === 'agent' || m.role === 'bot') {
      replies++
      replySeen = true
      lastReplyAt = m.at
      lastReplyRole = m.role
      waitingSince = undefined
      pressingSince = undefined
      continue
    }
    if (m.role !== 'customer') continue
    const r = m.reading
    const readable = isReadable(r)
    const satisfied = isSatisfiedClose(r)
    if (!satisfied) waitingSince ??= m.at
    if (r === undefined || !readable) continue
    const pr = prev?.reading
    const improvement = pr !== undefined && r.score >= pr.score && strainOf(r) <= strainOf(pr) && !EVENT_CUES.some((c) => has(m, c))
    if (!improvement && !satisfied) pressingSince ??= m.at

    // Events so far, each earlier signal faded by one more message.
    ev.failed *= esc.signalDecay
    ev.asks *= esc.signalDecay
    ev.human *= esc.signalDecay
    ev.churn *= esc.signalDecay
    const repeat = has(m, 'repeat-contact')
    const fell = pr !== undefined && r.score <= pr.score - esc.failedFixDrop
    if (replySeen && r.score < 0 && (repeat || (fell && has(m, 'issue-report')))) ev.failed = 1
    if (repeat) ev.asks += 1
    if (has(m, 'human-request')) ev.human = 1
    if (has(m, 'churn-threat')) ev.churn = 1
    negativities.push(messageNegativity(r, esc.trajectory))
    traj = customerTrajectory(negativities, esc.trajectory)
    // A thank-you while a deadline is open is courtesy, not recovery: the trend holds its level.
    const held = isCourtesyOnly(r) && openUrgency >= 0.5 && trendScores.length > 0 ? Math.min(r.score, trendScores[trendScores.length - 1] as number) : r.score
    trendScores.push(held)
    openUrgency = saysResolved(r) ? (r.emotions?.urgency ?? 0) : Math.max(openUrgency, r.emotions?.urgency ?? 0)
    const raw = noisyOr([trajectoryWeight(traj, esc), ...eventReasons(ev, w).map((x) => x.weight)]) * (satisfied ? esc.satisfiedDamping : 1)
    // A message no worse than the one before cannot raise the score.
    fromMessages = improvement ? Math.min(fromMessages, raw) : raw
    arc.push({ messageId: m.id, at: m.at, score: r.score, label: r.label, repliesBefore: replies })
    points.push(m)
    prev = m
    replies = 0
  }
  const trend = weightedTrend(trendScores, config.trend)
  const n = points.length
  const last = points[n - 1]
  const first = arc[0]
  const lastPoint = arc[n - 1]
  const resolutionDelta = n >= 2 && first !== undefined && lastPoint !== undefined ? lastPoint.score - first.score : 0
  const resolved = conv.status === 'resolved' || conv.status === 'closed'
  const resolvedButUnhappy = resolved && lastPoint !== undefined && lastPoint.score <= config.resolution.unhappyScore
  const endedSatisfied = isSatisfiedClose(last?.reading)

  const reasons = n === 0 ? [] : [...trajectoryReasons(traj, esc), ...eventReasons(ev, w)]
  const slaMinutes = conv.slaMinutes ?? config.sla.replyMinutes
  const waitMinutes = waitingSince === undefined ? 0 : Math.max(0, (now - waitingSince) / MINUTE)
  const pressingMinutes = pressingSince === undefined ? 0 : Math.max(0, (now - pressingSince) / MINUTE)
  const slaRatio = slaMinutes > 0 ? pressingMinutes / slaMinutes : 0
  const sla: Reason = { code: 'sla-breach', weight: w.slaBreach * Math.min(1, Math.max(0, slaRatio - 0.5)), detail: `waiting ${Math.round(pressingMinutes)} min against an SLA of ${slaMinutes} min` }
  reasons.push(sla)
  const escalation = noisyOr([fromMessages, sla.weight])
  const urgency = conversationUrgency(points.map((p) => p.reading), resolved)

  // Handoff: only when a bot is the one replying and the customer spoke after it; the same
  // evidence as escalation, at a lower bar, plus confusion with the bot.
  const handoffReasons: Reason[] = []
  if (lastReplyRole === 'bot' && last !== undefined && last.at >= lastReplyAt && !endedSatisfied) {
    const before = points[n - 2]
    const h = config.handoff
    const fr = emotion(last, 'frustration')
    const co = emotion(last, 'confusion')
    if (fr >= h.frustration && fr > emotion(before, 'frustration')) handoffReasons.push({ code: 'rising-frustration', weight: fr, detail: 'frustration is rising with the bot' })
    if (co >= h.confusion && co > emotion(before, 'confusion') - 0.05) handoffReasons.push({ code: 'confusion', weight: co, detail: 'the customer is confused by the bot' })
    if (has(last, 'human-request')) handoffReasons.push({ code: 'human-request', weight: 1, detail: 'the customer asked for a person' })
    if (ev.failed >= 0.5) handoffReasons.push({ code: 'failed-fix', weight: ev.failed, detail: "the bot's answer did not help" })
    if (escalation >= h.escalation) handoffReasons.push({ code: 'escalation', weight: escalation, detail: 'the conversation is escalating' })
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
    urgency: round3(urgency),
    endedSatisfied,
    waitMinutes: round3(waitMinutes),
    slaMinutes,
    repairs: norm.repairs,
  }
  const withCustomer = conv.customerId === undefined ? base : { ...base, customerId: conv.customerId }
  return waitingSince === undefined ? withCustomer : { ...withCustomer, waitingSince }
}
