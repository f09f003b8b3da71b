// GoEmotions 28-label block candidates, chosen by 5-fold cross-validation on GoEmotions TRAIN only.
// Every candidate's raw (int8-quantised, as shipped) outputs are taken out of fold; each fold is
// scored with thresholds chosen on the other four folds' out-of-fold outputs (never its own), and
// the 28 labels' true/false positives are pooled over the folds before macro-F1. Validation is not
// read unless FINAL=1 (once, at the end, for the chosen candidate and the baseline).
//   node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error research/exp-go-cv.ts --outfile=/tmp/go20/exp-go-cv.mjs
//   V='[["base",{}],["nb10",{"nb":{"alpha":10,"beta":1}}]]' SEEDS=1,2 node /tmp/go20/exp-go-cv.mjs
// A candidate is [name, overrides of the shipped GoEmotions HeadRecipe, bits?]. Out-of-fold outputs
// are written to $OUT/<name>-s<seed>.f64 (default /tmp/go20) for post-processing experiments.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { GOEMOTIONS_LABELS } from '../packages/engine/src/model/emotion-heads.js'
import { decodeModel } from '../packages/engine/src/model/model-codec.js'
import { createRng, shuffleInPlace } from '../packages/engine/src/model/rng.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import {
  DEFAULT_EMOTION_HEADS_RECIPE,
  type HeadExample,
  type HeadRecipe,
  blockLogits,
  featurizeHeadTexts,
  quantizeHeadWeights,
  trainGoemotionsBlock,
  trainHeads,
  tuneThreshold,
} from '../packages/engine/src/training.js'

// Run from the repository root (the bundle lives outside it).
const BASE_MODEL_DATA = readFileSync('packages/engine/assets/base-model.bin')
const D = process.env.DATA ?? '../shared/data/'
const OUT = process.env.OUT ?? '/tmp/go20'
mkdirSync(OUT, { recursive: true })
const load = (p: string): { text: string; labels: string[] }[] =>
  readFileSync(D + p, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
const { model: sentiment } = decodeModel(BASE_MODEL_DATA)
const L = GOEMOTIONS_LABELS as readonly string[]
const k = L.length
const tr = load('goemotions/train.jsonl')
let t0 = performance.now()
const X = featurizeHeadTexts(
  tr.map((r) => r.text),
  sentiment,
  cueKindsFor,
)
console.log(`featurised ${tr.length} rows in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
const hot = (rs: readonly { labels: string[] }[]): Float32Array => {
  const t = new Float32Array(rs.length * k)
  rs.forEach((r, i) => {
    for (const l of r.labels) if (L.includes(l)) t[i * k + L.indexOf(l)] = 1
  })
  return t
}
const T = hot(tr)
const kinds = L.map(() => 'logistic' as const)
const shipped = DEFAULT_EMOTION_HEADS_RECIPE

/** Out-of-fold raw outputs (log-probabilities under softmax) of a recipe, int8 weights as shipped. */
function outOfFold(recipe: HeadRecipe, bits: number, folds: Int32Array, seed: number): Float64Array {
  const oof = new Float64Array(tr.length * k)
  for (let f = 0; f < 5; f++) {
    const inside: number[] = []
    const outside: number[] = []
    for (let i = 0; i < tr.length; i++) (folds[i] === f ? outside : inside).push(i)
    const t = new Float32Array(inside.length * k)
    inside.forEach((i, j) => t.set(T.subarray(i * k, (i + 1) * k), j * k))
    const raw = trainHeads(
      inside.map((i) => X[i] as HeadExample),
      { k, targets: t },
      kinds,
      bits,
      recipe,
      seed * 1000 + f,
    )
    const q = { ...raw, weights: quantizeHeadWeights(raw.weights, k, 8) }
    const z = blockLogits({ names: L, bits, ...q, softmax: recipe.softmax === true }, outside.map((i) => X[i] as HeadExample))
    outside.forEach((i, j) => oof.set(z.subarray(j * k, (j + 1) * k), i * k))
  }
  return oof
}

/**
 * Macro-F1 of out-of-fold outputs, each fold scored at thresholds tuned on the other folds, with
 * true/false positives pooled over folds per label. `top1` also predicts each row's top label.
 */
export function scoreOof(oof: Float64Array, folds: Int32Array, top1: boolean): { macro: number; perLabel: number[] } {
  const s = Float64Array.from(oof)
  if (top1)
    for (let i = 0; i < tr.length; i++) {
      let am = 0
      for (let h = 1; h < k; h++) if ((s[i * k + h] as number) > (s[i * k + am] as number)) am = h
      s[i * k + am] = 1e9
    }
  const perLabel: number[] = []
  for (let h = 0; h < k; h++) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (let f = 0; f < 5; f++) {
      const fs: number[] = []
      const fy: number[] = []
      for (let i = 0; i < tr.length; i++)
        if (folds[i] !== f) {
          fs.push(s[i * k + h] as number)
          fy.push(T[i * k + h] as number)
        }
      const th = tuneThreshold(fs, fy).threshold
      for (let i = 0; i < tr.length; i++) {
        if (folds[i] !== f) continue
        const p = (s[i * k + h] as number) >= th
        const g = (T[i * k + h] as number) >= 0.5
        if (p && g) tp++
        else if (p) fp++
        else if (g) fn++
      }
    }
    perLabel.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn))
  }
  return { macro: perLabel.reduce((a, b) => a + b, 0) / k, perLabel }
}

/** Fold of each row: a shuffle by the fold seed dealt round-robin. */
function foldsOf(seed: number): Int32Array {
  const order = tr.map((_, i) => i)
  shuffleInPlace(order, createRng(seed ^ 0x60e0))
  const folds = new Int32Array(tr.length)
  order.forEach((i, n) => {
    folds[i] = n % 5
  })
  return folds
}

const variants: [string, Partial<HeadRecipe>, number?][] = JSON.parse(process.env.V ?? '[["base",{}]]')
const seeds = (process.env.SEEDS ?? '1').split(',').map(Number)
if (process.env.FINAL !== '1') {
  for (const [name, over, b] of variants) {
    const recipe = { ...shipped.goemotions, ...over }
    const bits = b ?? shipped.goemotionsBits
    for (const seed of seeds) {
      t0 = performance.now()
      const folds = foldsOf(seed)
      const oof = outOfFold(recipe, bits, folds, seed)
      writeFileSync(`${OUT}/${name}-s${seed}.f64`, Buffer.from(oof.buffer))
      const r = scoreOof(oof, folds, false)
      const top = scoreOof(oof, folds, true)
      console.log(
        `${name.padEnd(16)} seed ${seed} bits ${bits}  CV macro-F1 ${r.macro.toFixed(4)}  (+top-1 ${top.macro.toFixed(4)})  ${((performance.now() - t0) / 1000).toFixed(0)} s  ${JSON.stringify(over)}`,
      )
    }
  }
} else {
  // The one read of validation: the block trained exactly as `npm run train` trains it (thresholds
  // from 5-fold out-of-fold outputs over train), for each candidate named.
  const va = load('goemotions/validation.jsonl')
  const V = featurizeHeadTexts(
    va.map((r) => r.text),
    sentiment,
    cueKindsFor,
  )
  for (const [name, over, b] of variants) {
    const recipe = { ...shipped, goemotions: { ...shipped.goemotions, ...over }, goemotionsBits: b ?? shipped.goemotionsBits }
    const r = trainGoemotionsBlock(tr, X, va as never, V, recipe, Number(process.env.SEED ?? 20261126) + 3)
    console.log(`${name.padEnd(16)} validation macro-F1 ${r.macroF1.toFixed(4)} (validation-tuned, cross-fitted ${r.crossFittedMacroF1.toFixed(4)})`)
  }
}
