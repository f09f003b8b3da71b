/**
 * The confidence below which a reading is flagged for review, fitted per language: the lowest
 * confidence from which the reading is right at least as often as not, measured on out-of-fold
 * readings with an isotonic (monotone) fit of correctness on confidence. Were calibration perfect
 * this would be 0.5 in every language; fitting it per language keeps the flag's meaning ("more
 * likely wrong than right") where a language's calibration is off by a few points.
 */

/** The review flag's threshold where none was fitted (English, the base model's calibration). */
export const DEFAULT_REVIEW_BELOW = 0.5

// A threshold outside this band would mean a language whose readings are (nearly) all or (nearly)
// never flagged: that says the data was too small, not that the readings are that good or bad.
const LOWEST = 0.35
const HIGHEST = 0.75

/** Pool-adjacent-violators: the non-decreasing fit of `y` in the order given (weights 1). */
function isotonic(y: readonly number[]): number[] {
  const value: number[] = []
  const weight: number[] = []
  for (const v of y) {
    value.push(v)
    weight.push(1)
    while (value.length > 1 && (value[value.length - 2] as number) > (value[value.length - 1] as number)) {
      const v2 = value.pop() as number
      const w2 = weight.pop() as number
      const last = value.length - 1
      const w1 = weight[last] as number
      value[last] = ((value[last] as number) * w1 + v2 * w2) / (w1 + w2)
      weight[last] = w1 + w2
    }
  }
  const out: number[] = []
  value.forEach((v, i) => {
    for (let k = 0; k < (weight[i] as number); k++) out.push(v)
  })
  return out
}

/**
 * Fits the review threshold from readings' confidences and whether each was right: the smallest
 * confidence at which the isotonic fit of correctness reaches one half, rounded to 0.01 and held
 * within [0.35, 0.75]. With fewer than 50 readings it answers {@link DEFAULT_REVIEW_BELOW}.
 *
 * @example
 * fitReviewThreshold([0.4, 0.45, 0.6, 0.9], [false, false, true, true]) // 0.5 (too few: the default)
 */
export function fitReviewThreshold(confidence: readonly number[], correct: readonly boolean[]): number {
  const n = Math.min(confidence.length, correct.length)
  if (n < 50) return DEFAULT_REVIEW_BELOW
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (confidence[a] as number) - (confidence[b] as number))
  const fit = isotonic(order.map((i) => (correct[i] ? 1 : 0)))
  const at = fit.findIndex((v) => v >= 0.5)
  const raw = at < 0 ? HIGHEST : confidence[order[at] as number] as number
  return Math.round(Math.min(HIGHEST, Math.max(LOWEST, raw)) * 100) / 100
}
