/**
 * @module
 * The Undertone reading engine: pure, offline, deterministic. Text (and what the caller knows
 * about it) in; sentiment, emotions, intensity and cues with character spans out.
 */
import { BASE_MODEL_CALIBRATION, BASE_MODEL_DATA } from './builtin/base-model.js'
import { HEADS_MODEL_DATA } from './builtin/heads-model.js'
import type { EmotionHeadsModel } from './model/emotion-heads.js'
import { decodeEmotionHeads, decodeGoemotionsBlock, withGoemotions } from './model/model-codec.js'
import { createModelScorer } from './builtin/create-model-scorer.js'
import type { DomainProfile } from './domain/domain-profile.js'
import { type ModelProvenance, decodeModel } from './model/model-codec.js'
import type { SentimentModel } from './model/sentiment-model.js'
import { type Reader, buildReader } from './reader/build-reader.js'
import type { ConfidenceCalibration } from './reader/calibration.js'
import type { SentimentScorer } from './reader/sentiment-scorer.js'

export type { Reader, ReaderOptions } from './reader/build-reader.js'
export { buildReader } from './reader/build-reader.js'
export type { SentimentScorer } from './reader/sentiment-scorer.js'
export * from './reader/reading.js'
export type { DomainProfile, DomainTerm } from './domain/domain-profile.js'
export { BUILTIN_PROFILES } from './domain/builtin-profiles.js'
export type { Token, TokenKind } from './text/token.js'
export { tokenize } from './text/tokenize.js'
export { splitSentences } from './text/split-sentences.js'
export { detectLanguage } from './text/detect-language.js'
export { findMessageBody } from './text/find-message-body.js'
export { detectCues } from './signals/detect-cues.js'
export { cueKindsFor } from './signals/cue-kinds-for.js'
export { classificationMetrics, binaryF1, pearson, rocAuc } from './model/classification-metrics.js'
export type { ClassificationMetrics, ClassMetrics } from './model/classification-metrics.js'
export type { SentimentModel } from './model/sentiment-model.js'
export { predictSentiment } from './model/sentiment-model.js'
export { decodeModel, encodeModel, decodeEmotionHeads } from './model/model-codec.js'
export { GOEMOTIONS_LABELS, HEAD_NAMES, type EmotionHeadsModel } from './model/emotion-heads.js'
export type { ModelProvenance } from './model/model-codec.js'
export { createModelScorer } from './builtin/create-model-scorer.js'
export { type ConfidenceCalibration, calibrateProbabilities, expectedCalibrationError, fitConfidenceCalibration } from './reader/calibration.js'

let base: { model: SentimentModel; provenance: ModelProvenance } | undefined
let heads: { model: EmotionHeadsModel; provenance: ModelProvenance } | undefined
let goemotions: EmotionHeadsModel | undefined

/** The shipped emotion heads (our emotions, sarcasm, urgency), decoded once. */
export function loadEmotionHeads(): { model: EmotionHeadsModel; provenance: ModelProvenance } {
  heads ??= decodeEmotionHeads(HEADS_MODEL_DATA)
  return heads
}

/**
 * Loads the 28-label GoEmotions block (a separate, larger file read only when asked for) and
 * returns a reader that can answer `context.taxonomy = 'goemotions'`.
 */
export async function createGoEmotionsReader(options: Omit<CreateReaderOptions, 'model'> = {}): Promise<Reader> {
  if (goemotions === undefined) {
    const { GOEMOTIONS_MODEL_DATA } = await import('./builtin/goemotions-model.js')
    goemotions = withGoemotions(loadEmotionHeads().model, decodeGoemotionsBlock(GOEMOTIONS_MODEL_DATA))
  }
  return createReader({ ...options, heads: goemotions })
}

/** The shipped base model and its provenance (datasets, licences, metrics), decoded once. */
export function loadBaseModel(): { model: SentimentModel; provenance: ModelProvenance } {
  base ??= decodeModel(BASE_MODEL_DATA)
  return base
}

/** Options for {@link createReader}. */
export interface CreateReaderOptions {
  /** A model or scorer to use instead of the built-in model (e.g. a workspace's adapted model). */
  readonly model?: SentimentModel | SentimentScorer
  /** A version label for a custom `model`. */
  readonly modelVersion?: string
  /** Extra or overriding domain profiles (a workspace's own terms). */
  readonly profiles?: readonly DomainProfile[]
  /** Characters of body text read at most. */
  readonly maxChars?: number
  /** Confidence calibration; defaults to the built-in model's (none for a custom model). */
  readonly calibration?: ConfidenceCalibration | null
  /** Emotion heads for the built-in model (defaults to the shipped ones); `null` for none. */
  readonly heads?: EmotionHeadsModel | null
}

/**
 * Creates a reader. With no arguments it uses the built-in model trained by `npm run train`.
 *
 * @example
 * const reader = createReader()
 * const r = reader.read('Fine, I guess that works.')
 * r.sentiment.label // 'negative'
 * r.cues.map((c) => c.kind) // ['grudging-acceptance', …]
 */
export function createReader(options: CreateReaderOptions = {}): Reader {
  let scorer: SentimentScorer
  let calibration = options.calibration ?? undefined
  if (options.model === undefined) {
    calibration = options.calibration === null ? undefined : (options.calibration ?? BASE_MODEL_CALIBRATION)
    const { model, provenance } = loadBaseModel()
    const h = options.heads === null ? undefined : (options.heads ?? loadEmotionHeads().model)
    scorer = createModelScorer(model, provenance.version, h)
  } else if ('score' in options.model) scorer = options.model
  else scorer = createModelScorer(options.model, options.modelVersion ?? 'custom')
  return buildReader({
    scorer,
    ...(options.profiles === undefined ? {} : { profiles: options.profiles }),
    ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
    ...(calibration === undefined ? {} : { calibration }),
  })
}
export { adapterFeatures, cosine, type SparseVector } from './learning/adapter-features.js'
export { CorrectionMemory, type Neighbour, type RememberedCorrection } from './learning/correction-memory.js'
export type { AdapterWeights } from './learning/adapter-weights.js'
export { type Adaptation, type AdaptationTrace, LANGUAGE_MIN_EXAMPLES, MEMORY_MIN_SIMILARITY, adaptReading, cueKey } from './learning/adapt-reading.js'
export { type AdapterExample, type TrainAdapterOptions, trainAdapter } from './learning/train-adapter.js'
export { decodeAdapter, encodeAdapter } from './learning/adapter-codec.js'
export { type AdaptationMetrics, type HeldOutExample, type PromotionDecision, decidePromotion, evaluateAdaptation, isHeldOut } from './learning/evaluate-adaptation.js'
export { createRng, shuffleInPlace, type Rng } from './model/rng.js'
