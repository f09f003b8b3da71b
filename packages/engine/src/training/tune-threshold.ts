/** Decision thresholds of a head: the F1 at a threshold, the threshold that maximises it, and an honest (cross-fitted) F1. */


/**
 * The honest F1 of a tuned threshold: chosen on one half of the rows (by index parity), measured on
 * the other, both ways, averaged. Reporting F1 at a threshold tuned on the same rows flatters it.
 */
export function crossFittedF1(scores: readonly number[], gold: readonly number[]): number {
  let sum = 0
  for (const part of [0, 1]) {
    const fit = scores.map((_, i) => i).filter((i) => i % 2 !== part)
    const held = scores.map((_, i) => i).filter((i) => i % 2 === part)
    const t = tuneThreshold(fit.map((i) => scores[i] as number), fit.map((i) => gold[i] as number)).threshold
    sum += f1At(held.map((i) => scores[i] as number), held.map((i) => gold[i] as number), t) / 2
  }
  return sum
}

/** F1 of the positive class when predicting `score >= threshold`. */
export function f1At(scores: ArrayLike<number>, gold: ArrayLike<number>, threshold: number): number {
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < scores.length; i++) {
    const p = (scores[i] as number) >= threshold
    const g = (gold[i] as number) >= 0.5
    if (p && g) tp++
    else if (p) fp++
    else if (g) fn++
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
}

/**
 * The threshold on `scores` that maximises the positive class's F1 against `gold` (0/1). Candidates
 * are midpoints between consecutive distinct scores; ties go to the higher threshold (fewer alerts).
 * Returns the threshold and its F1.
 */
export function tuneThreshold(scores: ArrayLike<number>, gold: ArrayLike<number>): { threshold: number; f1: number } {
  const n = scores.length
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number))
  let totalPos = 0
  for (let i = 0; i < n; i++) if ((gold[i] as number) >= 0.5) totalPos++
  if (totalPos === 0 || n === 0) return { threshold: 1, f1: 0 }
  let tp = 0
  let fp = 0
  let best = { threshold: 1, f1: 0 }
  for (let r = 0; r < n; r++) {
    const i = order[r] as number
    if ((gold[i] as number) >= 0.5) tp++
    else fp++
    const s = scores[i] as number
    const next = r + 1 < n ? (scores[order[r + 1] as number] as number) : Number.NEGATIVE_INFINITY
    if (next === s) continue // cut only between distinct scores
    const f1 = (2 * tp) / (tp + fp + totalPos)
    if (f1 > best.f1 + 1e-12) best = { threshold: next === Number.NEGATIVE_INFINITY ? s : (s + next) / 2, f1 }
  }
  return best
}
