/**
 * The fewest labels a rate is shown from on the Learning screen. The accuracy answer carries the
 * server's own (`min_labels`, from packages/server/src/app/learning/min-labels.ts, where the
 * reasoning is); this copy serves the answers that do not carry it yet (held-out scores and
 * reviewer agreement), so every rate on the screen follows one rule.
 */
export const MIN_LABELS = 20

/** "1 reviewed label", "12 reviewed labels". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "12 reviewed labels so far; a figure needs 20": why a rate is not shown, in words. */
export function tooFewText(n: number, min: number, one = 'reviewed label', many = 'reviewed labels', when = ' so far'): string {
  return `${countOf(n, one, many)}${when}; a figure needs ${min}`
}
