/**
 * The sarcasm head's calibration: iSarcasmEval has no usable validation split, so its Platt curve and
 * threshold come from cross-validation folds of the train set.
 */
import { HEAD_COUNT, HEAD_NAMES } from '../model/emotion-heads.js'
import { hashString } from '../model/hash.js'
import { sigmoid } from '../model/sigmoid.js'
import { blockLogits, fitPlatt } from './calibrate-block.js'
import type { EmotionHeadSets } from './emotion-head-sets.js'
import type { EmotionHeadsRecipe } from './emotion-heads-recipe.js'
import type { HeadExample } from './featurize-head-texts.js'
import { trainHeads } from './train-heads.js'
import { tuneThreshold } from './tune-threshold.js'

/** Deterministic fold (0..folds−1) of a text, for cross-validation without a validation split. */
export function foldOf(text: string, folds: number): number {
  return hashString(text, 0x5eed) % folds
}

/** iSarcasmEval rows as texts/labels/weights (rephrases appended as non-sarcastic). */
export function sarcasmRows(
  rows: EmotionHeadSets['isarcasm'],
  rephraseWeight: number,
): { texts: string[]; labels: number[]; weights: number[]; group: string[]; isRephrase: boolean[] } {
  const texts: string[] = []
  const labels: number[] = []
  const weights: number[] = []
  const group: string[] = []
  const isRephrase: boolean[] = []
  for (const r of rows) {
    const y = r.label === 'sarcastic' ? 1 : r.label === 'not_sarcastic' ? 0 : -1
    if (y < 0) continue
    texts.push(r.text)
    labels.push(y)
    weights.push(1)
    group.push(r.text)
    isRephrase.push(false)
    if (y === 1 && rephraseWeight > 0 && typeof r.rephrase === 'string' && r.rephrase.trim() !== '') {
      texts.push(r.rephrase)
      labels.push(0)
      weights.push(rephraseWeight)
      group.push(r.text)
      isRephrase.push(true)
    }
  }
  return { texts, labels, weights, group, isRephrase }
}

/**
 * k-fold cross-validation of the sarcasm head on the iSarcasmEval train set (folds by hashed text;
 * a rephrase stays in its original's fold and is never scored). Returns out-of-fold Platt scaling,
 * the F1-optimal threshold and its F1, pooled over folds.
 */
export function crossValidateSarcasm(
  x: readonly HeadExample[],
  sar: ReturnType<typeof sarcasmRows>,
  recipe: EmotionHeadsRecipe,
  bits: number,
  seed: number,
  kinds: readonly ('logistic' | 'regression')[],
): { platt: [number, number]; threshold: number; f1: number; oof: Float64Array } {
  const k = HEAD_COUNT
  const s = HEAD_NAMES.indexOf('sarcasm')
  const folds = recipe.sarcasmFolds
  const fold = sar.group.map((g) => foldOf(g, folds))
  const oof = new Float64Array(x.length).fill(Number.NaN)
  for (let f = 0; f < folds; f++) {
    const tr: number[] = []
    const te: number[] = []
    fold.forEach((ff, i) => {
      if (ff !== f) tr.push(i)
      else if (!sar.isRephrase[i]) te.push(i)
    })
    const t = new Float32Array(tr.length * k).fill(Number.NaN)
    const w = new Float32Array(tr.length)
    tr.forEach((j, i) => {
      t[i * k + s] = sar.labels[j] as number
      w[i] = sar.weights[j] as number
    })
    const raw = trainHeads(tr.map((i) => x[i] as HeadExample), { k, targets: t, weights: w }, kinds, bits, recipe.sarcasm, seed + f)
    const z = blockLogits({ names: HEAD_NAMES, bits, ...raw }, te.map((i) => x[i] as HeadExample))
    te.forEach((j, i) => {
      oof[j] = z[i * k + s] as number
    })
  }
  const zs: number[] = []
  const ys: number[] = []
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(oof[i] as number)) continue
    zs.push(oof[i] as number)
    ys.push(sar.labels[i] as number)
  }
  const platt = fitPlatt(zs, ys)
  const ps = zs.map((v) => sigmoid(platt[0] * v + platt[1]))
  const t = tuneThreshold(ps, ys)
  return { platt, threshold: t.threshold, f1: t.f1, oof }
}
