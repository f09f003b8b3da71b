import type { FeatureConfig } from './extract-features.js'
import type { FeatureBuffer } from './feature-buffer.js'

/**
 * A linear classifier over hashed features. `weights[bucket * k + c]` is class c's weight; with
 * `multiLabel` each class is an independent sigmoid, otherwise the classes share a softmax.
 */
export interface LinearModel {
  readonly classes: readonly string[]
  readonly features: FeatureConfig
  readonly multiLabel: boolean
  readonly weights: Float32Array
  readonly bias: Float32Array
}

/** Writes each class's raw score (logit) for the vector in `x` into `out`. */
export function linearLogits(model: LinearModel, x: FeatureBuffer, out: Float64Array): void {
  const k = model.classes.length
  const w = model.weights
  for (let c = 0; c < k; c++) out[c] = model.bias[c] as number
  const idx = x.indices
  const val = x.values
  for (let i = 0; i < x.length; i++) {
    const base = (idx[i] as number) * k
    const v = val[i] as number
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + (w[base + c] as number) * v
  }
}

/** Softmax in place, numerically safe. */
export function softmaxInPlace(z: Float64Array, k = z.length): void {
  let max = -Infinity
  for (let c = 0; c < k; c++) if ((z[c] as number) > max) max = z[c] as number
  let sum = 0
  for (let c = 0; c < k; c++) {
    const e = Math.exp((z[c] as number) - max)
    z[c] = e
    sum += e
  }
  for (let c = 0; c < k; c++) z[c] = (z[c] as number) / sum
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))
}
