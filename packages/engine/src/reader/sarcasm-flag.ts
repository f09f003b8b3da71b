// When the reader calls a message sarcastic: the rule behind `reading.sarcastic`.
import { positiveOverNegative } from '../signals/positive-over-negative.js'
import type { Token } from '../text/token.js'
import type { Cue, CueKind } from './reading.js'
import { hasEyeRoll, hasSarcasmMarker, saysResolved } from './sarcasm-flag-markers.js'

/**
 * Where the learned sarcasm head (a calibrated probability) has to be for each kind of evidence
 * beside it to make a message sarcastic: 0 or less, the evidence suffices without the head; 1 or
 * more switches that path off.
 */
export interface SarcasmFlagRule {
  /** With a positive surface over a negative situation (`positiveOverNegative`). */
  readonly incongruent: number
  /** With a sarcasm marker ("love how", "oh joy", 🙃: `hasSarcasmMarker`) and a negative situation. */
  readonly markerInSituation: number
  /** With a sarcasm marker and nothing else. */
  readonly marker: number
  /** With a negative situation alone: negative probability over `negative`, a problem cue or a negative emoji. */
  readonly situation: number
  /** Negative probability that counts as a negative situation. */
  readonly negative: number
  /** With nothing else. */
  readonly alone: number
  /** Whether an eye-roll emoji is sarcasm on its own. */
  readonly eyeRoll: boolean
}

/**
 * The shipped rule, chosen by nested 5-fold cross-validation on iSarcasmEval train with
 * out-of-fold head scores, for F1 at the held-out test's 14% sarcastic rate, among rules that flag
 * at most 6% of ordinary text (research/exp-sarcasm-flag.ts, docs/reader-accuracy.md). A marker
 * with the head and nothing else scored higher but flags sincere praise ("I love how easy the new
 * editor is"); the head alone or over a weaker situation scored lower.
 */
export const SARCASM_FLAG_RULE: SarcasmFlagRule = {
  incongruent: 0.25,
  markerInSituation: 0,
  marker: 1,
  situation: 1,
  negative: 0.3,
  alone: 1,
  eyeRoll: true,
}

/** What the flag is decided from: the reader's cues, tokens and probabilities, and the head. */
export interface SarcasmEvidence {
  readonly cues: readonly Cue[]
  readonly tokens: readonly Token[]
  /** Sentiment probabilities, negative, neutral, positive. */
  readonly p: readonly [number, number, number]
  /** The learned sarcasm head's probability; undefined for a scorer without heads. */
  readonly head: number | undefined
  /** `emotions.sarcasm`; stands in for the head (over 0.5) when there is none. */
  readonly fused: number
  /**
   * A formality is in the message ("Good morning", "Hope you're well"): the model hears its "good"
   * as a positive surface, so only cues say there is one ("Good morning, my order never arrived").
   */
  readonly greeted?: boolean
  /** The problem was said to be put right after it was told (`CueDetection.resolved`): praise after it is meant. */
  readonly resolved?: boolean
}

/**
 * The sarcastic flag. A sarcasm cue ("thanks for deleting my files", "Perfect." after a problem,
 * "#not") or an eye-roll decides on its own; otherwise the learned head has to agree with other
 * evidence. The head alone is weak (out-of-fold AUC 0.63 on iSarcasmEval): over the threshold that
 * fits its training data it flags most ordinary messages ("Can you resend the invoice?"), so each
 * path asks for what sarcasm says besides the head: something good said of something bad, or a
 * frame sarcasm is often said in.
 */
export function isSarcastic(ev: SarcasmEvidence, rule: SarcasmFlagRule = SARCASM_FLAG_RULE): boolean {
  if (ev.cues.some((c) => c.kind === 'sarcasm')) return true
  if (rule.eyeRoll && hasEyeRoll(ev.tokens)) return true
  // Emoji alone ("👍", "🙏🙏") say what they show: with no words there is no situation to turn over.
  if (!ev.tokens.some((t) => t.kind === 'word')) return false
  // Without a head, the fused emotion over 0.5 stands in for it.
  const over = (threshold: number): boolean => threshold < 1 && (threshold <= 0 || (ev.head === undefined ? ev.fused >= 0.5 : ev.head >= threshold))
  if (over(rule.alone)) return true
  const situation = ev.p[0] > rule.negative || ev.cues.some((c) => c.kind !== 'sarcasm' && (c.weight <= -0.3 || ((c.kind === 'emoji' || c.kind === 'emoticon') && c.weight < 0)))
  if (ev.resolved === true) return false
  // Thanks given grudgingly ("Thanks anyway.", "No worries, thanks anyway.") is the thanks and the
  // letdown of grudging acceptance, not good said of something bad.
  if (grudgingOnly(ev.cues)) return false
  if (situation && over(rule.situation)) return true
  // Praise of the work opening a sentence that goes on, unturned, to the fault it praises: "Beautiful job
  // on the move — only half the boxes made it". Said sincerely, the fault is turned to ("…, but one box
  // was crushed"). A lone word of praise before a fault ("Great, it broke") is detection's to read
  // (a sarcasm cue when it opens the sentence before a comma); here the head has to agree with it.
  if (praisesTheFault(ev.cues, ev.tokens) && !saysResolved(ev.tokens)) return true
  // The same test the sarcasm emotion uses: something good said of something bad, and not a
  // concession ("Thanks for the quick answer, but the sync still fails" is sincere, then a complaint).
  const incongruent = over(rule.incongruent) && positiveOverNegative(ev.cues, ev.greeted === true ? [ev.p[0], ev.p[1], 0] : ev.p)
  // Markers last: they scan the words again.
  const marked = !incongruent && (over(rule.marker) || (situation && over(rule.markerInSituation))) && hasSarcasmMarker(ev.tokens)
  // Good said beside a problem said to be over is relief, not sarcasm: "So glad the crash is fixed".
  return (incongruent || marked) && !saysResolved(ev.tokens)
}

/** True when grudging acceptance is the message's only negative cue. */
function grudgingOnly(cues: readonly Cue[]): boolean {
  let grudging = false
  for (const c of cues) {
    if (c.kind === 'grudging-acceptance') grudging = true
    else if (c.weight <= -0.3) return false
  }
  return grudging
}

// Faults told outright, which praise before them in the same sentence praises.
const FAULT_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['issue-report', 'repeat-contact'])

function isSentenceEnd(t: Token): boolean {
  return t.kind === 'punct' && (t.norm === '.' || t.norm.includes('!') || t.norm.includes('?'))
}

/**
 * True when a praise cue of more than one word ("Stellar work", "Beautiful job") opens a sentence (its
 * first word is inside the cue) and a fault cue follows it in that sentence with no "but"-word, no other
 * good word and no question mark between: the praise is said of the fault.
 */
function praisesTheFault(cues: readonly Cue[], tokens: readonly Token[]): boolean {
  if (!cues.some((c) => c.kind === 'praise') || !cues.some((c) => FAULT_KINDS.has(c.kind))) return false
  const ordered = [...cues].sort((a, b) => a.start - b.start)
  let first = -1
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i]
    if (t !== undefined && !isSentenceEnd(t)) {
      if (first < 0 && t.kind === 'word') first = t.start
      continue
    }
    // A question is asked of the fault, not praise of it.
    const asked = t?.norm.includes('?') === true
    if (!asked && first >= 0 && opensOnPraiseOfFault(ordered, first, t === undefined ? Number.POSITIVE_INFINITY : t.start)) return true
    first = -1
  }
  return false
}

/** The sentence whose first word starts at `first` and which ends at `end` opens on praise and names a fault after it, unturned (cues in text order). */
function opensOnPraiseOfFault(cues: readonly Cue[], first: number, end: number): boolean {
  const praise = cues.find((c) => c.kind === 'praise' && c.start <= first && first < c.end && c.text.includes(' '))
  if (praise === undefined) return false
  for (const c of cues) {
    if (c.start < praise.end || c.start >= end) continue
    if (c.kind === 'contrast' || c.weight > 0) return false
    if (FAULT_KINDS.has(c.kind) && c.weight <= -0.3) return true
  }
  return false
}
