import { GOEMOTIONS_LABELS, type HeadBlock } from '../model/emotion-heads.js'
import { quantizeHeadWeights } from '../model/model-codec.js'
import { blockOutputs, calibrateBlock } from './calibrate-block.js'
import type { EmotionHeadSets, EmotionHeadValidation } from './emotion-head-sets.js'
import type { EmotionHeadsRecipe } from './emotion-heads-recipe.js'
import type { HeadExample } from './featurize-head-texts.js'
import { type RawHeads, trainHeads } from './train-heads.js'
import { crossFittedF1, f1At } from './tune-threshold.js'

/** Trains and calibrates the 28-label GoEmotions block (folded to `recipe.goemotionsBits`). */
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
  const trained = trainHeads(x, { k, targets: multiHot(rows) }, kinds, recipe.goemotionsBits, recipe.goemotions, seed)
  // Calibrate and tune thresholds on exactly the weights that ship.
  const codeBits = recipe.goemotionsCodeBits
  const raw: RawHeads = { ...trained, weights: quantizeHeadWeights(trained.weights, k, codeBits) }
  const vt = multiHot(valRows)
  const calibrated = calibrateBlock(labels, kinds, recipe.goemotionsBits, raw, valX, vt, undefined, recipe.goemotions.softmax === true)
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
