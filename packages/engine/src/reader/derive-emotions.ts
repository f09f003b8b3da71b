import { isConcession, positiveOverNegative } from '../signals/positive-over-negative.js'
import type { Cue, Emotion, EmotionScores } from './reading.js'
import { EMOTIONS } from './reading.js'

/** The evidence emotion scores are derived from. */
export interface EmotionEvidence {
  readonly cues: readonly Cue[]
  /**
   * Strength of each cue toward its emotion, in the same order as `cues` (0 when none). A negation
   * with a negative strength ("no rush") takes back that share of the message's urgency.
   */
  readonly strengths: readonly number[]
  readonly probabilities: readonly [number, number, number]
  readonly intensity: number
  readonly questions: number
  /** Words in the message (a short question is an ask; a long post with a question is often a problem). */
  readonly words?: number
  readonly scale?: Partial<Record<Emotion, number>>
  /** Learned head outputs in EMOTIONS order (calibrated), when the model has heads. */
  readonly learned?: ArrayLike<number>
}


const INDEX = Object.fromEntries(EMOTIONS.map((e, i) => [e, i])) as Record<Emotion, number>
// How much a learned head counts against cue evidence: the heads were trained on Reddit, tweets and
// MOOC posts, not support messages, so they inform rather than decide.
const LEARNED_WEIGHT = 0.7

const [FRUSTRATION, ANGER, CONFUSION, URGENCY, SATISFACTION, GRATITUDE, DISAPPOINTMENT, SARCASM] = [0, 1, 2, 3, 4, 5, 6, 7]
// Time words are urgent when something is wrong ("a presentation in two hours and export is
// broken"); beside no problem they are often just talk of dates ("the deadline for quiz 2 is on
// Sunday"). On rated forum posts, full-strength time cues cut the correlation of urgency with the
// ratings from 0.66 (the head alone) to 0.45; counted at this share without a problem, 0.6.
const URGENCY_WITHOUT_PROBLEM = 0.45
// Concrete trouble that makes time words urgent. Deliberately narrower than detect-cues' "reports a
// problem" (any negative cue, which decides whether a lone "Great." is sarcasm): counting every
// negative cue here — stated feelings, grudging acceptance — cuts urgency's correlation with the
// forum ratings from 0.55 to 0.45 (validation, measured 2026-11-26).
const PROBLEM_KINDS = new Set(['issue-report', 'churn-threat', 'repeat-contact', 'human-request', 'profanity'])
// The sarcasm head, trained on tweets, gives every text a share of sarcasm (0.2-0.45 on "hi", a
// billing question, "Thanks, that fixed it!"), enough to make it the top emotion of a greeting.
// It counts in full only where sarcasm is possible at all: something good said about something bad.
const SARCASM_HEAD_ELSEWHERE = 0.25
// A question asks for an answer, not for speed: in a short message without a problem or a time
// word, the learned head (which reads "?" as urgent, as the forum posts it was fitted on do) is held
// to this ("low" to "medium" in the queue, never "high"). Long posts are left alone: a forum post
// that ends in a question is mostly a problem told at length, and its raters score it as urgent.
// MOOC forum urgency, validation Pearson (2026-12-05): no hold 0.550; held in every message 0.502;
// held in messages of at most 15/20/25/40 words 0.553/0.553/0.548/0.537. 20 was picked with
// that table in view, as a one-sentence ask; 15 to 25 give the same, so little rides on it.
const PLAIN_QUESTION_URGENCY = 0.35
/** Words up to which a question counts as a short ask. */
const SHORT_QUESTION_WORDS = 20
// Praise conceded before "but" ("I appreciate the quick reply, but…") keeps this much satisfaction.
const CONCEDED_SATISFACTION = 0.4
// Cues that make a message urgent again after an earlier "no rush".
const URGENT_AGAIN = new Set(['time-pressure', 'churn-threat'])

/**
 * Combines cue evidence and sentiment probabilities into a 0..1 score per emotion with a
 * noisy-OR: each piece of evidence can raise a score, none can lower another's, except that
 * grudging acceptance and sarcasm discount satisfaction and gratitude, praise conceded before a
 * "but" discounts satisfaction, and "no rush" or "not urgent" takes urgency back.
 */
export function deriveEmotions(ev: EmotionEvidence): EmotionScores {
  const [pNeg, , pPos] = ev.probabilities
  // keep[e] is the probability that no evidence so far shows emotion e (noisy-OR).
  const keep = [1, 1, 1, 1, 1, 1, 1, 1]
  const add = (e: number, p: number): void => {
    keep[e] = (keep[e] as number) * (1 - (p < 0 ? 0 : p > 1 ? 1 : p))
  }
  add(FRUSTRATION, 0.3 * pNeg)
  add(FRUSTRATION, 0.25 * pNeg * ev.intensity)
  add(ANGER, 0.12 * pNeg * ev.intensity)
  add(CONFUSION, Math.min(0.45, 0.25 * ev.questions))
  add(URGENCY, 0.15 * pNeg * ev.intensity)
  add(SATISFACTION, 0.55 * pPos)
  add(DISAPPOINTMENT, 0.2 * pNeg)
  // Learned heads are one more piece of evidence each; cues still add what the data sets lack.
  if (ev.learned !== undefined) {
    const sarcasmPossible = ev.cues.some((c) => c.kind === 'sarcasm') || positiveOverNegative(ev.cues, ev.probabilities)
    for (let e = 0; e < EMOTIONS.length; e++) {
      const v = ev.learned[e] as number
      // Urgency's head is a regression fitted to rated urgency, so it counts in full.
      add(e, e === URGENCY ? v : e === SARCASM && !sarcasmPossible ? SARCASM_HEAD_ELSEWHERE * LEARNED_WEIGHT * v : LEARNED_WEIGHT * v)
    }
  }
  let problem = pNeg > 0.5
  let timed = false
  // Where the message last turns urgent: a "no rush" before it is overruled.
  let urgentFrom = -1
  for (const c of ev.cues) {
    if (PROBLEM_KINDS.has(c.kind)) problem = true
    if (c.kind === 'time-pressure') timed = true
    if (URGENT_AGAIN.has(c.kind)) urgentFrom = Math.max(urgentFrom, c.start)
  }
  let damp = 1
  // How much urgency survives a "no rush" or "not urgent" (1: none said).
  let calm = 1
  for (let i = 0; i < ev.cues.length; i++) {
    const c = ev.cues[i] as Cue
    const s = ev.strengths[i] as number
    // A negation with a negative strength takes urgency back, unless the message turns urgent after it.
    if (c.kind === 'negation' && s < 0 && c.start >= urgentFrom) calm *= 1 + s
    if (c.emotion !== undefined && s > 0) {
      const e = INDEX[c.emotion]
      add(e, e === URGENCY && !problem ? URGENCY_WITHOUT_PROBLEM * s : s)
    }
    switch (c.kind) {
      case 'grudging-acceptance':
        damp *= 0.25
        add(DISAPPOINTMENT, 0.35)
        break
      case 'sarcasm':
        damp *= 0.15
        add(FRUSTRATION, 0.45)
        add(DISAPPOINTMENT, 0.3)
        break
      case 'churn-threat':
        add(URGENCY, 0.55)
        add(DISAPPOINTMENT, 0.4)
        break
      case 'explicit-emotion':
        if (c.emotion === 'anger') add(FRUSTRATION, 0.5)
        break
      case 'profanity':
        add(FRUSTRATION, 0.4)
        break
      case 'gratitude':
        add(SATISFACTION, 0.25)
        break
      case 'acknowledgement':
        // "Sure, that's okay" accepts without delight: technically positive, lukewarm.
        damp *= 0.6
        break
      case 'clipped-sentences':
        add(ANGER, 0.15)
        break
      case 'caps':
      case 'exclamation':
        if (pNeg > 0.5) add(ANGER, 0.1)
        break
      default:
        break
    }
  }
  const scale = ev.scale
  const fin = (e: number, damped: boolean, factor = 1): number => {
    let v = (1 - (keep[e] as number)) * factor
    if (damped) v *= damp
    if (scale !== undefined) v *= scale[EMOTIONS[e] as Emotion] ?? 1
    return Math.round((v < 0 ? 0 : v > 1 ? 1 : v) * 1000) / 1000
  }
  const urgency = 1 - (keep[URGENCY] as number)
  const plainQuestion = ev.questions > 0 && !problem && !timed && (ev.words ?? 0) <= SHORT_QUESTION_WORDS
  const urgencyFactor = calm * (plainQuestion && urgency > PLAIN_QUESTION_URGENCY ? PLAIN_QUESTION_URGENCY / urgency : 1)
  return {
    frustration: fin(FRUSTRATION, false),
    anger: fin(ANGER, false),
    confusion: fin(CONFUSION, false),
    urgency: fin(URGENCY, false, urgencyFactor),
    satisfaction: fin(SATISFACTION, true, isConcession(ev.cues) ? CONCEDED_SATISFACTION : 1),
    gratitude: fin(GRATITUDE, true),
    disappointment: fin(DISAPPOINTMENT, false),
    sarcasm: fin(SARCASM, false),
  }
}
