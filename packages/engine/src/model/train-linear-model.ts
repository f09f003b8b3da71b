import type { FeatureConfig } from './extract-features.js'
import type { LinearModel } from './linear-model.js'
import { sigmoid, softmaxInPlace } from './linear-model.js'
import { type Rng, shuffleInPlace } from './rng.js'

/** One training example: a sparse vector and its target class indices (one for softmax models). */
export interface TrainingExample {
  readonly indices: Int32Array
  readonly values: Float32Array
  readonly targets: readonly number[]
  /** Per-example weight (1 by default), e.g. to down-weight an auxiliary data set. */
  readonly weight?: number
}

/** Knobs for {@link trainLinearModel}. */
export interface TrainOptions {
  readonly classes: readonly string[]
  readonly features: FeatureConfig
  readonly multiLabel?: boolean
  readonly epochs: number
  readonly learningRate: number
  /** L2 penalty, applied lazily to the weights an example touches. */
  readonly l2: number
  /** Loss weight per class; "balanced" weights classes by inverse frequency. */
  readonly classWeights?: readonly number[] | 'balanced'
  readonly rng: Rng
  /** Called after each epoch, e.g. to log validation scores. */
  readonly onEpoch?: (epoch: number, model: LinearModel) => void
}

/**
 * Trains a linear model with AdaGrad on shuffled examples. Deterministic for a given `rng` seed,
 * example order and options.
 */
export function trainLinearModel(examples: readonly TrainingExample[], opts: TrainOptions): LinearModel {
  const k = opts.classes.length
  const dim = 1 << opts.features.bits
  const weights = new Float32Array(dim * k)
  const grad2 = new Float32Array(dim * k)
  const bias = new Float32Array(k)
  const biasG2 = new Float64Array(k)
  const multiLabel = opts.multiLabel === true
  const model: LinearModel = { classes: opts.classes, features: opts.features, multiLabel, weights, bias }

  const counts = new Float64Array(k)
  for (const ex of examples) for (const t of ex.targets) counts[t] = (counts[t] as number) + 1
  let cw: number[]
  if (opts.classWeights === 'balanced') {
    cw = Array.from(counts, (n) => (n > 0 ? examples.length / (k * n) : 1))
  } else cw = opts.classWeights ? [...opts.classWeights] : new Array<number>(k).fill(1)
  if (multiLabel) {
    // Positive-class weights for sigmoid heads: rare labels would otherwise never fire.
    cw = Array.from(counts, (n) => (n > 0 ? Math.min(20, Math.sqrt((examples.length - n) / n)) : 1))
  }

  const order = examples.map((_, i) => i)
  const z = new Float64Array(k)
  const g = new Float64Array(k)
  const eps = 1e-8
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, opts.rng)
    const lr = opts.learningRate / Math.sqrt(1 + epoch * 0.5)
    for (const n of order) {
      const ex = examples[n] as TrainingExample
      const exw = ex.weight ?? 1
      for (let c = 0; c < k; c++) z[c] = bias[c] as number
      for (let i = 0; i < ex.indices.length; i++) {
        const base = (ex.indices[i] as number) * k
        const v = ex.values[i] as number
        for (let c = 0; c < k; c++) z[c] = (z[c] as number) + (weights[base + c] as number) * v
      }
      if (multiLabel) {
        for (let c = 0; c < k; c++) {
          const y = ex.targets.includes(c) ? 1 : 0
          g[c] = (sigmoid(z[c] as number) - y) * (y === 1 ? (cw[c] as number) : 1) * exw
        }
      } else {
        softmaxInPlace(z, k)
        const t = ex.targets[0] as number
        const w = (cw[t] as number) * exw
        for (let c = 0; c < k; c++) g[c] = ((z[c] as number) - (c === t ? 1 : 0)) * w
      }
      for (let i = 0; i < ex.indices.length; i++) {
        const base = (ex.indices[i] as number) * k
        const v = ex.values[i] as number
        for (let c = 0; c < k; c++) {
          const j = base + c
          const wj = weights[j] as number
          const gj = (g[c] as number) * v + opts.l2 * wj
          const g2 = (grad2[j] as number) + gj * gj
          grad2[j] = g2
          weights[j] = wj - (lr * gj) / (Math.sqrt(g2) + eps)
        }
      }
      for (let c = 0; c < k; c++) {
        const gc = g[c] as number
        biasG2[c] = (biasG2[c] as number) + gc * gc
        bias[c] = (bias[c] as number) - (lr * gc) / (Math.sqrt(biasG2[c] as number) + eps)
      }
    }
    opts.onEpoch?.(epoch, model)
  }
  return model
}
