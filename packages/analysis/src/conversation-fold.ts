/**
 * The conversation reading as a fold over the customer's and agents' messages in time order: all
 * it carries from one message to the next is a small state, so a stored conversation can take a new
 * message without its history being read again. `readConversation` is this fold run over every
 * message; the server keeps the state and folds in what arrives, and both give the same reading.
 */
import type { CueKind } from '@undertone/engine'
import type { AnalysisConfig } from './analysis-config.js'
import type { MessageReading } from './conversation-input.js'
import { customerTrajectory, messageNegativity, strainOf } from './customer-trajectory.js'
import { closesDeadline, isCourtesyOnly, isGoodbye, isPlainReply, isReadable, isSatisfiedClose, isUntroubled, namesProblem, takesStep } from './customer-turn.js'
import { eventReasons, trajectoryWeight } from './escalation-parts.js'
import type { TimedMessage } from './normalize-conversation.js'
import { noisyOr } from './reason.js'
import type { ArcPoint } from './read-conversation.js'

/** The event evidence of the customer's messages so far, each 0..1 (repeated asks count up), before the wait is added. */
export interface EscalationEvents {
  failed: number
  asks: number
  human: number
  churn: number
}

/**
 * Everything the conversation reading needs from the messages folded so far. Plain JSON (no
 * `undefined` that matters, no infinities), so it can be stored and read back exactly.
 */
export interface ConversationFold {
  /** Agent or bot replies since the last customer point. */
  replies: number
  lastReplyAt?: number
  lastReplyRole?: 'agent' | 'bot'
  waitingSince?: number
  pressingSince?: number
  replySeen: boolean
  /** The reading of the latest point (readable customer message) and of the one before it. */
  last?: MessageReading
  lastAt?: number
  before?: MessageReading
  events: EscalationEvents
  negativities: number[]
  fromMessages: number
  trendScores: number[]
  openUrgency: number
  /** A customer message named a deadline (a time-pressure cue) that no later one said was met. */
  deadlineOpen?: boolean
  /**
   * The urgency and deadline the latest message set aside by saying the problem is solved. A message
   * after it still waiting on the outcome ("…so fingers crossed they get to it") takes the praise back
   * ("Thank you, that's very helpful."), and they are open again.
   */
  setAside?: { readonly urgency: number; readonly deadline: boolean }
  arc: ArcPoint[]
  /** Sum over the arc of each message's mood (score lowered by strain): the customer reading's per-contact mood. */
  moodSum: number
  /** Customer messages seen, readable or not. */
  customerMessages: number
  /** Whether a fix has failed in this conversation (a failed-fix event, before it faded); absent in older stored folds. */
  failedFix?: boolean
  /**
   * Whether the customer's latest word leaves them satisfied: a satisfied close, or a goodbye after one
   * ("Will do, have a good evening."). Absent in older stored folds (then the latest message decides).
   */
  closedSatisfied?: boolean
  /**
   * The score of a plain reply held at the complaint before it ("ok. let me know." after "Still 403"):
   * it stands for the trend only while it is the latest word; the next message puts it back.
   */
  heldReply?: number
  /** The most contacts the customer said this conversation is ("my fourth time contacting you"); absent when none said. */
  statedContacts?: number
  /** What the customer's messages name the problem by, hashed, each once (at most PROBLEM_KEYS). */
  problemKeys?: string[]
}

// Problem keys a conversation keeps: the first messages name the problem.
const PROBLEM_KEYS = 48

// Cues that are escalation events in their own right: a message carrying one is never an improvement.
const EVENT_CUES: readonly CueKind[] = ['repeat-contact', 'human-request', 'churn-threat']

function has(r: MessageReading, cue: CueKind): boolean {
  return r.cues?.includes(cue) === true
}

/** A fold over no messages. */
export function emptyConversationFold(): ConversationFold {
  return { replies: 0, replySeen: false, events: { failed: 0, asks: 0, human: 0, churn: 0 }, negativities: [], fromMessages: 0, trendScores: [], openUrgency: 0, arc: [], moodSum: 0, customerMessages: 0 }
}

/** A deep copy, so a stored state can be folded further without changing it. */
export function copyConversationFold(f: ConversationFold): ConversationFold {
  return { ...f, events: { ...f.events }, negativities: [...f.negativities], trendScores: [...f.trendScores], arc: [...f.arc], ...(f.problemKeys === undefined ? {} : { problemKeys: [...f.problemKeys] }) }
}

// A detail said again ("No, 6:30.") is half an ask made again: one correction is ordinary, a second
// soon after weighs like a repeated ask.
const RESTATED_ASK = 0.5

// Urgency up to the reader's hold on a plain question ("How do I add a logo?" reads 0.35) asks for
// an answer, not for speed: only what is above it strains the customer's mood.
const QUESTION_URGENCY = 0.35

/** A message's mood for the customer reading: its score pulled down by frustration, anger and pressing urgency. */
function moodOf(r: MessageReading): number {
  const e = r.emotions
  const pressing = Math.max(0, ((e?.urgency ?? 0) - QUESTION_URGENCY) / (1 - QUESTION_URGENCY))
  const strain = e === undefined ? 0 : Math.max(e.frustration ?? 0, e.anger ?? 0, 0.7 * pressing)
  return Math.max(-1, r.score - 0.5 * strain)
}

/**
 * Folds one more message (later than every message folded so far, internal notes already left
 * out) into `f`, in place. Escalation as described on `readConversation`: event signals fade by
 * `signalDecay` per later customer message, and a message no worse than the one before it never
 * raises the score.
 */
export function foldMessage(f: ConversationFold, m: TimedMessage, config: AnalysisConfig): void {
  const esc = config.escalation
  if (m.role === 'agent' || m.role === 'bot') {
    f.replies++
    f.replySeen = true
    f.lastReplyAt = m.at
    f.lastReplyRole = m.role
    delete f.waitingSince
    delete f.pressingSince
    return
  }
  if (m.role !== 'customer') return
  f.customerMessages++
  const r = m.reading
  // A goodbye after a satisfied close keeps the customer satisfied: nobody is waiting on it. Thanks
  // alone while a deadline is open is courtesy: "ok thank you!! fingers crossed" after "the concert is
  // TONIGHT" leaves the customer waiting, and the queue must keep them up (it ranked 29th of 50).
  const courtesyWhileOpen = f.openUrgency >= 0.5 && isCourtesyOnly(r)
  const satisfied = (isSatisfiedClose(r) && !courtesyWhileOpen) || (f.closedSatisfied === true && isGoodbye(r))
  if (!satisfied && !takesStep(r)) f.waitingSince ??= m.at
  if (r === undefined || !isReadable(r)) return
  f.closedSatisfied = satisfied
  const pr = f.last
  // The escalation clock starts only on a readable message that is not an improvement and not a
  // satisfied close: a happier "thanks, that worked" does not make a conversation more urgent.
  const improvement = pr !== undefined && r.score >= pr.score && strainOf(r) <= strainOf(pr) && !EVENT_CUES.some((c) => has(r, c))
  if (!improvement && !satisfied) f.pressingSince ??= m.at
  const ev = f.events
  ev.failed *= esc.signalDecay
  ev.asks *= esc.signalDecay
  ev.human *= esc.signalDecay
  ev.churn *= esc.signalDecay
  const repeat = has(r, 'repeat-contact')
  const fell = pr !== undefined && r.score <= pr.score - esc.failedFixDrop
  // A fault reported after the customer said they would try the step ("Ok, running the verify now.")
  // is the step failing, however little the score fell: "Stuck at 87%. Exactly the same."
  const triedStep = pr !== undefined && has(pr, 'acknowledgement')
  // After a step tried, sarcasm tells the failure as well as a fault report does: "Same endless spinner…
  // At this rate I'll be sending it by carrier pigeon."
  if (f.replySeen && r.score < 0 && (repeat || ((fell || triedStep) && has(r, 'issue-report')) || (triedStep && has(r, 'sarcasm')))) {
    ev.failed = 1
    f.failedFix = true
  }
  if (repeat) ev.asks += 1
  else if (has(r, 'restated-ask')) ev.asks += RESTATED_ASK
  if (r.statedContacts !== undefined && r.statedContacts > (f.statedContacts ?? 0)) f.statedContacts = r.statedContacts
  if (r.problemKeys !== undefined && (f.problemKeys?.length ?? 0) < PROBLEM_KEYS) {
    const keys = f.problemKeys ?? []
    for (const k of r.problemKeys) if (keys.length < PROBLEM_KEYS && !keys.includes(k)) keys.push(k)
    f.problemKeys = keys
  }
  if (has(r, 'human-request')) ev.human = 1
  if (has(r, 'churn-threat')) ev.churn = 1
  f.negativities.push(messageNegativity(r, esc.trajectory))
  const traj = customerTrajectory(f.negativities, esc.trajectory)
  // A thank-you while a deadline is open is courtesy, not recovery: the trend holds its level. A
  // goodbye after a satisfied close is no fall either ("Thanks so much for sorting that out." then
  // "Will do, have a good evening."). A plain "ok. let me know." after a complaint still open ("Still
  // 403 on reports.") acknowledges the agent's next step; it is no recovery.
  if (f.heldReply !== undefined) {
    f.trendScores[f.trendScores.length - 1] = f.heldReply
    delete f.heldReply
  }
  const lastScore = f.trendScores[f.trendScores.length - 1]
  // Nor is a calmer message while a deadline the customer named is still open and nothing says it was met: "Is there
  // any workaround?", "Ok thanks. Please hurry, we really can't miss this." after "payroll has to go
  // out at 5pm today and it won't connect" (five of six such threads of round 60 read "improving").
  // It holds for good, not only while it is the latest word.
  // A question while the deadline is open asks what is still missing ("Okay, the projector is good news. If the
  // mics don't come through, is there any fallback?"): no recovery either.
  const closes = closesDeadline(r)
  const openHold = lastScore !== undefined && f.deadlineOpen === true && f.openUrgency >= 0.5 && !closes && (isCourtesyOnly(r) || r.label !== 'positive' || has(r, 'question'))
  const acknowledged = !openHold && lastScore !== undefined && lastScore < 0 && isPlainReply(r) && namesProblem(pr) && r.score > lastScore
  if (acknowledged) f.heldReply = r.score
  const held =
    lastScore === undefined ? r.score
    : openHold ? Math.min(r.score, lastScore)
    : acknowledged ? lastScore
    // The problem still named in a neutral message is no recovery: "ok how long will that take? doors
    // open at 7" after "my tickets just disappeared" keeps the level of the complaint. (A complaint
    // still negative counts at its own level: the trend of a failed fix is in those.)
    : lastScore < 0 && r.score > lastScore && r.label === 'neutral' && namesProblem(r) && namesProblem(pr) ? lastScore
    : isSatisfiedClose(pr) && isUntroubled(r) ? Math.max(r.score, lastScore)
    : r.score
  f.trendScores.push(held)
  if (closes) {
    f.setAside = { urgency: Math.max(f.setAside?.urgency ?? 0, f.openUrgency), deadline: f.deadlineOpen === true || f.setAside?.deadline === true }
    f.openUrgency = r.emotions?.urgency ?? 0
    f.deadlineOpen = has(r, 'time-pressure')
  } else {
    f.openUrgency = Math.max(f.openUrgency, r.emotions?.urgency ?? 0)
    f.deadlineOpen = f.deadlineOpen === true || has(r, 'time-pressure')
    if (f.setAside !== undefined && has(r, 'awaiting')) {
      f.openUrgency = Math.max(f.openUrgency, f.setAside.urgency)
      f.deadlineOpen ||= f.setAside.deadline
    }
    delete f.setAside
  }
  const raw = noisyOr([trajectoryWeight(traj, esc), ...eventReasons(ev, esc.weights).map((x) => x.weight)]) * (satisfied ? esc.satisfiedDamping : 1)
  f.fromMessages = improvement ? Math.min(f.fromMessages, raw) : raw
  f.arc.push({ messageId: m.id, at: m.at, score: r.score, label: r.label, repliesBefore: f.replies })
  f.moodSum += moodOf(r)
  if (f.last !== undefined) f.before = f.last
  f.last = r
  f.lastAt = m.at
  f.replies = 0
}

/** The fold of messages in conversation order (normalized: internal notes out), from nothing. */
export function foldMessages(messages: readonly TimedMessage[], config: AnalysisConfig): ConversationFold {
  const fold = emptyConversationFold()
  for (const m of messages) foldMessage(fold, m, config)
  return fold
}
