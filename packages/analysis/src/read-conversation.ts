import type { Emotion, SentimentLabel } from '@undertone/engine'
import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './analysis-config.js'
import { type ConversationFold, foldMessages } from './conversation-fold.js'
import type { ConversationInput, MessageReading } from './conversation-input.js'
import { customerTrajectory } from './customer-trajectory.js'
import { isSatisfiedClose } from './customer-turn.js'
import { eventReasons, trajectoryReasons } from './escalation-parts.js'
import { type NormalizedConversation, type Repair, normalizeConversation } from './normalize-conversation.js'
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
  /** The most contacts the customer said this one is ("This is my fourth time contacting you" 4), if they said. */
  readonly statedContacts?: number
  /** What the customer named the problem by, hashed: references and distinctive words ({@link problemKeys}). */
  readonly problemKeys?: readonly string[]
}

const MINUTE = 60_000

function emotion(r: MessageReading | undefined, e: Emotion): number {
  return r?.emotions?.[e] ?? 0
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
  return finishConversation(foldMessages(norm.messages, config), norm.input, norm.repairs, now, config)
}

/** What the conversation reading takes from the conversation itself, besides its messages. */
export type ConversationHeader = Pick<ConversationInput, 'id' | 'customerId' | 'status' | 'slaMinutes'>

/**
 * The conversation reading at `now` from the fold of its messages: the trend, the escalation score
 * with the wait added, the urgency and the handoff signal. Pure; does not change `f`.
 */
export function finishConversation(f: ConversationFold, conv: ConversationHeader, repairs: readonly Repair[], now: number, config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG): ConversationReading {
  const esc = config.escalation
  const w = esc.weights
  const arc = f.arc
  const ev = f.events
  const traj = customerTrajectory(f.negativities, esc.trajectory)
  const waitingSince = f.waitingSince
  const pressingSince = f.pressingSince
  const fromMessages = f.fromMessages
  const n = arc.length
  const first = arc[0]
  const lastPoint = arc[n - 1]
  // A fix that failed, and a customer now unhappy and no happier than at the start, by score or by
  // strain: the conversation went wrong even when the scores barely moved ("Done. Same error." after
  // an opening that was already negative; "two fixes that did nothing… I'm running out of patience"
  // after a flat report of the fault).
  const negs = f.negativities
  // Or the fall came at the last step, after the fix was tried: "Ok, trying that now." then "Stuck at 87%.
  // Exactly the same." is a conversation going wrong however angry its first message was.
  const beforeLast = arc[n - 2]
  const noHappier =
    first !== undefined &&
    lastPoint !== undefined &&
    (lastPoint.score <= first.score || (negs[negs.length - 1] as number) >= (negs[0] as number) || (beforeLast !== undefined && lastPoint.score <= beforeLast.score - esc.failedFixDrop))
  // The last word is the failure itself (its signal not yet faded): the conversation's latest move is down.
  const failedLast = ev.failed >= 1
  const failedAndNoBetter = f.failedFix === true && lastPoint !== undefined && lastPoint.score < 0 && (noHappier || failedLast)
  const scored = weightedTrend(f.trendScores, config.trend)
  const trend: Trend = failedAndNoBetter && scored.direction !== 'deteriorating' ? { ...scored, direction: 'deteriorating' } : scored
  const resolutionDelta = n >= 2 && first !== undefined && lastPoint !== undefined ? lastPoint.score - first.score : 0
  const resolved = conv.status === 'resolved' || conv.status === 'closed'
  const resolvedButUnhappy = resolved && lastPoint !== undefined && lastPoint.score <= config.resolution.unhappyScore
  const endedSatisfied = f.closedSatisfied ?? isSatisfiedClose(f.last)

  const reasons = n === 0 ? [] : [...trajectoryReasons(traj, esc), ...eventReasons(ev, w)]
  const slaMinutes = conv.slaMinutes ?? config.sla.replyMinutes
  const waitMinutes = waitingSince === undefined ? 0 : Math.max(0, (now - waitingSince) / MINUTE)
  const pressingMinutes = pressingSince === undefined ? 0 : Math.max(0, (now - pressingSince) / MINUTE)
  const slaRatio = slaMinutes > 0 ? pressingMinutes / slaMinutes : 0
  const sla: Reason = { code: 'sla-breach', weight: w.slaBreach * Math.min(1, Math.max(0, slaRatio - 0.5)), detail: `waiting ${Math.round(pressingMinutes)} min against an SLA of ${slaMinutes} min` }
  reasons.push(sla)
  const escalation = noisyOr([fromMessages, sla.weight])
  // The highest urgency since the customer last said it was solved (conversationUrgency, folded).
  const urgency = resolved ? 0 : f.openUrgency

  // Handoff: only when a bot is the one replying and the customer spoke after it; the same
  // evidence as escalation, at a lower bar, plus confusion with the bot.
  const handoffReasons: Reason[] = []
  const last = f.last
  if (f.lastReplyRole === 'bot' && last !== undefined && (f.lastAt as number) >= (f.lastReplyAt as number) && !endedSatisfied) {
    const before = f.before
    const h = config.handoff
    const fr = emotion(last, 'frustration')
    const co = emotion(last, 'confusion')
    if (fr >= h.frustration && fr > emotion(before, 'frustration')) handoffReasons.push({ code: 'rising-frustration', weight: fr, detail: 'frustration is rising with the bot' })
    if (co >= h.confusion && co > emotion(before, 'confusion') - 0.05) handoffReasons.push({ code: 'confusion', weight: co, detail: 'the customer is confused by the bot' })
    if (last.cues?.includes('human-request') === true) handoffReasons.push({ code: 'human-request', weight: 1, detail: 'the customer asked for a person' })
    if (ev.failed >= 0.5) handoffReasons.push({ code: 'failed-fix', weight: ev.failed, detail: "the bot's answer did not help" })
    if (escalation >= h.escalation) handoffReasons.push({ code: 'escalation', weight: escalation, detail: 'the conversation is escalating' })
  }
  const base = {
    id: conv.id,
    arc: [...arc],
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
    repairs,
  }
  const withCustomer = conv.customerId === undefined ? base : { ...base, customerId: conv.customerId }
  const withCounted = f.statedContacts === undefined ? withCustomer : { ...withCustomer, statedContacts: f.statedContacts }
  const withStated = f.problemKeys === undefined ? withCounted : { ...withCounted, problemKeys: [...f.problemKeys] }
  return waitingSince === undefined ? withStated : { ...withStated, waitingSince }
}
