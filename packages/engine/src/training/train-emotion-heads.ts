/** Training every emotion head from the data sets: data sets → EmotionHeadsModel. */
import { pearson } from '../model/classification-metrics.js'
import { type EmotionHeadsModel, HEAD_COUNT, HEAD_DENSE_COUNT, HEAD_NAMES, type HeadBlock } from '../model/emotion-heads.js'
import { quantizeHeadWeights } from '../model/model-codec.js'
import type { SentimentModel } from '../model/sentiment-model.js'
import { blockOutputs, calibrateBlock } from './calibrate-block.js'
import { crossValidateSarcasm, sarcasmRows } from './cross-validate-sarcasm.js'
import type { EmotionHeadSets, EmotionHeadValidation } from './emotion-head-sets.js'
import { DEFAULT_EMOTION_HEADS_RECIPE, type EmotionHeadsRecipe } from './emotion-heads-recipe.js'
import { featurizeHeadTexts } from './featurize-head-texts.js'
import { goemotionsHeadTargets, TWEETEVAL_EMOTION_TO_HEADS, urgencyTarget } from './head-label-maps.js'
import { trainGoemotionsBlock } from './train-goemotions-block.js'
import { type HeadTargets, type RawHeads, trainHeads } from './train-heads.js'
import { trainRidgeHead } from './train-ridge-head.js'
import { f1At } from './tune-threshold.js'
import type { Token } from '../text/token.js'

export interface TrainEmotionHeadsOptions {
  readonly seed: number
  readonly cueKindsOf?: (text: string, tokens: readonly Token[]) => string[]
  readonly recipe?: Partial<EmotionHeadsRecipe>
  /** Skip the on-demand GoEmotions block. */
  readonly skipGoemotions?: boolean
  readonly log?: (line: string) => void
}

/** Validation figures computed while training (for provenance / the model card). */
export interface EmotionHeadsReport {
  /** F1 per head on its validation data (sarcasm: cross-validated on the train set). */
  readonly headF1: Record<string, number>
  /** Pearson r of urgency vs the 1–7 ratings on MOOC validation. */
  readonly urgencyPearson: number
  /** GoEmotions 28-label macro-F1 at tuned thresholds, and per-label F1. */
  readonly goemotionsMacroF1?: number
  /** The same with each threshold chosen on the other half of validation (the figure to quote). */
  readonly goemotionsMacroF1CrossFitted?: number
  readonly goemotionsF1?: Record<string, number>
}

/**
 * Trains the always-on heads (7 emotions incl. urgency, sarcasm) and the on-demand GoEmotions block
 * on the sentiment model's feature space. Deterministic for a seed. Calibration: GoEmotions
 * validation (six emotions, 28 labels), MOOC validation (urgency), cross-validation folds of the
 * iSarcasmEval train set (sarcasm).
 */
export function trainEmotionHeads(
  sentiment: SentimentModel,
  sets: EmotionHeadSets,
  validation: EmotionHeadValidation,
  opts: TrainEmotionHeadsOptions,
): { model: EmotionHeadsModel; report: EmotionHeadsReport } {
  const recipe: EmotionHeadsRecipe = { ...DEFAULT_EMOTION_HEADS_RECIPE, ...opts.recipe }
  const bits = Math.min(recipe.headsBits, sentiment.features.bits)
  const log = opts.log
  const feat = (texts: readonly string[]) => featurizeHeadTexts(texts, sentiment, opts.cueKindsOf)
  const k = HEAD_COUNT
  const kinds = HEAD_NAMES.map((n) => (n === 'urgency' ? 'regression' : 'logistic')) as ('logistic' | 'regression')[]
  const H = Object.fromEntries(HEAD_NAMES.map((n, i) => [n, i])) as Record<string, number>

  // --- emotions: GoEmotions (+ TweetEval-emotion) ---
  const emoTexts: string[] = []
  const emoT: number[] = []
  const emoW: number[] = []
  const row = new Float32Array(k)
  for (const r of sets.goemotions) {
    goemotionsHeadTargets(r.labels, row, 0)
    emoTexts.push(r.text)
    emoT.push(...row)
    emoW.push(1)
  }
  if (recipe.tweetevalEmotionWeight > 0) {
    for (const r of sets.tweetevalEmotion ?? []) {
      const map = TWEETEVAL_EMOTION_TO_HEADS[r.label]
      if (map === undefined) continue
      row.fill(Number.NaN)
      for (const [name, y] of Object.entries(map)) row[H[name] as number] = y
      emoTexts.push(r.text)
      emoT.push(...row)
      emoW.push(recipe.tweetevalEmotionWeight)
    }
  }
  const emoX = feat(emoTexts)
  const goVal = feat(validation.goemotions.map((r) => r.text))
  const goValT = new Float32Array(goVal.length * k)
  validation.goemotions.forEach((r, i) => {
    goemotionsHeadTargets(r.labels, goValT, i * k)
  })
  log?.(`emotion heads: ${emoX.length} rows`)
  const emoRaw = trainHeads(emoX, { k, targets: Float32Array.from(emoT), weights: Float32Array.from(emoW) }, kinds, bits, recipe.emotions, opts.seed)

  // --- urgency: MOOC ---
  const moocX = feat(sets.mooc.map((r) => r.text))
  const moocT = new Float32Array(moocX.length * k).fill(Number.NaN)
  sets.mooc.forEach((r, i) => {
    moocT[i * k + (H.urgency as number)] = urgencyTarget(r.score)
  })
  log?.(`urgency head: ${moocX.length} rows`)
  let urgRaw: RawHeads
  if (recipe.urgencyRidge <= 0) urgRaw = trainHeads(moocX, { k, targets: moocT }, kinds, bits, recipe.urgency, opts.seed + 1)
  else {
    const r = trainRidgeHead(moocX, sets.mooc.map((row) => urgencyTarget(row.score)), bits, recipe.urgencyRidge)
    const u = H.urgency as number
    const w = new Float32Array((1 << bits) * k)
    for (let j = 0; j < r.weights.length; j++) w[j * k + u] = r.weights[j] as number
    const bias = new Float32Array(k)
    bias[u] = r.bias
    const dense = new Float32Array(k * HEAD_DENSE_COUNT)
    for (let d = 0; d < HEAD_DENSE_COUNT; d++) dense[u * HEAD_DENSE_COUNT + d] = r.dense[d] as number
    urgRaw = { weights: w, bias, dense }
  }
  const moocVal = feat(validation.mooc.map((r) => r.text))
  const moocValT = new Float32Array(moocVal.length * k).fill(Number.NaN)
  validation.mooc.forEach((r, i) => {
    moocValT[i * k + (H.urgency as number)] = urgencyTarget(r.score)
  })

  // --- sarcasm: iSarcasmEval (+ rephrases as negatives); calibrated by cross-validation ---
  const sar = sarcasmRows(sets.isarcasm, recipe.rephraseWeight)
  const sarX = feat(sar.texts)
  const sarT = (idx: readonly number[]): HeadTargets => {
    const t = new Float32Array(idx.length * k).fill(Number.NaN)
    const w = new Float32Array(idx.length)
    idx.forEach((j, i) => {
      t[i * k + (H.sarcasm as number)] = sar.labels[j] as number
      w[i] = sar.weights[j] as number
    })
    return { k, targets: t, weights: w }
  }
  const cv = crossValidateSarcasm(sarX, sar, recipe, bits, opts.seed + 2, kinds)
  log?.(`sarcasm: ${sarX.length} rows; ${recipe.sarcasmFolds}-fold CV F1 ${cv.f1.toFixed(4)} (threshold ${cv.threshold.toFixed(3)})`)
  const allIdx = sar.texts.map((_, i) => i)
  const sarRaw = trainHeads(sarX, sarT(allIdx), kinds, bits, recipe.sarcasm, opts.seed + 2)

  // --- assemble the always-on block: each head's weights come from the run that trained it ---
  const dim = 1 << bits
  const weights = new Float32Array(dim * k)
  const bias = new Float32Array(k)
  const dense = new Float32Array(k * HEAD_DENSE_COUNT)
  for (let h = 0; h < k; h++) {
    const src = h === H.urgency ? urgRaw : h === H.sarcasm ? sarRaw : emoRaw
    for (let j = 0; j < dim; j++) weights[j * k + h] = src.weights[j * k + h] as number
    bias[h] = src.bias[h] as number
    for (let d = 0; d < HEAD_DENSE_COUNT; d++) dense[h * HEAD_DENSE_COUNT + d] = src.dense[h * HEAD_DENSE_COUNT + d] as number
  }
  // Calibrate on exactly the weights that ship (int8 codes × per-head step).
  const raw: RawHeads = { weights: quantizeHeadWeights(weights, k, 8), bias, dense }
  // Calibration set: GoEmotions validation for the six emotions, MOOC validation for urgency.
  const calX = [...goVal, ...moocVal]
  const calT = new Float32Array(calX.length * k).fill(Number.NaN)
  calT.set(goValT, 0)
  for (let i = 0; i < moocVal.length; i++) calT[(goVal.length + i) * k + (H.urgency as number)] = moocValT[i * k + (H.urgency as number)] as number
  const block0 = calibrateBlock(HEAD_NAMES, kinds, bits, raw, calX, calT)
  const s = H.sarcasm as number
  const calA = Float32Array.from(block0.calA)
  const calB = Float32Array.from(block0.calB)
  const thresholds = Float32Array.from(block0.thresholds)
  calA[s] = cv.platt[0]
  calB[s] = cv.platt[1]
  thresholds[s] = cv.threshold
  const heads: HeadBlock = { ...block0, calA, calB, thresholds }

  const headF1: Record<string, number> = {}
  const outs = blockOutputs(heads, calX)
  for (let h = 0; h < k; h++) {
    if (h === s) continue
    const sc: number[] = []
    const gy: number[] = []
    for (let i = 0; i < calX.length; i++) {
      const y = calT[i * k + h] as number
      if (Number.isNaN(y)) continue
      sc.push(outs[i * k + h] as number)
      gy.push(h === H.urgency ? (y >= urgencyTarget(5) - 1e-9 ? 1 : 0) : y)
    }
    headF1[HEAD_NAMES[h] as string] = f1At(sc, gy, thresholds[h] as number)
  }
  headF1.sarcasm = cv.f1
  const urgScores: number[] = []
  const urgGold: number[] = []
  for (let i = 0; i < moocVal.length; i++) {
    urgScores.push(outs[(goVal.length + i) * k + (H.urgency as number)] as number)
    urgGold.push(validation.mooc[i]?.score as number)
  }
  const urgencyPearson = pearson(urgScores, urgGold)
  log?.(`heads F1 ${Object.entries(headF1).map(([n, v]) => `${n} ${v.toFixed(3)}`).join(', ')}; urgency r ${urgencyPearson.toFixed(4)}`)

  const sBits = sentiment.features.bits
  let goemotions: HeadBlock | undefined
  let goReport: Pick<EmotionHeadsReport, 'goemotionsMacroF1' | 'goemotionsMacroF1CrossFitted' | 'goemotionsF1'> = {}
  if (opts.skipGoemotions !== true) {
    const goRecipe = { ...recipe, goemotionsBits: Math.min(recipe.goemotionsBits, sBits) }
    const r = trainGoemotionsBlock(sets.goemotions, emoX.slice(0, sets.goemotions.length), validation.goemotions, goVal, goRecipe, opts.seed + 3)
    goemotions = r.block
    goReport = { goemotionsMacroF1: r.macroF1, goemotionsMacroF1CrossFitted: r.crossFittedMacroF1, goemotionsF1: r.f1 }
    log?.(`goemotions 28 labels: macro-F1 ${r.macroF1.toFixed(4)}`)
  }
  const model: EmotionHeadsModel = goemotions === undefined ? { bits: sBits, heads } : { bits: sBits, heads, goemotions }
  return { model, report: { headF1, urgencyPearson, ...goReport } }
}
