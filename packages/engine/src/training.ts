/**
 * @module
 * Training entry points (pure: callers do the file I/O). Kept apart from the main entry so
 * readers in production never load training code.
 */
export * from './training/train-sentiment.js'
export * from './training/sentiment-labels.js'
export { parseVaderLexicon } from './model/lexicon-features.js'
export * from './training/train-emotion-heads.js'
export { encodeEmotionHeads, encodeGoemotionsBlock, quantizeHeadWeights, withoutGoemotions } from './model/model-codec.js'
