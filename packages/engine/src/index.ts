/**
 * @module
 * The Undertone reading engine: pure, offline, deterministic. Text (and what the caller knows
 * about it) in; sentiment, emotions, intensity and cues with character spans out. It reads no
 * files: the built-in weights are bytes in packages/engine/assets, which Node's entry
 * (`src/node/index.ts`, what `@undertone/engine` resolves to under Node) loads when first asked for.
 */
export type { Reader, ReaderOptions } from './reader/build-reader.js'
export { buildReader } from './reader/build-reader.js'
export { type BuiltinModels, type CreateReaderOptions, createReader } from './reader/create-reader.js'
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
export { decodeModel, encodeModel, decodeEmotionHeads, decodeGoemotionsBlock, withGoemotions } from './model/model-codec.js'
export { GOEMOTIONS_LABELS, GOEMOTIONS_TO_HEADS, HEAD_NAMES, type EmotionHeadsModel } from './model/emotion-heads.js'
export type { ModelProvenance } from './model/model-codec.js'
export { createModelScorer } from './model/create-model-scorer.js'
export { type MultilingualModel, type MultilingualPredictor, createMultilingualPredictor } from './model/multilingual-model.js'
export type { MultilingualFeatureConfig } from './model/multilingual-features.js'
export { decodeMultilingualModel } from './model/multilingual-codec.js'
export { LEARNED_CUE_KINDS, type LearnedCuesModel, type LearnedCueScorer, createLearnedCueScorer, decodeLearnedCues, learnedCueBuckets } from './model/learned-cues.js'
export { type ConfidenceCalibration, calibrateProbabilities, expectedCalibrationError, fitConfidenceCalibration } from './reader/calibration.js'

export { adapterFeatures, cosine, type SparseVector } from './learning/adapter-features.js'
export { CorrectionMemory, type Neighbour, type RememberedCorrection } from './learning/correction-memory.js'
export type { AdapterWeights } from './learning/adapter-weights.js'
export { type Adaptation, type AdaptationTrace, LANGUAGE_MIN_EXAMPLES, MEMORY_MIN_SIMILARITY, adaptReading, cueKey } from './learning/adapt-reading.js'
export { type AdapterExample, type TrainAdapterOptions, trainAdapter } from './learning/train-adapter.js'
export { decodeAdapter, encodeAdapter } from './learning/adapter-codec.js'
export { type AdaptationMetrics, type HeldOutExample, type PromotionDecision, decidePromotion, evaluateAdaptation, isHeldOut } from './learning/evaluate-adaptation.js'
export { createRng, shuffleInPlace, type Rng } from './model/rng.js'
