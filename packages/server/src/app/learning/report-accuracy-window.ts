import type { AccuracyWindow } from '@undertone/analysis'
import { tooFewLabels } from './min-labels.js'

/** One label's recall in a window, as answered: none from too few labels. */
export interface ReportedLabelRecall {
  readonly label: string
  readonly n: number
  readonly recall: number | null
  readonly ci: readonly [number, number] | null
  readonly tooFewLabels: boolean
}

/** An accuracy window as answered: never past now, and without figures from too few labels. */
export interface ReportedAccuracyWindow extends Omit<AccuracyWindow, 'perLabel'> {
  /** True for the window that is still running: it ends at now, not at its step. */
  readonly partial: boolean
  /** True when `n` is under MIN_LABELS: accuracy, macro-F1 and their intervals are null. */
  readonly tooFewLabels: boolean
  readonly perLabel: readonly ReportedLabelRecall[]
}

/**
 * Cuts a window that ends after `now` at now (the labels in it are the same: none are dated in
 * the future) and drops every rate drawn from fewer than MIN_LABELS labels, so that two labels
 * never read as "0% (0%–66%)" and no window is dated tomorrow.
 */
export function reportAccuracyWindow(w: AccuracyWindow, now: number): ReportedAccuracyWindow {
  const partial = w.end > now
  const few = tooFewLabels(w.n)
  return {
    ...w,
    end: partial ? now : w.end,
    partial,
    tooFewLabels: few,
    accuracy: few ? null : w.accuracy,
    accuracyCi: few ? null : w.accuracyCi,
    macroF1: few ? null : w.macroF1,
    macroF1Ci: few ? null : w.macroF1Ci,
    perLabel: w.perLabel.map((l) => (tooFewLabels(l.n) ? { ...l, recall: null, ci: null, tooFewLabels: true } : { ...l, tooFewLabels: false })),
  }
}
