/** Everything that decides the emotion heads besides data and seed, and the shipped choice of it. */
import { DEFAULT_HEAD_RECIPE, type HeadRecipe } from './train-heads.js'

/** Everything that decides the heads besides data and seed. */
export interface EmotionHeadsRecipe {
  readonly emotions: HeadRecipe
  readonly sarcasm: HeadRecipe
  readonly urgency: HeadRecipe
  readonly goemotions: HeadRecipe
  /** Bucket bits of the on-demand GoEmotions block (sentiment indices folded to this width). */
  readonly goemotionsBits: number
  /** Stored code width of the GoEmotions block: 8 (int8) or 4 (half the size, slightly less accurate). */
  readonly goemotionsCodeBits: 4 | 8
  /**
   * Folds of the cross-validation on GoEmotions train whose out-of-fold outputs choose the 28
   * decision thresholds (0: choose them on validation, as before 2026-12-06).
   */
  readonly goemotionsThresholdFolds: number
  /**
   * Bucket bits of the always-on heads (sentiment indices folded to this width; at most the
   * sentiment model's bits). Costs nothing at reading time: the predictor unfolds them into its
   * table; it only shrinks the file.
   */
  readonly headsBits: number
  /** Loss weight of TweetEval-emotion rows in the emotion heads (0 = unused). */
  readonly tweetevalEmotionWeight: number
  /** Loss weight of the authors' non-sarcastic rephrases of sarcastic tweets (extra negatives; 0 = unused). */
  readonly rephraseWeight: number
  /** Folds of the sarcasm cross-validation that sets its Platt scaling and threshold. */
  readonly sarcasmFolds: number
  /** λ of the exact ridge regression that trains urgency (0 = AdaGrad with `urgency` instead). */
  readonly urgencyRidge: number
}

export const DEFAULT_EMOTION_HEADS_RECIPE: EmotionHeadsRecipe = {
  emotions: { ...DEFAULT_HEAD_RECIPE, epochs: 3, bags: 1 },
  sarcasm: { ...DEFAULT_HEAD_RECIPE },
  urgency: { ...DEFAULT_HEAD_RECIPE, epochs: 20, learningRate: 0.01, bags: 1, denseScale: 3 },
  // Bagging (6 shuffles averaged) is what lifts the 28-label block most: about +0.015 macro-F1 on
  // validation over one run (research/exp-go.ts); 18 bits (unfolded) another +0.005 over 16.
  //
  // Naive-Bayes scaling of the weights per bucket and label (α 10, each label's ratios over its own
  // mean) with class weights (total / (k · count))^0.75: 5-fold CV on train, each fold's thresholds
  // from the other folds, 0.4394 → 0.4573 and 0.4385 → 0.4571 macro-F1 on two fold seeds
  // (research/exp-go-cv.ts, docs/reader-accuracy.md). The scales are multiplied into the weights,
  // so the block reads the same features at the same speed.
  goemotions: { ...DEFAULT_HEAD_RECIPE, epochs: 3, learningRate: 0.15, bags: 6, softmax: true, posWeightPower: 0.75, nb: { alpha: 10, beta: 1, perHead: true } },
  goemotionsBits: 18,
  goemotionsCodeBits: 8,
  // Thresholds tuned on validation scored 0.481 there and 0.432 on the held-out test: 28 of them on
  // 5,426 rows (a dozen positives for the rarest labels) fit that split. Chosen on 5-fold out-of-fold
  // outputs over the 43,410 train rows instead, validation (now tuned on nothing) reads 0.453, against
  // 0.442 for validation-tuned thresholds cross-fitted over its halves (research/exp-go-oof.ts).
  goemotionsThresholdFolds: 5,
  // 16 bits would cut the always-on file from 2.8 to 0.7 MB but costs sarcasm (0.433 → 0.426 CV F1)
  // and anger (0.489 → 0.476 F1).
  headsBits: 18,
  tweetevalEmotionWeight: 0.5,
  rephraseWeight: 0,
  sarcasmFolds: 5,
  urgencyRidge: 1,
}
