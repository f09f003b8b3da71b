import { LEARNED_CUE_KINDS, type LearnedCuesModel, learnedCueBuckets, maxLearnedCueBuckets } from '../model/learned-cues.js'
import { createRng, shuffleInPlace } from '../model/rng.js'
import type { CueKind } from '../reader/reading.js'
import type { Token } from '../text/token.js'

/** One training message: its tokens, per learned kind 1 (has it), 0 (has not) or -1 (not used for that kind), and its weight. */
export interface LearnedCueExample {
  readonly tokens: readonly Token[]
  readonly labels: Int8Array
  readonly weight: number
}

/** How the learned cues are trained. */
export interface LearnedCuesRecipe {
  readonly bits: number
  readonly epochs: number
  readonly learningRate: number
  /** The learning rate is multiplied by this after each epoch. */
  readonly decay: number
  readonly l2: number
  /** The probability from which the reader adds a cue, for every kind not in `thresholds`. */
  readonly threshold: number
  /** A kind's own threshold, where it must be surer than the others. */
  readonly thresholds?: Readonly<Partial<Record<CueKind, number>>>
}

/**
 * Chosen on the written rounds held out by round (46, 50 and 51 against the rest; research notes in
 * docs/reader-accuracy.md): at 0.7 no cue fired on 500 sentences of other kinds nor on more than
 * 0.1% of TweetEval, GoEmotions or MELD validation texts.
 */
export const DEFAULT_LEARNED_CUES_RECIPE: LearnedCuesRecipe = {
  bits: 16,
  epochs: 8,
  learningRate: 0.2,
  decay: 0.7,
  l2: 1e-5,
  threshold: 0.7,
  // The complaint (issue-report) hears every support message about an order or an app a little. In
  // the other languages at 0.7 it fired on 17 of 224 calm messages (round 64: questions, routine
  // requests, "no hurry", greetings) and 3 of 140 thanks; at 0.85 on 9 and 3, hearing 207 of 280
  // complaints of rounds 59 and 62 held out (229 at 0.7), and on 6 of 2,268 XLM-T validation tweets.
  // In English (learned-cue-reading.ts) 0.85 costs one held-out sentence in 200 against 0.7 and
  // fires on no TweetEval or GoEmotions validation text.
  // Praise (delight, sincere thanks, amazement resolved) from 0.5: out of fold (the English rounds in
  // five folds by round, 2026-12-07) lowering it from 0.85 read 34 more delighted, thankful or amazed
  // sentences right (0.7: 15, 0.4: 52) and none wrong (0.4: one, "it can definitely wait till after the
  // holidays…" read positive); on data sets it moved one GoEmotions comment and two iSarcasmEval
  // tweets to positive and no TweetEval, MELD or XLM-T label (0.4 read "How did this major design flaw
  // … make it past testing?" positive). The learned sarcasm stands without bad news only under the
  // same 0.5 (learned-cue-reading.ts).
  thresholds: { 'issue-report': 0.85, praise: 0.5 },
}

// The reading kinds whose sentences never carry the cue, so a kind's negatives are clean: a sentence
// written as a deadline with a fault may well say it is the second time, so it is no negative for
// repeat contact.
const QUIET_KINDS = ['greetings', 'plain questions', 'sincere thanks', 'delight', 'formal requests', 'travel and plans, not churn', 'urgency taken back', 'negated problems', 'amazement resolved by context', 'confusion', 'a technical report']
const SARCASM_KINDS = ['sarcasm over a fault', 'praise over a bad situation', 'sarcasm over advice']

/**
 * For each learned cue kind, the reading kinds (as the written rounds name them) whose sentences
 * carry it, and those that do not (undefined: every other kind).
 */
export const LEARNED_CUE_LABELS: Readonly<Record<(typeof LEARNED_CUE_KINDS)[number], { readonly positive: readonly string[]; readonly negative?: readonly string[] }>> = {
  sarcasm: { positive: SARCASM_KINDS },
  'grudging-acceptance': { positive: ['grudging acceptance'] },
  'churn-threat': { positive: ['a churn threat with a deadline'], negative: [...QUIET_KINDS, 'grudging acceptance', ...SARCASM_KINDS, 'polite deadlines', 'a deadline and a fault', 'thanks before "but"', 'asking for a person', 'amazement or outrage', 'clipped sentences'] },
  'repeat-contact': { positive: ['repeat contact'], negative: [...QUIET_KINDS, 'grudging acceptance', 'polite deadlines', 'amazement or outrage', 'asking for a person', 'thanks before "but"'] },
  'human-request': { positive: ['asking for a person'], negative: [...QUIET_KINDS, 'grudging acceptance', ...SARCASM_KINDS, 'polite deadlines', 'a deadline and a fault', 'amazement or outrage', 'thanks before "but"'] },
  'time-pressure': { positive: ['a deadline and a fault', 'polite deadlines', 'a churn threat with a deadline'], negative: ['greetings', 'plain questions', 'sincere thanks', 'delight', 'travel and plans, not churn', 'urgency taken back', 'negated problems', 'amazement resolved by context', 'confusion', 'grudging acceptance', 'sarcasm over advice', 'amazement or outrage', 'explicit frustration'] },
  'clipped-sentences': { positive: ['clipped sentences'], negative: [...QUIET_KINDS, 'polite deadlines', 'formal requests', 'thanks before "but"', 'polite demands', 'grudging acceptance'] },
  // A fault still there, however it is told: what makes a deadline beside it urgent, and what a
  // technical report names. Thanks for a fault put right and a deadline with nothing broken are
  // the negatives that matter.
  'issue-report': {
    // Sarcasm over a fault is left out either way: its "Perfect." and "Great job" taught the model
    // to hear a fault in "Perfect. The replacement arrived this morning and works well."
    positive: ['a deadline and a fault', 'repeat contact', 'a technical report', 'thanks before "but"', 'clipped sentences', 'explicit frustration', 'a churn threat with a deadline'],
    // Confusion names no fault ("I still can't work out which of the three codes…" read below -0.5
    // with one).
    negative: ['greetings', 'plain questions', 'sincere thanks', 'delight', 'travel and plans, not churn', 'urgency taken back', 'negated problems', 'amazement resolved by context', 'polite deadlines', 'formal requests', 'confusion'],
  },
  // Delight told in the customer's own words, which the tweet model hears as trouble ("Roofer replaced
  // the slipped slates in one morning… Dry loft through last night's storm." read negative): every
  // other kind is a negative, sarcasm's praise included.
  praise: { positive: ['delight', 'sincere thanks', 'amazement resolved by context'] },
}

/** The labels of a written sentence of reading kind `kind` for each learned cue kind (1, 0 or -1: unused). */
export function learnedCueLabels(kind: string): Int8Array {
  return Int8Array.from(LEARNED_CUE_KINDS, (cue) => {
    const spec = LEARNED_CUE_LABELS[cue]
    if (spec.positive.includes(kind)) return 1
    return spec.negative === undefined || spec.negative.includes(kind) ? 0 : -1
  })
}

/**
 * The kinds the seven other languages' learned model adds. Their written rounds have three kinds:
 * repeat contact with a churn threat, sincere thanks and plain frustration. The churn threat is the
 * cue round 54's first-read misses lacked (21 of 35); the complaint (as a fault report) the one
 * round 59's lacked (22 of 38 were plain frustration read neutral or not frustrated enough).
 */
export const LEARNED_CUE_KINDS_OTHER_LANGUAGES = ['churn-threat', 'issue-report'] as const

// The other languages' kinds whose sentences carry each learned cue: a repeat contact with a churn
// threat complains too.
const OTHER_LANGUAGES_LABELS: Readonly<Record<(typeof LEARNED_CUE_KINDS_OTHER_LANGUAGES)[number], readonly string[]>> = {
  'churn-threat': ['repeat contact and churn, other languages'],
  'issue-report': ['plain frustration, other languages', 'repeat contact and churn, other languages'],
}

/** The labels of a written sentence in another language of reading kind `kind`. */
export function learnedCueLabelsOtherLanguages(kind: string): Int8Array {
  return Int8Array.from(LEARNED_CUE_KINDS_OTHER_LANGUAGES, (cue) => (OTHER_LANGUAGES_LABELS[cue].includes(kind) ? 1 : 0))
}

/** Labels of a text that carries none of `kinds` (ordinary posts and comments: every kind 0). */
export function noLearnedCues(kinds: readonly string[] = LEARNED_CUE_KINDS): Int8Array {
  return new Int8Array(kinds.length)
}

/**
 * Trains one logistic model per learned kind by SGD over shuffled examples (seeded: the same
 * examples and seed give the same bytes), L2 on the weights an example touches, then quantises each
 * kind's weights to int8 with its own scale.
 */
export function trainLearnedCues(examples: readonly LearnedCueExample[], recipe: LearnedCuesRecipe, seed: number, kinds: readonly CueKind[] = LEARNED_CUE_KINDS): LearnedCuesModel {
  const k = kinds.length
  const dim = 1 << recipe.bits
  const buckets = examples.map((e) => {
    const out = new Int32Array(maxLearnedCueBuckets(e.tokens.length))
    return out.subarray(0, learnedCueBuckets(e.tokens, 0, e.tokens.length, recipe.bits, out))
  })
  const w = new Float64Array(dim * k)
  const bias = new Float64Array(k)
  const order = examples.map((_, i) => i)
  const rng = createRng(seed)
  let lr = recipe.learningRate
  for (let epoch = 0; epoch < recipe.epochs; epoch++) {
    shuffleInPlace(order, rng)
    for (const i of order) {
      const e = examples[i] as LearnedCueExample
      const f = buckets[i] as Int32Array
      for (let j = 0; j < k; j++) {
        const y = e.labels[j] as number
        if (y < 0) continue
        let z = bias[j] as number
        for (let m = 0; m < f.length; m++) z += w[(f[m] as number) * k + j] as number
        const g = (1 / (1 + Math.exp(-z)) - y) * e.weight
        bias[j] = (bias[j] as number) - lr * g
        for (let m = 0; m < f.length; m++) {
          const o = (f[m] as number) * k + j
          w[o] = (w[o] as number) - lr * (g + recipe.l2 * (w[o] as number))
        }
      }
    }
    lr *= recipe.decay
  }
  const scales = new Float64Array(k)
  const codes = new Int8Array(dim * k)
  for (let j = 0; j < k; j++) {
    let max = 0
    for (let b = 0; b < dim; b++) max = Math.max(max, Math.abs(w[b * k + j] as number))
    const s = max > 0 ? max / 127 : 1
    scales[j] = s
    for (let b = 0; b < dim; b++) codes[b * k + j] = Math.max(-127, Math.min(127, Math.round((w[b * k + j] as number) / s)))
  }
  return { bits: recipe.bits, kinds: [...kinds], codes, scales, bias, thresholds: Float64Array.from(kinds, (kind) => recipe.thresholds?.[kind] ?? recipe.threshold) }
}
