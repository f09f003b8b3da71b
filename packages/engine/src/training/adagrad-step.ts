/**
 * One AdaGrad step on weight `j` (the update both trainers make per active feature): the gradient
 * plus L2 is squared into `g2`, and the weight moves against it scaled by 1/√(Σ g²). With `acc`,
 * the move × `step` is added there too (for Polyak averaging). A zero gradient changes nothing.
 */
export function adagradStep(w: Float64Array, g2: Float32Array, acc: Float64Array | undefined, j: number, gradient: number, l2: number, lr: number, step: number): void {
  const wj = w[j] as number
  const gj = gradient + l2 * wj
  if (gj === 0) return
  // The step uses the sum before g2 rounds it to float32, as it always has.
  const h = (g2[j] as number) + gj * gj
  g2[j] = h
  const d = (lr * gj) / (Math.sqrt(h) + 1e-8)
  w[j] = wj - d
  if (acc !== undefined) acc[j] = (acc[j] as number) + step * d
}
