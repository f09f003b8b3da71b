// How the reader's urgency is fused from the learned urgency head and the cue evidence.
import type { UrgencyEvidence } from './urgency-evidence.js'

/** The weights of {@link fuseUrgency}. */
export interface UrgencyWeights {
  /** How the head and the cues combine: noisy-OR (`head + (1 − head) · cues`) or the larger of the two. */
  readonly base: 'noisy-or' | 'max'
  /**
   * A monotone rescale of the head before fusing: a head at or below `headFloor` reads 0, at or
   * above `headCeiling` reads `headTop`, linear between (0, 1, 1: as calibrated).
   */
  readonly headFloor: number
  readonly headCeiling: number
  readonly headTop: number
  /** Share of each time-pressure cue's strength counted beside a problem, and without one. */
  readonly deadline: number
  readonly deadlineAlone: number
  /** Share of each stated worry's strength ("I'm worried", "desperate") counted. */
  readonly worry: number
  /**
   * Words up to which time pressure and worry count in full, without a problem and beside one;
   * in a longer message they count `(limit / words) ^ lengthPower` of that (power 0: length ignored).
   */
  readonly lengthWords: number
  readonly lengthWordsProblem: number
  readonly lengthPower: number
  /** What one churn threat adds. */
  readonly churn: number
  /** Share of P(negative) × intensity counted. */
  readonly negativity: number
  /** The most a plain short question reads. */
  readonly plainQuestion: number
  /**
   * Time-pressure cues from which a message is about time, not a deadline in passing: its deadlines
   * count as beside a problem, in share and in length.
   */
  readonly pressingDeadlines: number
  /** Words up to which such a message is about time; a longer post names its deadlines in passing. */
  readonly pressingWords: number
  /** The same for a message written as mail (a greeting, a sign-off), which says more around its deadlines. */
  readonly pressingMailWords: number
}

/**
 * The weights the reader uses. Chosen by 5-fold cross-validation on the MOOC forum urgency TRAIN
 * split, with out-of-fold urgency heads, among the candidates that keep every support fixture and
 * do not move support tweets from "medium" down to "low" (`research/exp-urgency-fusion.ts`;
 * figures and protocol in docs/reader-accuracy.md). On train, out of fold: r 0.699, the head
 * alone 0.695, the old reader 0.623. Why:
 * - `base` max: the strongest piece of evidence decides, so a time word does not stack on a head
 *   that already read the same words (noisy-OR at best: r 0.697).
 * - `headFloor` / `headCeiling` / `headTop`: the head, fitted to forum ratings, reads 1.6 × head
 *   − 0.16 between 0 and 0.8; the top of the scale takes cue evidence (the head as calibrated:
 *   r 0.689 at best).
 * - `deadline` / `deadlineAlone`: set by the fixtures more than by the forum. A deadline beside a
 *   problem must reach 0.7 ("I have a presentation in two hours and the export isn't working"),
 *   "Checkout is down and we launch tomorrow" (an outage said as time pressure, no issue-report
 *   cue) 0.6, and "I need the invoice by Friday for our records" stay under 0.5.
 * - `lengthWords` / `lengthWordsProblem` / `lengthPower`: forum posts that mention a deadline,
 *   "critical" or "immediately" in passing are rated like any other post; counting those words in
 *   full was what cost the old fusion most. A time word with no problem beside it counts in full
 *   up to 10 words; beside a problem, up to 60, so support mail of a few sentences keeps its
 *   deadline (fixtures of 47 and 61 words read ≥ 0.7). Length ignored: r 0.683; a time word beside
 *   a problem counted in full at any length: r 0.690.
 * - `worry`, `churn`, `negativity`: little rides on them (±0.002); no forum post has a churn threat.
 */
export const URGENCY_WEIGHTS: UrgencyWeights = {
  base: 'max',
  headFloor: 0.1,
  headCeiling: 0.6,
  headTop: 0.8,
  deadline: 0.85,
  deadlineAlone: 0.45,
  worry: 0.7,
  lengthWords: 10,
  lengthWordsProblem: 60,
  lengthPower: 1,
  churn: 0.55,
  negativity: 0.15,
  // A question asks for an answer, not for speed: a short one without a problem or a time word is
  // held here ("low" to "medium" in the queue, never "high"). The head reads "?" as urgent, as the
  // forum posts it was fitted on do.
  plainQuestion: 0.35,
  // A polite message that presses time twice ("Could you confirm the change before 6pm today? My
  // train leaves early tomorrow.") is urgent though nothing is broken: it is what the message is
  // about. Set by the support fixtures (2026-12-06), with MOOC validation read before and after:
  // with no length bound, one 83-word forum post discussing "deadlines", rated 1, read 0.78 (Pearson
  // 0.652 → 0.641); bounded at 40 words nothing there moves.
  pressingDeadlines: 2,
  pressingWords: 40,
  // Polite mail says more around its deadlines: "Good afternoon. Our accountant has asked for the
  // final tax summary before she files on our behalf, and her cut-off is 5pm on Friday. I'd be very
  // grateful if you could make it available before then. Thank you for your help." (50 words) read
  // 0.16. Forum posts rarely open on a greeting and close on thanks both; MOOC validation: see
  // docs/reader-accuracy.md.
  pressingMailWords: 80,
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x)

/**
 * A message's urgency (0..1) from its learned head and cue evidence, before any domain scale.
 * Monotone in the head and in every cue's strength; only a "no rush" (`calm`) and the hold on
 * plain questions lower it.
 *
 * @example
 * // "I have a presentation in two hours and the export isn't working": head 0.2, one time cue, a problem
 * fuseUrgency({ head: 0.2, deadlines: [0.85], worries: [], churnThreats: 0, problem: true, negativity: 0, plainQuestion: false, words: 13, stakes: false, calm: 1 }) // 0.7225 (the cues; the head reads 0.16)
 */
export function fuseUrgency(u: UrgencyEvidence, w: UrgencyWeights = URGENCY_WEIGHTS): number {
  const head = u.head === undefined ? 0 : w.headTop * clamp01((u.head - w.headFloor) / (w.headCeiling - w.headFloor))
  // Above the limit a time word is one detail of a long post, not what the message is about.
  const pressing = u.problem || ((u.deadlines.length >= w.pressingDeadlines || u.sameDay === true || (u.stakes && u.deadlines.length > 0)) && u.words <= (u.mail === true ? w.pressingMailWords : w.pressingWords))
  const limit = pressing ? w.lengthWordsProblem : w.lengthWords
  const share = w.lengthPower === 0 || u.words <= limit ? 1 : (limit / u.words) ** w.lengthPower
  // The cues among themselves: noisy-OR, each one more independent piece of evidence.
  let keep = (1 - clamp01(w.churn)) ** u.churnThreats * (1 - clamp01(w.negativity * u.negativity))
  const perDeadline = (pressing ? w.deadline : w.deadlineAlone) * share
  for (const s of u.deadlines) keep *= 1 - clamp01(perDeadline * s)
  for (const s of u.worries) keep *= 1 - clamp01(w.worry * share * s)
  const cues = 1 - keep
  let v = w.base === 'max' ? Math.max(head, cues) : head + (1 - head) * cues
  if (u.plainQuestion && v > w.plainQuestion) v = w.plainQuestion
  return clamp01(v * u.calm)
}
