import { STILL_WRONG } from '../signals/detect-cues.js'
import { isConcession, positiveOverNegative } from '../signals/positive-over-negative.js'
import type { Cue, Emotion, EmotionScores } from './reading.js'
import { EMOTIONS } from './reading.js'
import { fuseUrgency } from './fuse-urgency.js'
import { urgencyEvidence } from './urgency-evidence.js'

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
  readonly learned?: ArrayLike<number> | undefined
  /** True when the message is nothing but greetings or acknowledgements ("Good morning!"), or those and a question announced. */
  readonly formalitiesOnly?: boolean
  /** True when a deadline comes with what rides on it (`statesStakes`). */
  readonly stakes?: boolean
  /** True when the message ends on a sign-off, as mail does ("Thanks, Rina"). */
  readonly signedOff?: boolean
  /** True when the message is written as mail: it opens on a greeting or ends on a sign-off. */
  readonly mail?: boolean
  /** True when the problem told was said to be put right after it (`CueDetection.resolved`). */
  readonly resolved?: boolean
  /**
   * True when the message is in a language read by the multilingual model, whose cue tables name
   * fewer faults than English's rules: its negative probability speaks for frustration more.
   */
  readonly thinCues?: boolean
  /** True when the learned cues heard a complaint no rule named (`isConcession`'s `heard`). */
  readonly heardComplaint?: boolean
}


const INDEX = Object.fromEntries(EMOTIONS.map((e, i) => [e, i])) as Record<Emotion, number>
// How much a learned head counts against cue evidence: the heads were trained on Reddit, tweets and
// MOOC posts, not support messages, so they inform rather than decide.
const LEARNED_WEIGHT = 0.7

// What stated disappointment adds to frustration (anger adds 0.6).
const DISAPPOINTED_FRUSTRATION = 0.3
// Issue-report cues whose strength counts toward their emotion; more add nothing.
const REPORTS_COUNTED = 3
const [FRUSTRATION, ANGER, CONFUSION, URGENCY, SATISFACTION, GRATITUDE, DISAPPOINTMENT, SARCASM] = [0, 1, 2, 3, 4, 5, 6, 7]
// The sarcasm head, trained on tweets, gives every text a share of sarcasm (0.2-0.45 on "hi", a
// billing question, "Thanks, that fixed it!"), enough to make it the top emotion of a greeting.
// It counts in full only where sarcasm is possible at all: something good said about something bad.
const SARCASM_HEAD_ELSEWHERE = 0.25
// Praise or thanks conceded before "but" ("I appreciate the quick reply, but…") keeps this much
// satisfaction and gratitude: "Thank you for the voucher, but it doesn't make up for…" showed
// gratitude 0.92 as its feeling in the queue. At 0.4 "love the app but since the last update it kills
// my battery" kept satisfaction 0.38, a customer more pleased than not.
const CONCEDED_SATISFACTION = 0.3
// Such a concession is the complaint said politely: this much frustration more, beside what the
// complaint's cue adds.
const CONCESSION_FRUSTRATION = 0.3
// In a language whose cue tables name fewer faults than English's (the multilingual model's), what
// the negative probability adds to frustration besides the 0.3 every language gets. English negative
// support messages read frustration 0.50 / 0.66 / 0.83 at P(negative) 0.4 / 0.6 / 0.8, mostly from
// fault cues; in the other languages a complaint no table names read 0.19–0.30 at 0.5–0.7
// (rounds 40 and 42 of reading kinds, docs/reader-accuracy.md). Only where negative outweighs
// positive: thanks for a rescue ("achei que tinha perdido tudo") keep their calm.
const THIN_CUES_FRUSTRATION = 0.35
// A message of greetings or acknowledgements alone keeps this much satisfaction and sarcasm.
const FORMALITIES_ONLY_KEEP = 0.3
// A fault word in thanks for its fix counts this share of its frustration: "merci les gars, le bug qui
// bloquait ma progression est réglé" and "thanks guys, the bug that blocked my progress is fixed" read
// frustration 0.29 and 0.22 in full, a grateful customer with a grievance.
const FIXED_REPORT_SHARE = 0.35
// Cues that keep a fault open beside thanks, and a turn with "but" or a deadline.
const KEEPS_OPEN: ReadonlySet<string> = new Set([...STILL_WRONG, 'contrast', 'time-pressure'])

/**
 * Thanks or praise that lead the message, with nothing keeping its fault open (no repeat, threat, ask
 * for a person, sarcasm, grudging word, "but", deadline or bad feeling said outright): the fault told is
 * the one put right.
 */
function thanksForAFix(cues: readonly Cue[], pNeg: number, pPos: number): boolean {
  if (pPos <= pNeg) return false
  let thanked = false
  for (const c of cues) {
    if (KEEPS_OPEN.has(c.kind) || (c.kind === 'explicit-emotion' && c.weight < 0)) return false
    if ((c.kind === 'praise' || c.kind === 'gratitude') && c.weight >= 0.5) thanked = true
  }
  return thanked
}

/**
 * Combines cue evidence and sentiment probabilities into a 0..1 score per emotion with a
 * noisy-OR: each piece of evidence can raise a score, none can lower another's, except that
 * grudging acceptance and sarcasm discount satisfaction and gratitude, and praise conceded before
 * a "but" discounts both. Urgency is fused apart, from its head and cues
 * ({@link fuseUrgency}), where "no rush" or "not urgent" takes it back.
 */
export function deriveEmotions(ev: EmotionEvidence): EmotionScores {
  const pNeg = ev.probabilities[0]
  const pPos = ev.probabilities[2]
  // keep[e] is the probability that no evidence so far shows emotion e (noisy-OR). One array reused
  // (deriveEmotions does not call itself), and module functions for add and fin: two closures and
  // their context were allocated per read.
  const keep = KEEP.fill(1)
  add(FRUSTRATION, 0.3 * pNeg)
  if (ev.thinCues === true && pNeg > pPos) add(FRUSTRATION, THIN_CUES_FRUSTRATION * pNeg)
  add(FRUSTRATION, 0.25 * pNeg * ev.intensity)
  add(ANGER, 0.12 * pNeg * ev.intensity)
  add(CONFUSION, Math.min(0.45, 0.25 * ev.questions))
  add(SATISFACTION, 0.55 * pPos)
  add(DISAPPOINTMENT, 0.2 * pNeg)
  const conceded = isConcession(ev.cues, ev.heardComplaint === true)
  if (conceded) add(FRUSTRATION, CONCESSION_FRUSTRATION)
  // Learned heads are one more piece of evidence each; cues still add what the data sets lack.
  if (ev.learned !== undefined) {
    // Good said of a problem put right is relief: "I was billed twice. Refunded now, thank you. Great service."
    const sarcasmPossible = ev.cues.some((c) => c.kind === 'sarcasm') || (ev.resolved !== true && positiveOverNegative(ev.cues, ev.probabilities))
    // A greeting opening a complaint is no delight: the heads hear "Good morning" as satisfaction
    // ("Good morning, I'm writing about my subscription, it was cancelled without warning." read
    // satisfaction 0.46 beside frustration 0.49). Only where nothing is praised or thanked.
    // Nor is a complaint said firmly however politely ("I would appreciate the gate being repaired… I
    // trust this will not need further reminders." showed satisfaction as its feeling in the queue).
    const greetedComplaint = (ev.mail === true ? ev.cues.some((c) => c.weight <= -0.3) : ev.cues.some((c) => c.weight <= -0.5)) && !ev.cues.some((c) => (c.kind === 'praise' || c.kind === 'gratitude') && c.weight > 0)
    for (let e = 0; e < EMOTIONS.length; e++) {
      // Urgency's head is fused with its cues apart (fuseUrgency).
      if (e === URGENCY) continue
      if (greetedComplaint && (e === SATISFACTION || e === GRATITUDE)) continue
      const v = ev.learned[e] as number
      add(e, e === SARCASM && !sarcasmPossible ? SARCASM_HEAD_ELSEWHERE * LEARNED_WEIGHT * v : LEARNED_WEIGHT * v)
    }
  }
  // A greeting alone rates nothing: the heads, trained on tweets, hear "Good morning!" as delight.
  let damp = ev.formalitiesOnly === true ? FORMALITIES_ONLY_KEEP : 1
  const thankedFix = thanksForAFix(ev.cues, pNeg, pPos)
  let reports = 0
  for (let i = 0; i < ev.cues.length; i++) {
    const c = ev.cues[i] as Cue
    const s = ev.strengths[i] as number
    // Fault words past the first few describe one fault in detail ("returns 500 with body {"error"…}
    // when the array is empty. Reproducible…"), not a customer angrier with each.
    if (c.kind === 'issue-report' && ++reports > REPORTS_COUNTED) continue
    if (c.emotion !== undefined && c.emotion !== 'urgency' && s > 0) add(INDEX[c.emotion], c.kind === 'issue-report' && thankedFix ? s * FIXED_REPORT_SHARE : s)
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
        add(DISAPPOINTMENT, 0.4)
        break
      case 'explicit-emotion':
        if (c.emotion === 'anger') add(FRUSTRATION, 0.6)
        // Disappointment said outright about a service is frustration too ("Sono molto delusa, il
        // tecnico non si è presentato"), if less than anger.
        else if (c.emotion === 'disappointment') add(FRUSTRATION, DISAPPOINTED_FRUSTRATION)
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
  // A profile that scales no emotion (the general one: {}) is skipped: eight keyed lookups that all
  // missed, each multiplying by 1.
  const scale = ev.scale === undefined || isEmpty(ev.scale) ? undefined : ev.scale
  // Urgency is fused on its own terms (fuse-urgency.ts); its noisy-OR slot carries the result.
  keep[URGENCY] = 1 - fuseUrgency(urgencyEvidence(ev))
  return {
    frustration: fin(FRUSTRATION, 1, 1, scale),
    anger: fin(ANGER, 1, 1, scale),
    confusion: fin(CONFUSION, 1, 1, scale),
    urgency: fin(URGENCY, 1, 1, scale),
    satisfaction: fin(SATISFACTION, damp, conceded ? CONCEDED_SATISFACTION : 1, scale),
    gratitude: fin(GRATITUDE, damp, conceded ? CONCEDED_SATISFACTION : 1, scale),
    disappointment: fin(DISAPPOINTMENT, 1, 1, scale),
    // Nor can a greeting alone be sarcastic.
    sarcasm: fin(SARCASM, 1, ev.formalitiesOnly === true ? FORMALITIES_ONLY_KEEP : 1, scale),
  }
}

const KEEP = new Float64Array(EMOTIONS.length)

function isEmpty(o: object): boolean {
  for (const _ in o) return false
  return true
}

/** One more piece of evidence `p` (clamped to 0..1) that emotion `e` shows. */
function add(e: number, p: number): void {
  KEEP[e] = (KEEP[e] as number) * (1 - (p < 0 ? 0 : p > 1 ? 1 : p))
}

/** Emotion `e`'s score: its noisy-OR × factor, × damp where damped (1: not), × its scale; rounded. */
function fin(e: number, damp: number, factor: number, scale: Partial<Record<Emotion, number>> | undefined): number {
  let v = (1 - (KEEP[e] as number)) * factor
  if (damp !== 1) v *= damp
  if (scale !== undefined) v *= scale[EMOTIONS[e] as Emotion] ?? 1
  return Math.round((v < 0 ? 0 : v > 1 ? 1 : v) * 1000) / 1000
}
