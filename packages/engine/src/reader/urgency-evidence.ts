// What a message's urgency is read from: its evidence summarised for `fuseUrgency`.
import type { EmotionEvidence } from './derive-emotions.js'
import { EMOTIONS } from './reading.js'

/** A message's evidence of urgency, summarised: the inputs of `fuseUrgency`. */
export interface UrgencyEvidence {
  /** The learned urgency head (0..1), when the model has heads. */
  readonly head: number | undefined
  /** The strength (0..1) of each time-pressure cue: deadlines, outages, "urgent". */
  readonly deadlines: readonly number[]
  /** The strength of each other cue that speaks for urgency ("worried", "desperate"). */
  readonly worries: readonly number[]
  /** Churn threats ("we will cancel"). */
  readonly churnThreats: number
  /** Concrete trouble: an issue report, a churn threat, a repeat contact, a call for a human, profanity, or P(negative) over 0.5. */
  readonly problem: boolean
  /** P(negative) × intensity (0..1). */
  readonly negativity: number
  /** A question of at most `SHORT_QUESTION_WORDS` words with no problem and no time word: an ask. */
  readonly plainQuestion: boolean
  /** Words in the message. */
  readonly words: number
  /** A deadline with what rides on it said (`statesStakes`): what the message is about. */
  readonly stakes: boolean
  /** How much urgency survives a "no rush" or "not urgent" that nothing urgent follows (1: none said). */
  readonly calm: number
  /** Written as mail (a greeting, a sign-off): its deadlines are what it is about at greater length. */
  readonly mail?: boolean
  /** A deadline falls on the day itself ("confirm by 4pm today", "before 6 tonight", "by 2pm"): it presses as two do. */
  readonly sameDay?: boolean
}

const URGENCY = EMOTIONS.indexOf('urgency')
// Concrete trouble that makes time words urgent. Deliberately narrower than detect-cues' "reports a
// problem" (any negative cue, which decides whether a lone "Great." is sarcasm): counting every
// negative cue here — stated feelings, grudging acceptance — cut urgency's correlation with the
// forum ratings from 0.55 to 0.45 (validation, measured 2026-11-26).
const PROBLEM_KINDS = new Set(['issue-report', 'churn-threat', 'repeat-contact', 'human-request', 'profanity'])
// A deadline's words that put it on the day itself, an hour said with no day included ("by 2pm").
const SAME_DAY = /\b(today|tonight|\d{1,2}(:\d\d)?\s?(am|pm))\b/i
// Cues that make a message urgent again after an earlier "no rush".
const URGENT_AGAIN = new Set(['time-pressure', 'churn-threat'])
// Words up to which a question counts as a short ask: the hold on plain questions (fuseUrgency)
// applies up to here. Long posts are left alone: a forum post that ends in a question is mostly a
// problem told at length, and its raters score it as urgent. MOOC forum urgency, validation
// Pearson under the old fusion (2026-12-05): no hold 0.550; held in every message 0.502; held in
// messages of at most 15/20/25/40 words 0.553/0.553/0.548/0.537. 20 was picked with that table in
// view, as a one-sentence ask; 15 to 25 give the same, so little rides on it.
const SHORT_QUESTION_WORDS = 20
// A question written as mail, signed off with a name ("Hi, does the premium plan include cloud
// backup…? … Thanks, Rina"), is an ask up to here. The forum posts the limit above was set on sign off
// with "Thanks!" or a redacted name: MOOC validation stays 0.6504 with this (0.6461 when any closing
// thanks counted; 0.641 for a plain limit of 30 words).
const MAIL_QUESTION_WORDS = 50

/** True when a deadline cue puts it on the day itself ("by 4pm today", "before 6 tonight", "by 2pm"). */
export function isSameDay(c: { readonly text: string }): boolean {
  return SAME_DAY.test(c.text)
}

/**
 * Summarises the evidence `deriveEmotions` receives into what urgency is fused from. A
 * negation with a negative strength ("no rush") takes urgency back unless the message turns urgent
 * after it ("No rush on the logo, but checkout is down").
 */
export function urgencyEvidence(ev: EmotionEvidence): UrgencyEvidence {
  const [pNeg] = ev.probabilities
  let problem = pNeg > 0.5
  let timed = false
  let urgentFrom = -1
  let churnThreats = 0
  for (const c of ev.cues) {
    if (PROBLEM_KINDS.has(c.kind)) problem = true
    if (c.kind === 'time-pressure') timed = true
    if (c.kind === 'churn-threat') churnThreats++
    if (URGENT_AGAIN.has(c.kind)) urgentFrom = Math.max(urgentFrom, c.start)
  }
  const deadlines: number[] = []
  const worries: number[] = []
  let calm = 1
  for (let i = 0; i < ev.cues.length; i++) {
    const c = ev.cues[i] as EmotionEvidence['cues'][number]
    const s = ev.strengths[i] as number
    if (c.kind === 'negation' && s < 0 && c.start >= urgentFrom) calm *= 1 + s
    if (c.emotion !== 'urgency' || s <= 0) continue
    ;(c.kind === 'time-pressure' ? deadlines : worries).push(s > 1 ? 1 : s)
  }
  const words = ev.words ?? 0
  return {
    head: ev.learned === undefined ? undefined : (ev.learned[URGENCY] as number),
    deadlines,
    worries,
    churnThreats,
    problem,
    negativity: pNeg * ev.intensity,
    plainQuestion: ev.questions > 0 && !problem && !timed && (words <= SHORT_QUESTION_WORDS || (ev.signedOff === true && words <= MAIL_QUESTION_WORDS)),
    words,
    stakes: ev.stakes === true,
    calm,
    mail: ev.mail === true,
    sameDay: ev.cues.some((c) => c.kind === 'time-pressure' && isSameDay(c)),
  }
}
