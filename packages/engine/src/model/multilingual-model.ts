/**
 * The multilingual sentiment model (ar, de, es, fr, hi, it, pt): one 3-class softmax over the
 * features of `multilingual-features.ts`, with a confidence calibration per language, and the
 * predictor the reader uses for messages in those languages.
 */
import type { Token } from '../text/token.js'
import type { ConfidenceCalibration } from '../reader/calibration.js'
import type { FeatureBuffer } from './feature-buffer.js'
import { type MultilingualFeatureConfig, MultilingualFeaturizer } from './multilingual-features.js'
import { sentimentLogits } from './sentiment-model.js'

/** Weights, feature config and per-language calibration, as `npm run train` writes them. */
export interface MultilingualModel {
  /** The languages the model reads (ISO 639-1), in the order its language tags were hashed. */
  readonly languages: readonly string[]
  readonly features: MultilingualFeatureConfig
  /** `weights[bucket * 3 + c]` for c in negative, neutral, positive. */
  readonly weights: Float32Array
  readonly bias: Float32Array
  /** Per language: Platt curves per predicted label, fitted on out-of-fold predictions. */
  readonly calibration: Readonly<Record<string, ConfidenceCalibration>>
  /**
   * Languages read by the English model's probabilities (handed to `predict`) instead of these
   * weights, because cross-validation read them better that way (`npm run train` chooses). Their
   * own cues and calibration still apply.
   */
  readonly englishRead?: readonly string[]
}

const NO_OFFSETS = new Float32Array(3)

/** Class logits of a feature vector (the sentiment model's dot product; no class offsets here). */
export function multilingualLogits(model: Pick<MultilingualModel, 'weights' | 'bias'>, x: FeatureBuffer, out: Float64Array): void {
  sentimentLogits({ weights: model.weights, bias: model.bias, classBias: NO_OFFSETS }, x, out)
}

/** Softmax of three logits, in place. */
export function softmax3(z: Float64Array): void {
  const m = Math.max(z[0] as number, z[1] as number, z[2] as number)
  const e0 = Math.exp((z[0] as number) - m)
  const e1 = Math.exp((z[1] as number) - m)
  const e2 = Math.exp((z[2] as number) - m)
  const s = e0 + e1 + e2
  z[0] = e0 / s
  z[1] = e1 / s
  z[2] = e2 / s
}

/** Reads tokens in one of the model's languages. */
export interface MultilingualPredictor {
  readonly languages: readonly string[]
  /** Identifies the weights, e.g. "multilingual-2026-12-05-s20261126". */
  readonly version: string
  /** Whether `predict` reads the English model's probabilities of the message (`english`). */
  readonly usesEnglish: boolean
  /**
   * Writes the model's P(negative), P(neutral), P(positive) of `tokens` read as `language` into
   * `out[0..2]` (before calibration: the reader fuses cues first). Returns false (and writes
   * nothing) for a language the model does not read.
   */
  predict(tokens: readonly Token[], language: string, out: Float64Array, english?: ArrayLike<number>): boolean
  /** The language's confidence calibration, applied by the reader after cue fusion. */
  calibrationFor(language: string): ConfidenceCalibration | undefined
}

/**
 * The predictor for a decoded model. Each predictor keeps its own per-word memo and scratch space.
 *
 * @example
 * const p = createMultilingualPredictor(model, 'multilingual-2026-12-05')
 * p.predict(tokenize('Esto es inaceptable.'), 'es', out) // out[0] is the largest
 */
export function createMultilingualPredictor(model: MultilingualModel, version: string): MultilingualPredictor {
  const featurizer = new MultilingualFeaturizer(model.features, model.languages)
  const index = new Map(model.languages.map((l, i) => [l, i]))
  const englishRead = new Set(model.englishRead ?? [])
  return {
    languages: model.languages,
    version,
    usesEnglish: (model.features.english ?? 0) > 0 || englishRead.size > 0,
    predict(tokens, language, out, english) {
      const li = index.get(language)
      if (li === undefined) return false
      if (english !== undefined && englishRead.has(language)) {
        // The English model reads only the Latin-script words ("Bahut gussa aa raha hai", English
        // mixed in); for words in another script it has nothing but its prior, which leans neutral
        // and outvoted the language's own cues ("मैं बहुत परेशान हूँ" read neutral). Its reading
        // counts more the more of the words it can read: p^k, k from ENGLISH_FLOOR (no Latin word)
        // to 1 (all Latin).
        const share = ENGLISH_FLOOR + (1 - ENGLISH_FLOOR) * latinShare(tokens)
        let sum = 0
        for (let i = 0; i < 3; i++) sum += out[i] = (english[i] as number) ** share
        for (let i = 0; i < 3; i++) out[i] = (out[i] as number) / sum
        return true
      }
      featurizer.logits(tokens, li, model.weights, model.bias, out, english)
      softmax3(out)
      return true
    },
    calibrationFor: (language) => model.calibration[language],
  }
}

// The exponent on the English model's reading of text with no Latin word at all: flattened, not
// flat. Set on our own Hindi sentences (no data set here can tell): flat (0) or 0.25 let the cues
// alone decide, and two "no rush" cues then read a plain Hindi question as positive; at 0.5
// "मैं बहुत परेशान हूँ, दो दिन से इंटरनेट नहीं चल रहा" still read neutral.
const ENGLISH_FLOOR = 0.35
// Latin letters, with the accented ones (up to Latin Extended-B).
const LATIN_END = 0x250

/** The share of word tokens written in Latin letters (1 with no words). */
function latinShare(tokens: readonly Token[]): number {
  let words = 0
  let latin = 0
  for (const t of tokens) {
    if (t.kind !== 'word') continue
    words++
    if (t.norm.charCodeAt(0) < LATIN_END) latin++
  }
  return words === 0 ? 1 : latin / words
}
