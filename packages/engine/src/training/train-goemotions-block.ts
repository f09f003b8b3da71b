import { GOEMOTIONS_LABELS, type HeadBlock } from '../model/emotion-heads.js'
import { quantizeHeadWeights } from '../model/model-codec.js'
import { sigmoid } from '../model/sigmoid.js'
import { blockLogits, blockOutputs, calibrateBlock } from './calibrate-block.js'
import type { EmotionHeadSets, EmotionHeadValidation } from './emotion-head-sets.js'
import type { EmotionHeadsRecipe } from './emotion-heads-recipe.js'
import type { HeadExample } from './featurize-head-texts.js'
import { type RawHeads, trainHeads } from './train-heads.js'
import { crossFittedF1, f1At, tuneThreshold } from './tune-threshold.js'

/**
 * Each label's F1-optimal threshold on the raw outputs of `folds`-fold cross-validation over the
 * training rows (every row scored by the model that did not see it): `[h]` is label h's.
 */
function outOfFoldThresholds(x: readonly HeadExample[], targets: Float32Array, k: number, folds: number, train: (x: readonly HeadExample[], t: Float32Array, seed: number) => RawHeads, bits: number, softmax: boolean): number[] {
  const n = x.length
  const oof = new Float64Array(n * k)
  for (let f = 0; f < folds; f++) {
    const inside: number[] = []
    const outside: number[] = []
    for (let i = 0; i < n; i++) (i % folds === f ? outside : inside).push(i)
    const t = new Float32Array(inside.length * k)
    inside.forEach((i, j) => {
      t.set(targets.subarray(i * k, (i + 1) * k), j * k)
    })
    const raw = train(inside.map((i) => x[i] as HeadExample), t, f + 1)
    const z = blockLogits({ names: GOEMOTIONS_LABELS, bits, ...raw, softmax }, outside.map((i) => x[i] as HeadExample))
    outside.forEach((i, j) => {
      oof.set(z.subarray(j * k, (j + 1) * k), i * k)
    })
  }
  const out: number[] = []
  for (let h = 0; h < k; h++) {
    const sc = new Float64Array(n)
    const gy = new Float32Array(n)
    for (let i = 0; i < n; i++) {
      sc[i] = oof[i * k + h] as number
      gy[i] = targets[i * k + h] as number
    }
    out.push(tuneThreshold(sc, gy).threshold)
  }
  return out
}

/**
 * Trains and calibrates the 28-label GoEmotions block (folded to `recipe.goemotionsBits`). The
 * decision thresholds come from out-of-fold outputs on the training rows when
 * `recipe.goemotionsThresholdFolds` > 1, so validation measures them; otherwise from validation.
 */
export function trainGoemotionsBlock(
  rows: EmotionHeadSets['goemotions'],
  x: readonly HeadExample[],
  valRows: EmotionHeadValidation['goemotions'],
  valX: readonly HeadExample[],
  recipe: EmotionHeadsRecipe,
  seed: number,
): { block: HeadBlock; macroF1: number; crossFittedMacroF1: number; f1: Record<string, number> } {
  const labels = GOEMOTIONS_LABELS as readonly string[]
  const k = labels.length
  const multiHot = (rs: EmotionHeadSets['goemotions']): Float32Array => {
    const t = new Float32Array(rs.length * k)
    rs.forEach((r, i) => {
      for (const l of r.labels) {
        const j = labels.indexOf(l)
        if (j >= 0) t[i * k + j] = 1
      }
    })
    return t
  }
  const kinds = labels.map(() => 'logistic' as const)
  const targets = multiHot(rows)
  const train = (xs: readonly HeadExample[], t: Float32Array, s: number): RawHeads => trainHeads(xs, { k, targets: t }, kinds, recipe.goemotionsBits, recipe.goemotions, s)
  const trained = train(x, targets, seed)
  // Calibrate on exactly the weights that ship.
  const codeBits = recipe.goemotionsCodeBits
  const raw: RawHeads = { ...trained, weights: quantizeHeadWeights(trained.weights, k, codeBits) }
  const vt = multiHot(valRows)
  const softmax = recipe.goemotions.softmax === true
  const calibrated = calibrateBlock(labels, kinds, recipe.goemotionsBits, raw, valX, vt, undefined, softmax)
  if (recipe.goemotionsThresholdFolds > 1) {
    // Platt's curve is increasing (a > 0), so a raw threshold maps to the calibrated scale; a label
    // whose curve is flat or falling keeps its validation threshold.
    const rawThresholds = outOfFoldThresholds(x, targets, k, recipe.goemotionsThresholdFolds, (xs, t, s) => train(xs, t, seed + 100 * s), recipe.goemotionsBits, softmax)
    rawThresholds.forEach((t, h) => {
      const a = calibrated.calA[h] as number
      if (a > 0) calibrated.thresholds[h] = sigmoid(a * t + (calibrated.calB[h] as number))
    })
  }
  const block: HeadBlock = codeBits === 4 ? { ...calibrated, codeBits } : calibrated
  const outs = blockOutputs(block, valX)
  const f1: Record<string, number> = {}
  let sum = 0
  let crossSum = 0
  for (let h = 0; h < k; h++) {
    const sc: number[] = []
    const gy: number[] = []
    for (let i = 0; i < valX.length; i++) {
      sc.push(outs[i * k + h] as number)
      gy.push(vt[i * k + h] as number)
    }
    const v = f1At(sc, gy, block.thresholds[h] as number)
    f1[labels[h] as string] = v
    sum += v
    crossSum += crossFittedF1(sc, gy)
  }
  return { block, macroF1: sum / k, crossFittedMacroF1: crossSum / k, f1 }
}
