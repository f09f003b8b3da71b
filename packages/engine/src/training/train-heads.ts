/** Training the raw weights of one block of heads (AdaGrad over the sentiment features), bagged. */
import { HEAD_DENSE_COUNT } from '../model/emotion-heads.js'
import { createRng, type Rng, shuffleInPlace } from '../model/rng.js'
import { sigmoid } from '../model/sigmoid.js'
import type { HeadExample } from './featurize-head-texts.js'
import { adagradStep } from './adagrad-step.js'
import { naiveBayesRatio } from './naive-bayes-ratio.js'

/** Hyper-parameters of one block of heads. */
export interface HeadRecipe {
  readonly epochs: number
  readonly learningRate: number
  readonly l2: number
  /** Runs on differently shuffled orders, averaged. */
  readonly bags: number
  /** Positive-class loss weight of a logistic head = min(maxPosWeight, (neg/pos)^posWeightPower). */
  readonly posWeightPower: number
  readonly maxPosWeight: number
  /** Scale of the dense inputs (0 switches them off). */
  readonly denseScale: number
  /** Polyak-average the weights over steps. */
  readonly average: boolean
  /**
   * One softmax over all heads (targets = the row's labels, spread evenly) instead of independent
   * sigmoids; for mostly single-label taxonomies such as GoEmotions. Class weights then follow
   * (total / (k · count))^posWeightPower, capped at maxPosWeight.
   */
  readonly softmax?: boolean
  /**
   * NBSVM-style naive-Bayes scaling of the sparse weights, per bucket and head (see
   * {@link headNaiveBayesScales}); absent = off. Logistic heads only (regression heads ignore it).
   */
  readonly nb?: HeadNaiveBayesScaling
}

/** Smoothing and strength of the naive-Bayes scaling of a block's sparse weights. */
export interface HeadNaiveBayesScaling {
  /** Additive smoothing of the per-bucket counts. */
  readonly alpha: number
  /** 1 = the full ratio, 0 = no scaling: scale = max(0, 1 − beta + beta × |r| / mean |r|). */
  readonly beta: number
  /**
   * Divide by each head's own mean |r| instead of the block's, so every head's scales average 1:
   * each label's ratios have their own spread (a rare label's few positives leave most buckets at
   * a count of zero), and one mean for all would speed up or slow down whole labels.
   */
  readonly perHead?: boolean
}

export const DEFAULT_HEAD_RECIPE: HeadRecipe = {
  epochs: 4,
  learningRate: 0.1,
  l2: 0,
  bags: 2,
  posWeightPower: 0.5,
  maxPosWeight: 10,
  denseScale: 1,
  average: false,
}

/** Training targets of one block: `targets[i * k + h]`, NaN = unknown (no gradient). */
export interface HeadTargets {
  readonly k: number
  readonly targets: Float32Array
  /** Per-example loss weight (default 1). */
  readonly weights?: Float32Array
}

/** Raw weights of a trained block (before calibration). */
export interface RawHeads {
  readonly weights: Float32Array
  readonly bias: Float32Array
  readonly dense: Float32Array
}

/**
 * Naive-Bayes scales of a block's sparse weights, `dim × k` (`[j · k + h]`): for bucket j and head
 * h, the Bernoulli log-count ratio r = log(P(j | h positive) / P(j | h negative)) over the rows
 * (counts smoothed by `alpha`, a row counting once per bucket it holds), as
 * max(0, 1 − beta + beta × |r| / mean |r|), the mean over the (bucket, head) pairs some row holds
 * (or over head h's buckets, with `perHead`).
 * Buckets no row holds and regression heads keep scale 1; a row whose target is unknown (NaN)
 * counts as a negative, so this is meant for fully labelled blocks such as GoEmotions.
 *
 * Why: training reads each weight through its scale and multiplies it in afterwards, so AdaGrad
 * moves the weights of buckets that tell a label apart faster than those of common or mixed ones;
 * a prior the rare labels' few hundred positives cannot learn alone (NBSVM, Wang & Manning 2012).
 * The model then reads the same features as before: reading speed and format are unchanged.
 */
export function headNaiveBayesScales(examples: readonly HeadExample[], t: HeadTargets, kinds: readonly ('logistic' | 'regression')[], bits: number, nb: HeadNaiveBayesScaling): Float32Array {
  const k = t.k
  const dim = 1 << bits
  const fold = dim - 1
  const counts = new Float64Array(dim * k)
  const rowsWith = new Float64Array(dim)
  const pos = new Float64Array(k)
  let n = 0
  const seen = new Int32Array(dim).fill(-1)
  examples.forEach((ex, i) => {
    n++
    for (let h = 0; h < k; h++) if ((t.targets[i * k + h] as number) >= 0.5) pos[h] = (pos[h] as number) + 1
    for (let a = 0; a < ex.indices.length; a++) {
      const j = (ex.indices[a] as number) & fold
      // A bucket counts once per row, however many of the row's features fold into it.
      if (seen[j] === i) continue
      seen[j] = i
      rowsWith[j] = (rowsWith[j] as number) + 1
      for (let h = 0; h < k; h++) if ((t.targets[i * k + h] as number) >= 0.5) counts[j * k + h] = (counts[j * k + h] as number) + 1
    }
  })
  const alpha = nb.alpha
  const ratio = new Float64Array(dim * k)
  let sum = 0
  let pairs = 0
  for (let j = 0; j < dim; j++) {
    const all = rowsWith[j] as number
    if (all === 0) continue
    for (let h = 0; h < k; h++) {
      if (kinds[h] === 'regression') continue
      const r = naiveBayesRatio(counts[j * k + h] as number, all, pos[h] as number, n, alpha)
      ratio[j * k + h] = r
      sum += r
      pairs++
    }
  }
  const mean = pairs > 0 ? sum / pairs : 1
  const means = new Float64Array(k).fill(mean)
  if (nb.perHead === true) {
    const held = Array.from(rowsWith).filter((c) => c > 0).length
    for (let h = 0; h < k; h++) {
      let s = 0
      for (let j = 0; j < dim; j++) s += ratio[j * k + h] as number
      if (s > 0) means[h] = s / held
    }
  }
  const scale = new Float32Array(dim * k).fill(1)
  for (let j = 0; j < dim; j++) {
    if ((rowsWith[j] as number) === 0) continue
    for (let h = 0; h < k; h++) {
      if (kinds[h] === 'regression') continue
      scale[j * k + h] = Math.max(0, 1 - nb.beta + (nb.beta * (ratio[j * k + h] as number)) / (means[h] as number))
    }
  }
  return scale
}

/**
 * Trains k independent linear heads (logistic or squared loss) with AdaGrad over the same sparse
 * features. Deterministic for a given rng. `bits` is the (possibly folded) bucket space.
 */
export function trainHeadsOnce(
  examples: readonly HeadExample[],
  t: HeadTargets,
  kinds: readonly ('logistic' | 'regression')[],
  bits: number,
  recipe: HeadRecipe,
  rng: Rng,
  weightScale?: Float32Array,
): RawHeads {
  const k = t.k
  const dim = 1 << bits
  const fold = dim - 1
  const w = new Float64Array(dim * k)
  const g2 = new Float32Array(dim * k)
  const acc = recipe.average ? new Float64Array(dim * k) : undefined
  const b = new Float64Array(k)
  const bG2 = new Float64Array(k)
  const dw = new Float64Array(k * HEAD_DENSE_COUNT)
  const dG2 = new Float64Array(k * HEAD_DENSE_COUNT)
  // Positive weights of logistic heads from label frequencies.
  const pos = new Float64Array(k)
  const neg = new Float64Array(k)
  for (let i = 0; i < examples.length; i++) {
    for (let h = 0; h < k; h++) {
      const y = t.targets[i * k + h] as number
      if (Number.isNaN(y)) continue
      if (y >= 0.5) pos[h] = (pos[h] as number) + 1
      else neg[h] = (neg[h] as number) + 1
    }
  }
  const pw = Array.from(pos, (p, h) =>
    kinds[h] === 'regression' || p === 0 ? 1 : Math.min(recipe.maxPosWeight, Math.max(1, ((neg[h] as number) / p) ** recipe.posWeightPower)),
  )
  const softmax = recipe.softmax === true
  let total = 0
  for (let h = 0; h < k; h++) total += pos[h] as number
  const cw = Array.from(pos, (p) => (p > 0 ? Math.min(recipe.maxPosWeight, (total / (k * p)) ** recipe.posWeightPower) : 1))
  const order = examples.map((_, i) => i)
  const z = new Float64Array(k)
  const g = new Float64Array(k)
  const active = new Int32Array(k)
  const ds = recipe.denseScale
  const l2 = recipe.l2
  let step = 1
  for (let epoch = 0; epoch < recipe.epochs; epoch++) {
    shuffleInPlace(order, rng)
    const lr = recipe.learningRate / Math.sqrt(1 + epoch * 0.5)
    for (const n of order) {
      const ex = examples[n] as HeadExample
      const exw = t.weights === undefined ? 1 : (t.weights[n] as number)
      let na = 0
      for (let h = 0; h < k; h++) if (!Number.isNaN(t.targets[n * k + h] as number)) active[na++] = h
      if (na === 0) continue
      const idx = ex.indices
      const val = ex.values
      for (let a = 0; a < na; a++) {
        const h = active[a] as number
        let s = b[h] as number
        if (ds > 0) for (let d = 0; d < HEAD_DENSE_COUNT; d++) s += (dw[h * HEAD_DENSE_COUNT + d] as number) * (ex.dense[d] as number) * ds
        z[h] = s
      }
      for (let i = 0; i < idx.length; i++) {
        const base = ((idx[i] as number) & fold) * k
        const v = val[i] as number
        if (weightScale !== undefined)
          for (let a = 0; a < na; a++) {
            const h = active[a] as number
            z[h] = (z[h] as number) + (w[base + h] as number) * v * (weightScale[base + h] as number)
          }
        else
          for (let a = 0; a < na; a++) {
            const h = active[a] as number
            z[h] = (z[h] as number) + (w[base + h] as number) * v
          }
      }
      if (softmax) {
        let m = Number.NEGATIVE_INFINITY
        let ysum = 0
        let cwt = 0
        for (let h = 0; h < k; h++) {
          if ((z[h] as number) > m) m = z[h] as number
          const y = t.targets[n * k + h] as number
          ysum += y
          cwt += y * (cw[h] as number)
        }
        let se = 0
        for (let h = 0; h < k; h++) se += Math.exp((z[h] as number) - m)
        const sc = (ysum > 0 ? cwt / ysum : 1) * exw
        for (let h = 0; h < k; h++) {
          const y = ysum > 0 ? (t.targets[n * k + h] as number) / ysum : 0
          g[h] = (Math.exp((z[h] as number) - m) / se - y) * sc
        }
      } else {
        for (let a = 0; a < na; a++) {
          const h = active[a] as number
          const y = t.targets[n * k + h] as number
          if (kinds[h] === 'regression') g[h] = ((z[h] as number) - y) * exw
          else g[h] = (sigmoid(z[h] as number) - y) * (y >= 0.5 ? (pw[h] as number) : 1) * exw
        }
      }
      for (let i = 0; i < idx.length; i++) {
        const base = ((idx[i] as number) & fold) * k
        const v = val[i] as number
        if (weightScale !== undefined)
          for (let a = 0; a < na; a++) {
            const h = active[a] as number
            adagradStep(w, g2, acc, base + h, (g[h] as number) * v * (weightScale[base + h] as number), l2, lr, step)
          }
        else
          for (let a = 0; a < na; a++) {
            const h = active[a] as number
            adagradStep(w, g2, acc, base + h, (g[h] as number) * v, l2, lr, step)
          }
      }
      for (let a = 0; a < na; a++) {
        const h = active[a] as number
        const gh = g[h] as number
        bG2[h] = (bG2[h] as number) + gh * gh
        b[h] = (b[h] as number) - (lr * gh) / (Math.sqrt(bG2[h] as number) + 1e-8)
        if (ds > 0) {
          for (let d = 0; d < HEAD_DENSE_COUNT; d++) {
            const j = h * HEAD_DENSE_COUNT + d
            const gd = gh * (ex.dense[d] as number) * ds
            dG2[j] = (dG2[j] as number) + gd * gd
            if ((dG2[j] as number) > 0) dw[j] = (dw[j] as number) - (lr * gd) / (Math.sqrt(dG2[j] as number) + 1e-8)
          }
        }
      }
      step++
    }
  }
  const weights = new Float32Array(dim * k)
  for (let j = 0; j < w.length; j++) weights[j] = acc !== undefined ? (w[j] as number) + (acc[j] as number) / step : (w[j] as number)
  // The scales are multiplied in, so the block reads the unscaled features.
  if (weightScale !== undefined) for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] as number) * (weightScale[j] as number)
  const dense = new Float32Array(k * HEAD_DENSE_COUNT)
  for (let j = 0; j < dense.length; j++) dense[j] = (dw[j] as number) * ds
  return { weights, bias: Float32Array.from(b), dense }
}

/**
 * {@link trainHeadsOnce} averaged over `recipe.bags` seeds derived from `seed`, with the naive-Bayes
 * scales of `recipe.nb` (from these examples alone) when it has them.
 */
export function trainHeads(
  examples: readonly HeadExample[],
  t: HeadTargets,
  kinds: readonly ('logistic' | 'regression')[],
  bits: number,
  recipe: HeadRecipe,
  seed: number,
): RawHeads {
  const bags = Math.max(1, recipe.bags)
  const scale = recipe.nb === undefined ? undefined : headNaiveBayesScales(examples, t, kinds, bits, recipe.nb)
  let sum: { weights: Float32Array; bias: Float32Array; dense: Float32Array } | undefined
  for (let bag = 0; bag < bags; bag++) {
    const m = trainHeadsOnce(examples, t, kinds, bits, recipe, createRng((seed + bag * 0x9e3779b9) >>> 0), scale)
    if (sum === undefined) sum = { weights: m.weights, bias: m.bias, dense: m.dense }
    else {
      for (let j = 0; j < sum.weights.length; j++) sum.weights[j] = (sum.weights[j] as number) + (m.weights[j] as number)
      for (let j = 0; j < sum.bias.length; j++) sum.bias[j] = (sum.bias[j] as number) + (m.bias[j] as number)
      for (let j = 0; j < sum.dense.length; j++) sum.dense[j] = (sum.dense[j] as number) + (m.dense[j] as number)
    }
  }
  const s = sum as RawHeads
  if (bags > 1) {
    for (let j = 0; j < s.weights.length; j++) s.weights[j] = (s.weights[j] as number) / bags
    for (let j = 0; j < s.bias.length; j++) s.bias[j] = (s.bias[j] as number) / bags
    for (let j = 0; j < s.dense.length; j++) s.dense[j] = (s.dense[j] as number) / bags
  }
  return s
}
