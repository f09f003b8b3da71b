import { classificationMetrics, createRng } from '@undertone/engine'

/** A reviewed message: what the reader said at the time and what the reviewer said. */
export interface ScoredPrediction {
  readonly at: number
  readonly gold: string
  readonly predicted: string
}

/** Agreement with reviewed labels over one window, with uncertainty. */
export interface AccuracyWindow {
  readonly start: number
  readonly end: number
  readonly n: number
  readonly accuracy: number | null
  /** 95% Wilson interval of the accuracy. */
  readonly accuracyCi: readonly [number, number] | null
  readonly macroF1: number | null
  /** 95% percentile-bootstrap interval of the macro-F1 (seeded, so repeatable). */
  readonly macroF1Ci: readonly [number, number] | null
  /** Per label: how many reviewed, and the share the reader got right (recall) with its interval. */
  readonly perLabel: readonly { readonly label: string; readonly n: number; readonly recall: number | null; readonly ci: readonly [number, number] | null }[]
}

/** 95% Wilson score interval for k successes in n trials. */
export function wilsonInterval(k: number, n: number): readonly [number, number] | null {
  if (n === 0) return null
  const z = 1.96
  const p = k / n
  const den = 1 + (z * z) / n
  const mid = (p + (z * z) / (2 * n)) / den
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / den
  return [Math.max(0, mid - half), Math.min(1, mid + half)]
}

const macroF1 = (labels: readonly string[], rows: readonly ScoredPrediction[]): number =>
  classificationMetrics(labels, rows.map((r) => r.gold), rows.map((r) => r.predicted)).macroF1

/** One window's numbers. Labels are the ones present in the gold labels. */
export function accuracyWindow(rows: readonly ScoredPrediction[], start: number, end: number, options: { labels?: readonly string[]; resamples?: number; seed?: number } = {}): AccuracyWindow {
  const labels = options.labels ?? [...new Set(rows.map((r) => r.gold))].sort()
  const n = rows.length
  if (n === 0) return { start, end, n, accuracy: null, accuracyCi: null, macroF1: null, macroF1Ci: null, perLabel: labels.map((label) => ({ label, n: 0, recall: null, ci: null })) }
  const correct = rows.filter((r) => r.gold === r.predicted).length
  const rand = createRng(options.seed ?? 7)
  const resamples = options.resamples ?? 200
  const boot: number[] = []
  const sample: ScoredPrediction[] = new Array(n)
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) sample[i] = rows[Math.floor(rand() * n)] as ScoredPrediction
    boot.push(macroF1(labels, sample))
  }
  boot.sort((a, b) => a - b)
  const q = (p: number): number => boot[Math.min(boot.length - 1, Math.floor(p * boot.length))] as number
  return {
    start,
    end,
    n,
    accuracy: correct / n,
    accuracyCi: wilsonInterval(correct, n),
    macroF1: macroF1(labels, rows),
    macroF1Ci: [q(0.025), q(0.975)],
    perLabel: labels.map((label) => {
      const of = rows.filter((r) => r.gold === label)
      const k = of.filter((r) => r.predicted === label).length
      return { label, n: of.length, recall: of.length === 0 ? null : k / of.length, ci: wilsonInterval(k, of.length) }
    }),
  }
}

/**
 * Rolling agreement with reviewed labels: one window per `stepMs` ending at each step, each
 * covering the last `windowMs` (e.g. weekly steps over a 28-day window), so a small team's
 * numbers are not one week's handful. Windows with no reviews report n = 0 and no numbers.
 */
export function accuracyOverTime(rows: readonly ScoredPrediction[], from: number, to: number, stepMs: number, windowMs: number, labels?: readonly string[]): AccuracyWindow[] {
  const all = labels ?? [...new Set(rows.map((r) => r.gold))].sort()
  const out: AccuracyWindow[] = []
  for (let end = from + stepMs; end <= to + stepMs - 1; end += stepMs) {
    const start = end - windowMs
    out.push(accuracyWindow(rows.filter((r) => r.at >= start && r.at < end), start, end, { labels: all }))
  }
  return out
}
