/**
 * The fewest reviewed labels a rate (accuracy, macro-F1, one label's recall) is shown from.
 *
 * The 95% Wilson interval of a rate from n labels is about ±1/√n wide in the middle of the scale:
 * two labels the reader got wrong read "0% (0%–66%)", and 10 right of 19 reads 53% (32%–73%). From
 * 20 labels the interval is at most 40 points wide (10 of 20: 30%–70%, narrower towards the ends),
 * the width at which a team's usual question (did the reader get clearly better or worse?) starts
 * to have an answer. The line is a convention, not a test: below it a window answers its count
 * and no figure, and the dashboard says how many more labels a figure needs.
 */
export const MIN_LABELS = 20

/** True when a rate from `n` labels is too uncertain to show (see {@link MIN_LABELS}). */
export function tooFewLabels(n: number): boolean {
  return n < MIN_LABELS
}
