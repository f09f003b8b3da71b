/**
 * Calibration of a trained block of heads on validation: Platt curves for logistic heads, a line for
 * regression heads, and the calibrated outputs they give.
 */
import { type HeadBlock, headLogits } from '../model/emotion-heads.js'
import { FeatureBuffer } from '../model/feature-buffer.js'
import { sigmoid } from '../model/sigmoid.js'
import type { HeadExample } from './featurize-head-texts.js'
import { urgencyTarget } from './head-label-maps.js'
import type { RawHeads } from './train-heads.js'
import { tuneThreshold } from './tune-threshold.js'

/**
 * Platt scaling: fits p = σ(a·z + b) to binary labels by Newton's method on the log-loss (with
 * Platt's smoothed targets). Returns [a, b].
 */
export function fitPlatt(z: ArrayLike<number>, y: ArrayLike<number>): [number, number] {
  const n = z.length
  let np = 0
  for (let i = 0; i < n; i++) if ((y[i] as number) >= 0.5) np++
  const nn = n - np
  const tp = (np + 1) / (np + 2)
  const tn = 1 / (nn + 2)
  let a = 1
  let b = 0
  for (let it = 0; it < 100; it++) {
    let ga = 0
    let gb = 0
    let haa = 1e-9
    let hab = 0
    let hbb = 1e-9
    for (let i = 0; i < n; i++) {
      const zi = z[i] as number
      const p = sigmoid(a * zi + b)
      const t = (y[i] as number) >= 0.5 ? tp : tn
      const d = p - t
      const wgt = p * (1 - p)
      ga += d * zi
      gb += d
      haa += wgt * zi * zi
      hab += wgt * zi
      hbb += wgt
    }
    const det = haa * hbb - hab * hab
    if (Math.abs(det) < 1e-18) break
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    a -= da
    b -= db
    if (Math.abs(da) + Math.abs(db) < 1e-9) break
  }
  return [a, b]
}

/** Least-squares line mapping scores z to targets y. Returns [a, b]. */
export function fitLine(z: ArrayLike<number>, y: ArrayLike<number>): [number, number] {
  const n = z.length
  let mz = 0
  let my = 0
  for (let i = 0; i < n; i++) {
    mz += z[i] as number
    my += y[i] as number
  }
  mz /= n
  my /= n
  let szz = 0
  let szy = 0
  for (let i = 0; i < n; i++) {
    const dz = (z[i] as number) - mz
    szz += dz * dz
    szy += dz * ((y[i] as number) - my)
  }
  const a = szz > 0 ? szy / szz : 0
  return [a, my - a * mz]
}

/** Logits of a raw (uncalibrated) block for featurised examples: `out[i * k + h]`. */
export function blockLogits(block: Pick<HeadBlock, 'names' | 'bits' | 'weights' | 'bias' | 'dense' | 'softmax'>, examples: readonly HeadExample[]): Float64Array {
  const k = block.names.length
  const out = new Float64Array(examples.length * k)
  const buf = new FeatureBuffer(1)
  const z = new Float64Array(k)
  const full = { ...block, kinds: [], calA: new Float32Array(0), calB: new Float32Array(0), thresholds: new Float32Array(0) } as HeadBlock
  examples.forEach((ex, i) => {
    buf.indices = ex.indices
    buf.values = ex.values
    buf.length = ex.indices.length
    headLogits(full, buf, ex.dense, z)
    out.set(z, i * k)
  })
  return out
}

/**
 * Calibrates a raw block on validation targets (`targets[i * k + h]`, NaN = unknown): Platt scaling
 * for logistic heads, a least-squares line for regression heads, then per-head F1-optimal thresholds
 * on the calibrated output (regression heads: against `target ≥ regressionPositive`).
 */
export function calibrateBlock(
  names: readonly string[],
  kinds: readonly ('logistic' | 'regression')[],
  bits: number,
  raw: RawHeads,
  validation: readonly HeadExample[],
  targets: Float32Array,
  regressionPositive = urgencyTarget(5),
  softmax = false,
): HeadBlock {
  const k = names.length
  const z = blockLogits({ names, bits, ...raw, softmax }, validation)
  const calA = new Float32Array(k).fill(1)
  const calB = new Float32Array(k)
  const thresholds = new Float32Array(k).fill(0.5)
  for (let h = 0; h < k; h++) {
    const zs: number[] = []
    const ys: number[] = []
    for (let i = 0; i < validation.length; i++) {
      const y = targets[i * k + h] as number
      if (Number.isNaN(y)) continue
      zs.push(z[i * k + h] as number)
      ys.push(y)
    }
    if (zs.length === 0) continue
    if (kinds[h] === 'regression') {
      const [a, b] = fitLine(zs, ys)
      calA[h] = a
      calB[h] = b
      const out = zs.map((v) => Math.min(1, Math.max(0, a * v + b)))
      thresholds[h] = tuneThreshold(out, ys.map((y) => (y >= regressionPositive - 1e-9 ? 1 : 0))).threshold
    } else {
      const [a, b] = fitPlatt(zs, ys)
      calA[h] = a
      calB[h] = b
      thresholds[h] = tuneThreshold(zs.map((v) => sigmoid(a * v + b)), ys).threshold
    }
  }
  const block: HeadBlock = { names, kinds, bits, weights: raw.weights, bias: raw.bias, dense: raw.dense, calA, calB, thresholds }
  return softmax ? { ...block, softmax } : block
}

/** Calibrated outputs of a block for featurised examples: `out[i * k + h]`. */
export function blockOutputs(block: HeadBlock, examples: readonly HeadExample[]): Float64Array {
  const k = block.names.length
  const z = blockLogits(block, examples)
  for (let i = 0; i < examples.length; i++) {
    for (let h = 0; h < k; h++) {
      const s = (block.calA[h] as number) * (z[i * k + h] as number) + (block.calB[h] as number)
      z[i * k + h] = block.kinds[h] === 'regression' ? Math.min(1, Math.max(0, s)) : sigmoid(s)
    }
  }
  return z
}
