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
        out[0] = english[0] as number
        out[1] = english[1] as number
        out[2] = english[2] as number
        return true
      }
      featurizer.logits(tokens, li, model.weights, model.bias, out, english)
      softmax3(out)
      return true
    },
    calibrationFor: (language) => model.calibration[language],
  }
}
