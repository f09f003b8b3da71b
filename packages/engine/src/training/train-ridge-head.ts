import { HEAD_DENSE_COUNT } from '../model/emotion-heads.js'
import type { HeadExample } from './featurize-head-texts.js'

/**
 * Exact ridge regression of one head by conjugate gradients on the normal equations:
 * minimises Σ_i c_i (x_i·w + d_i·u + b − y_i)² + λ(|w|² + |u|²) over the sparse weights w (in the
 * (folded) `bits` bucket space), dense weights u and an unpenalised bias b. Rows whose target is
 * NaN are skipped. Deterministic (no randomness at all).
 */
export function trainRidgeHead(
  examples: readonly HeadExample[],
  targets: ArrayLike<number>,
  bits: number,
  lambda: number,
  iterations = 300,
  denseScale = 1,
): { weights: Float64Array; dense: Float64Array; bias: number } {
  const dim = 1 << bits
  const fold = dim - 1
  const D = examples[0]?.dense.length ?? HEAD_DENSE_COUNT
  const n = dim + D + 1 // sparse, dense, bias
  const rows: number[] = []
  for (let i = 0; i < examples.length; i++) if (!Number.isNaN(targets[i] as number)) rows.push(i)
  const u = new Float64Array(rows.length)
  // y' = X^T y
  const matvec = (v: Float64Array, out: Float64Array): void => {
    // out = X^T X v + λ v (bias unpenalised)
    for (let r = 0; r < rows.length; r++) {
      const ex = examples[rows[r] as number] as HeadExample
      let s = v[n - 1] as number
      for (let i = 0; i < ex.indices.length; i++) s += (v[(ex.indices[i] as number) & fold] as number) * (ex.values[i] as number)
      for (let d = 0; d < D; d++) s += (v[dim + d] as number) * (ex.dense[d] as number) * denseScale
      u[r] = s
    }
    for (let j = 0; j < n - 1; j++) out[j] = lambda * (v[j] as number)
    out[n - 1] = 1e-6 * (v[n - 1] as number)
    for (let r = 0; r < rows.length; r++) {
      const ex = examples[rows[r] as number] as HeadExample
      const s = u[r] as number
      for (let i = 0; i < ex.indices.length; i++) {
        const j = (ex.indices[i] as number) & fold
        out[j] = (out[j] as number) + s * (ex.values[i] as number)
      }
      for (let d = 0; d < D; d++) out[dim + d] = (out[dim + d] as number) + s * (ex.dense[d] as number) * denseScale
      out[n - 1] = (out[n - 1] as number) + s
    }
  }
  const rhs = new Float64Array(n)
  for (let r = 0; r < rows.length; r++) {
    const ex = examples[rows[r] as number] as HeadExample
    const y = targets[rows[r] as number] as number
    for (let i = 0; i < ex.indices.length; i++) {
      const j = (ex.indices[i] as number) & fold
      rhs[j] = (rhs[j] as number) + y * (ex.values[i] as number)
    }
    for (let d = 0; d < D; d++) rhs[dim + d] = (rhs[dim + d] as number) + y * (ex.dense[d] as number) * denseScale
    rhs[n - 1] = (rhs[n - 1] as number) + y
  }
  const x = new Float64Array(n)
  const res = Float64Array.from(rhs)
  const p = Float64Array.from(rhs)
  const ap = new Float64Array(n)
  let rr = 0
  for (let j = 0; j < n; j++) rr += (res[j] as number) ** 2
  const stop = rr * 1e-12
  for (let it = 0; it < iterations && rr > stop; it++) {
    matvec(p, ap)
    let pap = 0
    for (let j = 0; j < n; j++) pap += (p[j] as number) * (ap[j] as number)
    if (pap <= 0) break
    const alpha = rr / pap
    let rr2 = 0
    for (let j = 0; j < n; j++) {
      x[j] = (x[j] as number) + alpha * (p[j] as number)
      res[j] = (res[j] as number) - alpha * (ap[j] as number)
      rr2 += (res[j] as number) ** 2
    }
    const beta = rr2 / rr
    rr = rr2
    for (let j = 0; j < n; j++) p[j] = (res[j] as number) + beta * (p[j] as number)
  }
  const dense = new Float64Array(D)
  for (let d = 0; d < D; d++) dense[d] = (x[dim + d] as number) * denseScale
  return { weights: x.subarray(0, dim), dense, bias: x[n - 1] as number }
}
