/**
 * Expected calibration error: the gap between confidence and accuracy, averaged over equal-width
 * confidence bins weighted by how many predictions fall in each.
 *
 * @example
 * expectedCalibrationError([0.9, 0.9], [true, false]) // 0.4
 */
export function expectedCalibrationError(confidence: readonly number[], correct: readonly boolean[], bins = 15): number {
  const n = Math.min(confidence.length, correct.length)
  if (n === 0) return 0
  const sumConf = new Float64Array(bins)
  const sumHit = new Float64Array(bins)
  const count = new Float64Array(bins)
  for (let i = 0; i < n; i++) {
    const c = confidence[i] as number
    const b = Math.min(bins - 1, Math.max(0, Math.floor(c * bins)))
    sumConf[b] = (sumConf[b] as number) + c
    sumHit[b] = (sumHit[b] as number) + (correct[i] ? 1 : 0)
    count[b] = (count[b] as number) + 1
  }
  let ece = 0
  for (let b = 0; b < bins; b++) {
    const k = count[b] as number
    if (k > 0) ece += (k / n) * Math.abs((sumHit[b] as number) / k - (sumConf[b] as number) / k)
  }
  return ece
}

/** Per-label Platt scaling of confidence: conf' = σ(a·logit(conf) + b), for the label that won. */
export interface ConfidenceCalibration {
  readonly perLabel: readonly { readonly a: number; readonly b: number }[]
  /**
   * The calibrated confidence below which a reading is flagged `low-confidence` in this calibration's
   * language (see `fitReviewThreshold`); absent: 0.5.
   */
  readonly reviewBelow?: number
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p))
  return Math.log(q / (1 - q))
}

/** Fits σ(a·x + b) to 0/1 outcomes by Newton's method on the log-likelihood (with a light prior). */
function fitPlatt(x: readonly number[], y: readonly boolean[]): { a: number; b: number } {
  let a = 1
  let b = 0
  for (let it = 0; it < 200; it++) {
    let ga = -1e-3 * (a - 1)
    let gb = -1e-3 * b
    let haa = 1e-3
    let hab = 0
    let hbb = 1e-3
    for (let i = 0; i < x.length; i++) {
      const xi = x[i] as number
      const p = 1 / (1 + Math.exp(-(a * xi + b)))
      const r = (y[i] ? 1 : 0) - p
      ga += r * xi
      gb += r
      const w = p * (1 - p)
      haa += w * xi * xi
      hab += w * xi
      hbb += w
    }
    const det = haa * hbb - hab * hab
    if (det <= 1e-12) break
    let da = (hbb * ga - hab * gb) / det
    let db = (haa * gb - hab * ga) / det
    // Damped Newton: full steps can overshoot when the start is far from the optimum.
    const size = Math.abs(da) + Math.abs(db)
    if (size > 1) {
      da /= size
      db /= size
    }
    a += da
    b += db
    if (Math.abs(da) + Math.abs(db) < 1e-9) break
  }
  return { a, b }
}

/** Fits one Platt map per predicted label from validation readings. */
export function fitConfidenceCalibration(predicted: readonly number[], confidence: readonly number[], correct: readonly boolean[], labels = 3): ConfidenceCalibration {
  const perLabel = Array.from({ length: labels }, (_, l) => {
    const idx = predicted.map((p, i) => (p === l ? i : -1)).filter((i) => i >= 0)
    if (idx.length < 20) return { a: 1, b: 0 }
    return fitPlatt(
      idx.map((i) => logit(confidence[i] as number)),
      idx.map((i) => correct[i] as boolean),
    )
  })
  return { perLabel }
}

/** How far the calibrated winner stays ahead of the runner-up (a hair more than rounding hides). */
const KEEP_AHEAD = 0.01

/**
 * Calibrated probabilities: the winner's probability is mapped through its label's Platt curve and
 * the rest is shared among the other labels in their old proportions. The winner stays the winner.
 */
export function calibrateProbabilities(p: readonly [number, number, number], winner: number, cal: ConfidenceCalibration | undefined): [number, number, number] {
  if (cal === undefined) return [p[0], p[1], p[2]]
  const ab = cal.perLabel[winner]
  if (ab === undefined) return [p[0], p[1], p[2]]
  const pw = p[winner] as number
  let c = 1 / (1 + Math.exp(-(ab.a * logit(pw) + ab.b)))
  const rest = 1 - pw
  let runnerUp = 0
  for (let i = 0; i < 3; i++) if (i !== winner) runnerUp = Math.max(runnerUp, p[i] as number)
  // Keep the winner on top, ahead by KEEP_AHEAD: c ≥ (1 − c) · runnerUp / rest + KEEP_AHEAD. Level
  // with the runner-up it would read as a tie, and "Great, just great. Another outage." as neutral.
  if (rest > 0) c = Math.max(c, (runnerUp + KEEP_AHEAD * rest) / (rest + runnerUp))
  const out: [number, number, number] = [0, 0, 0]
  for (let i = 0; i < 3; i++) out[i] = i === winner ? c : rest > 0 ? ((p[i] as number) / rest) * (1 - c) : (1 - c) / 2
  return out
}
