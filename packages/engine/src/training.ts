/**
 * @module
 * Training entry points (pure: callers do the file I/O). Kept apart from the main entry so
 * readers in production never load training code.
 */
export * from './training/train-sentiment.js'
export * from './training/sentiment-labels.js'
export { parseVaderLexicon } from './model/lexicon-features.js'
export { GOEMOTIONS_TO_HEADS } from './model/emotion-heads.js'
export * from './training/head-label-maps.js'
export * from './training/featurize-head-texts.js'
export * from './training/train-heads.js'
export * from './training/calibrate-block.js'
export * from './training/tune-threshold.js'
export * from './training/emotion-head-sets.js'
export * from './training/emotion-heads-recipe.js'
export * from './training/cross-validate-sarcasm.js'
export * from './training/train-goemotions-block.js'
export * from './training/train-ridge-head.js'
export * from './training/train-emotion-heads.js'
export { encodeEmotionHeads, encodeGoemotionsBlock, quantizeHeadWeights, withoutGoemotions } from './model/model-codec.js'
export * from './training/train-multilingual.js'
export { encodeMultilingualModel, quantizeMultilingualWeights } from './model/multilingual-codec.js'
export * from './training/train-learned-cues.js'
export { encodeLearnedCues } from './model/learned-cues.js'
