import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './analysis-config.js'
import type { ConversationInput } from './conversation-input.js'
import { type AlertDecision, type AlertState, decideAlert } from './decide-alert.js'
import { foldMessages } from './conversation-fold.js'
import { normalizeConversation } from './normalize-conversation.js'
import { type ConversationReading, finishConversation } from './read-conversation.js'
import { type Reason, noisyOr, rankReasons, round3 } from './reason.js'
import { type TrendDirection, weightedTrend } from './weighted-trend.js'
import { problemOverlap } from './problem-keys.js'

/** What the business knows about a customer. */
export interface CustomerProfile {
  readonly segment?: string
  readonly plan?: string
  /** Revenue or another value measure, in the unit of `customer.valueScale`. */
  readonly value?: number
}

export interface CustomerInput {
  readonly customerId: string
  readonly conversations: readonly ConversationInput[]
  readonly profile?: CustomerProfile
  /** Each language's usual lean in the workspace ({@link languageShifts}); absent: none. */
  readonly languageShifts?: Readonly<Record<string, number>>
}

/** One contact (conversation) in the customer's history. */
export interface Interaction {
  readonly conversationId: string
  readonly at: number
  /** Mean mood of the customer's messages in it: sentiment score lowered by frustration, anger and urgency. */
  readonly score: number
  readonly escalation: number
  readonly subject?: string
  /** The customer says in it that they are back ("I'm writing again", "third message about this"). */
  readonly saysBack?: boolean
  /** The contacts the customer says this one is ("This is my fourth time contacting you" 4), if they say. */
  readonly statedContacts?: number
  /** The customer's first word here was negative, or this contact threatens to leave. */
  readonly opensUnhappy?: boolean
  /** No satisfied close, a negative message in it and a last word that is not positive: the customer left it unsolved. */
  readonly leftUnresolved?: boolean
  /** What the customer named the problem by, hashed (references and distinctive words). */
  readonly problemKeys?: readonly string[]
}

export interface CustomerReading {
  readonly customerId: string
  /**
   * 0 (all recent messages very negative) .. 1 (all very positive); recent messages weigh more. Read
   * against the customer's language: `customer.languageShare` of its usual lean is taken out.
   */
  readonly health: number
  /** The language the customer mostly writes (of their conversations'), when known. */
  readonly language?: string
  /** How far this customer's language usually leans in the workspace (score units), before `languageShare`. */
  readonly languageShift: number
  /**
   * The customer's usual health: of their conversations before the latest one (at least three
   * messages). A low health that is their usual counts `customer.usualShare` toward churn risk.
   */
  readonly usualHealth?: number
  readonly trend: TrendDirection
  /** 0..1 chance-like risk of losing the customer, with reasons strongest first. */
  readonly churnRisk: number
  /** `churnRisk` scaled up for valuable customers; alerts use this. */
  readonly weightedRisk: number
  readonly reasons: readonly Reason[]
  /**
   * Contacts in the streak ending at the latest one, each within the repeat window of the next or
   * saying it is back; at least as many as the customer counts ("my fourth time contacting you" = 4).
   */
  readonly repeatContacts: number
  readonly interactions: readonly Interaction[]
  readonly conversations: readonly ConversationReading[]
  readonly alert: AlertDecision
}

const DAY = 86_400_000

/** One contact of the customer as read: its conversation reading and what the customer reading needs besides. */
export interface CustomerContact {
  readonly reading: ConversationReading
  /** Sum over the arc of each message's mood: its score lowered by frustration, anger and urgency (ConversationFold.moodSum). */
  readonly moodSum: number
  readonly subject?: string
  /** The language of the customer's first readable message in it. */
  readonly language?: string
}

/**
 * Reads a customer across their conversations: decayed health, deterioration across
 * interactions, repeat contacts in a window, churn risk with reasons weighted by customer value,
 * and an alert decision with hysteresis against the stored `alertState`. Pure; `now` is passed in.
 */
export function readCustomer(input: CustomerInput, now: number, config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG, alertState?: AlertState): CustomerReading {
  const contacts = input.conversations.map((c): CustomerContact => {
    const norm = normalizeConversation(c)
    const fold = foldMessages(norm.messages, config)
    const reading = finishConversation(fold, norm.input, norm.repairs, now, config)
    // As the server's stored state has it: the language of the first customer message read.
    const language = norm.messages.find((m) => m.role === 'customer' && m.internal !== true && m.reading !== undefined)?.reading?.language
    return { reading, moodSum: fold.moodSum, ...(c.subject === undefined ? {} : { subject: c.subject }), ...(language === undefined ? {} : { language }) }
  })
  return readCustomerContacts({ customerId: input.customerId, contacts, ...(input.profile === undefined ? {} : { profile: input.profile }), ...(input.languageShifts === undefined ? {} : { languageShifts: input.languageShifts }) }, now, config, alertState)
}

/**
 * {@link readCustomer} from conversations already read: what the server uses, since it keeps each
 * conversation's fold and need not read its messages again.
 */
export function readCustomerContacts(
  input: { customerId: string; contacts: readonly CustomerContact[]; profile?: CustomerProfile; languageShifts?: Readonly<Record<string, number>> },
  now: number,
  config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG,
  alertState?: AlertState,
): CustomerReading {
  const cc = config.customer
  const conversations = input.contacts.map((c) => c.reading)
  const language = mainLanguage(input.contacts)
  const languageShift = language === undefined ? 0 : (input.languageShifts?.[language] ?? 0)
  // Scores are read against the language's usual lean (part of it: a language's bad week still shows).
  const shift = languageShift * cc.languageShare
  const latestAt = Math.max(...input.contacts.map((c) => c.reading.arc[0]?.at ?? Number.NEGATIVE_INFINITY))
  const interactions: Interaction[] = []
  let sw = 0
  let sum = 0
  let usualSum = 0
  let usualCount = 0
  let churnThreat = 0
  for (const c of input.contacts) {
    const r = c.reading
    if (r.arc.length === 0) continue
    const earlier = (r.arc[0] as { at: number }).at < latestAt
    for (const p of r.arc) {
      const score = clampScore(p.score - shift)
      const w = 0.5 ** (Math.max(0, now - p.at) / (cc.healthHalfLifeDays * DAY))
      sw += w
      sum += w * score
      if (earlier) {
        usualSum += score
        usualCount++
      }
    }
    const at = (r.arc[0] as { at: number }).at
    const score = clampScore(c.moodSum / r.arc.length - shift)
    const back = r.reasons.some((x) => x.code === 'repeated-ask' && x.weight > 0)
    // Unhappy at the start: a negative first word, or a threat to leave ("Please tell me the exit fee").
    const opensUnhappy = (r.arc[0] as { label: string }).label === 'negative' || r.reasons.some((x) => x.code === 'churn-threat' && x.weight > 0)
    // Left unsolved: no satisfied close, a complaint in it, and a last word that is not positive.
    const leftUnresolved = !r.endedSatisfied && r.arc.some((p) => p.label === 'negative' || p.score <= COMPLAINT_SCORE) && (r.arc[r.arc.length - 1] as { label: string }).label !== 'positive'
    const interaction: Interaction = {
      conversationId: r.id,
      at,
      score,
      escalation: r.escalation,
      ...(back ? { saysBack: true } : {}),
      ...(r.statedContacts === undefined ? {} : { statedContacts: r.statedContacts }),
      ...(opensUnhappy ? { opensUnhappy } : {}),
      ...(leftUnresolved ? { leftUnresolved } : {}),
      ...(r.problemKeys === undefined || r.problemKeys.length === 0 ? {} : { problemKeys: r.problemKeys }),
    }
    interactions.push(c.subject === undefined ? interaction : { ...interaction, subject: c.subject })
    if (r.reasons.some((x) => x.code === 'churn-threat')) {
      const lastAt = (r.arc[r.arc.length - 1] as { at: number }).at
      churnThreat = Math.max(churnThreat, 0.5 ** (Math.max(0, now - lastAt) / (cc.healthHalfLifeDays * DAY)))
    }
  }
  interactions.sort((a, b) => a.at - b.at || (a.conversationId < b.conversationId ? -1 : 1))
  const health = sw > 0 ? (1 + sum / sw) / 2 : 0.5
  const usualHealth = usualCount >= USUAL_MIN_MESSAGES ? (1 + usualSum / usualCount) / 2 : undefined
  // Low health that is the customer's usual (a direct writer) counts `usualShare` of it; a fall below it counts in full.
  const deficit = clamp01((0.5 - health) / 0.5)
  const usualDeficit = usualHealth === undefined ? 0 : Math.min(deficit, clamp01((0.5 - usualHealth) / 0.5))
  const lowHealth = deficit - (1 - cc.usualShare) * usualDeficit
  const moods = interactions.map((i) => i.score)
  const trend = weightedTrend(moods, config.trend)
  // Across contacts the baseline matters too: "Hi there!" then, three contacts later, a demand.
  const fall = moods.length >= 2 ? (moods[0] as number) - (moods[moods.length - 1] as number) : 0
  const latest = interactions[interactions.length - 1]
  // A customer who left their latest contact satisfied ("Thanks, that fixed it") is not getting more
  // upset with each contact, however that contact's messages average against an earlier one's.
  // The conversation reading a contact came from.
  const readingOf = (i: Interaction | undefined) => (i === undefined ? undefined : conversations.find((c) => c.id === i.conversationId))
  const latestReading = readingOf(latest)
  const leftSatisfied = latestReading?.endedSatisfied === true
  // A repeat is a contact in the window about the same thing, as far as subjects are known.
  const sameSubject = (i: Interaction): boolean => i.subject === undefined || latest?.subject === undefined || i.subject === latest.subject
  const streak = latest === undefined ? { contacts: 0, counted: 0 } : streakOf(interactions.filter(sameSubject), cc)
  const repeatContacts = Math.max(streak.contacts, streak.counted)
  // Back again about the same thing and still unhappy: the third "fix the VAT number" need not be
  // harsher than the first complaint to be a customer running out of patience.
  // Two contacts do when the latest says so itself ("following up again", "still no refund").
  const saysBack = latestReading?.reasons.some((x) => (x.code === 'repeated-ask' || x.code === 'failed-fix') && x.weight > 0) === true
  const unhappyNow = latest !== undefined && latest.score <= cc.unhappyMood
  // Back often enough about one thing, the latest contact need only lean negative: patience wears
  // thin in calm words too ("Balance: 1,240. Receipts from five shops attached.").
  // Not after a contact the customer closed pleased: "Done, thanks!" then "Hello again! Is there a
  // way to…" is a customer back with a new question, not a chase.
  const previous = readingOf(interactions[interactions.length - 2])
  const previousPleased = previous !== undefined && (previous.endedSatisfied || previous.arc[previous.arc.length - 1]?.label === 'positive')
  const wearyNow = latest !== undefined && repeatContacts >= cc.persistContacts && latest.score < cc.persistMood && !previousPleased
  const persisting = (unhappyNow && (repeatContacts >= cc.persistContacts || (repeatContacts >= 2 && saysBack))) || wearyNow
  const falling = trend.direction === 'deteriorating' || fall >= config.trend.declineDrop || persisting
  // A fall that ends in a calm contact is no customer getting more upset: they are not upset.
  const direction: TrendDirection = falling ? (leftSatisfied || !(unhappyNow || wearyNow) ? 'stable' : 'deteriorating') : trend.direction
  const recent = interactions.filter((i) => now - i.at <= 30 * DAY)
  const maxEscalation = recent.reduce((m, i) => Math.max(m, i.escalation), 0)
  const unhappy = conversations.some((c) => c.resolvedButUnhappy && c.arc.length > 0 && now - (c.arc[c.arc.length - 1] as { at: number }).at <= 30 * DAY)
  const w = cc.weights
  const reasons: Reason[] = [
    { code: 'low-health', weight: w.lowHealth * lowHealth, detail: usualDeficit > 0 ? `health ${health.toFixed(2)}, usually ${(usualHealth as number).toFixed(2)}` : `health ${health.toFixed(2)}` },
    { code: 'deteriorating', weight: direction === 'deteriorating' ? w.deterioration * Math.min(1, Math.max(trend.drop, fall, -trend.slope, persisting ? -(latest as Interaction).score : 0)) : 0, detail: persisting && fall < config.trend.declineDrop && trend.direction !== 'deteriorating' ? `back ${repeatContacts} times about the same thing and still unhappy` : 'the customer is more upset with each contact' },
    { code: 'repeat-contacts', weight: w.repeatContacts * Math.min(1, Math.max(0, repeatContacts - 1) / 2), detail: streak.counted > streak.contacts ? `${repeatContacts} contacts about the same thing, by the customer's count` : `${repeatContacts} contacts about the same thing` },
    { code: 'churn-threat', weight: w.churnThreat * churnThreat, detail: 'threatened to cancel or switch' },
    { code: 'escalations', weight: w.escalations * maxEscalation, detail: 'a recent conversation is escalating' },
    { code: 'resolved-unhappy', weight: unhappy ? w.resolvedUnhappy : 0, detail: 'a conversation was closed with the customer still unhappy' },
  ]
  const churnRisk = noisyOr(reasons.map((r) => r.weight))
  const value = input.profile?.value
  const norm = value === undefined || !(value > 0) ? 0 : value / (value + cc.valueScale)
  const weightedRisk = Math.min(1, churnRisk * (1 + cc.valueWeight * norm))
  return {
    customerId: input.customerId,
    health: round3(health),
    ...(language === undefined ? {} : { language }),
    languageShift: round3(languageShift),
    ...(usualHealth === undefined ? {} : { usualHealth: round3(usualHealth) }),
    trend: direction,
    churnRisk: round3(churnRisk),
    weightedRisk: round3(weightedRisk),
    reasons: rankReasons(reasons),
    repeatContacts,
    interactions,
    conversations,
    alert: decideAlert(alertState, weightedRisk, now, config.alerts),
  }
}

/**
 * Contacts in the streak that ends at the latest one: each within `repeatWindowDays` of the next,
 * all within `repeatSpanDays` of the latest. A refund chased on the 1st, the 8th and the 10th is a
 * third contact though the first is nine days back; a customer who writes once a month is not
 * one long repeat. A contact in which the customer says they are back ("I'm writing again about my
 * bill", "same as last quarter") joins the one before it up to `repeatBackDays` back: a weekly chase
 * that slips past seven days, or a bill estimated again each quarter, is still the same chase, in the
 * customer's own words. Where every contact after it says so, the span does not end the streak: a
 * leak reported every three weeks, each time "again", is one chase.
 *
 * A contact that counts itself ("This is my fourth time contacting you") joins as many before it as
 * it counts, each up to `repeatBackDays` from the next: the customer's count, not our window, says
 * which contacts were about this. `counted` is the most contacts the customer's counts make of the
 * streak, which may be more than we have on record (a phone call, another inbox).
 *
 * A contact that names the problem as the chase after it did (a reference in common with any of
 * those contacts, "CLM-889231", or two distinctive words, "roaming" and "credit") joins it up to
 * `repeatBackDays` back; one that shares one distinctive word or amount ("refund", "$312.40") up to
 * `repeatRelatedDays`.
 *
 * A contact that opens unhappy after one the customer left unsolved joins it up to
 * `repeatUnresolvedDays` back: the chase goes on whether or not the customer says so, and like a
 * contact that says it is back it does not end the streak at the span.
 */
function streakOf(sorted: readonly Interaction[], cc: AnalysisConfig['customer']): { contacts: number; counted: number } {
  if (sorted.length === 0) return { contacts: 0, counted: 0 }
  const latest = sorted[sorted.length - 1] as Interaction
  let count = 1
  let next = latest
  let saidBackThroughout = true
  // Earlier contacts the counts of the streak so far still account for.
  let owed = Math.max(0, (latest.statedContacts ?? 0) - 1)
  let counted = latest.statedContacts ?? 0
  // What the chase has named the problem by so far, in any of its contacts that named it: the first
  // contact about a bill and the third may share its amount ("$312.40") while the second, about the
  // meter, shares a word with the third only. A contact joined only because the one after it said it
  // was back names nothing of the chase: past it, only the contact next to it counts ("Could you tell
  // me how to switch to paperless billing?" between two estimated bills ends the streak there).
  const chase: string[] = [...(latest.problemKeys ?? [])]
  let onTopic = true
  for (let i = sorted.length - 2; i >= 0; i--) {
    const at = (sorted[i] as Interaction).at
    const unresolved = next.opensUnhappy === true && (sorted[i] as Interaction).leftUnresolved === true
    // The same reference or distinctive words in both: the same problem, in the customer's own terms;
    // one distinctive word in common ("refund", "Carleton"): the same chase over a shorter gap.
    const overlap = problemOverlap(onTopic ? chase : next.problemKeys, (sorted[i] as Interaction).problemKeys)
    const same = overlap === 2
    const related = overlap === 1
    const gap = next.saysBack === true || owed > 0 || same ? cc.repeatBackDays : Math.max(cc.repeatWindowDays, unresolved ? cc.repeatUnresolvedDays : 0, related ? cc.repeatRelatedDays : 0)
    saidBackThroughout &&= next.saysBack === true || owed > 0 || unresolved || same
    // In whole days: the weekly box that is short again, written about at 19:05 a week after 18:20,
    // is a week later, not a week and 45 minutes (which broke the streak of three weekly contacts).
    if (Math.round((next.at - at) / DAY) > gap || (!saidBackThroughout && Math.round((latest.at - at) / DAY) > cc.repeatSpanDays)) break
    count++
    next = sorted[i] as Interaction
    onTopic &&= overlap > 0 || unresolved
    if (onTopic) for (const k of next.problemKeys ?? []) if (!chase.includes(k)) chase.push(k)
    owed = Math.max(owed - 1, (next.statedContacts ?? 0) - 1)
    counted = Math.max(counted, count - 1 + (next.statedContacts ?? 0))
  }
  return { contacts: count, counted }
}

// A message this low is a complaint though the label says neutral ("the corrected bill hasn't arrived" reads -0.31).
const COMPLAINT_SCORE = -0.3

// Earlier messages a usual level needs: fewer say little about how this customer writes.
const USUAL_MIN_MESSAGES = 3

const clamp01 = (x: number): number => (x > 1 ? 1 : x > 0 ? x : 0)
const clampScore = (x: number): number => (x > 1 ? 1 : x < -1 ? -1 : x)

/** The language of most of the customer's conversations (the latest one's on a tie), if any is known. */
function mainLanguage(contacts: readonly CustomerContact[]): string | undefined {
  const count = new Map<string, number>()
  let best: string | undefined
  let bestCount = 0
  const byTime = [...contacts].sort((a, b) => (a.reading.arc[0]?.at ?? 0) - (b.reading.arc[0]?.at ?? 0))
  for (const c of byTime) {
    if (c.language === undefined || c.language === 'und') continue
    const k = (count.get(c.language) ?? 0) + 1
    count.set(c.language, k)
    if (k >= bestCount) {
      best = c.language
      bestCount = k
    }
  }
  return best
}
