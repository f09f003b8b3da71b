/**
 * The naive-Bayes log-count ratio |r| of one bucket for one label (NBSVM, Wang & Manning 2012), the
 * quantity both the multilingual model's and the GoEmotions block's naive-Bayes scaling start from:
 * |log(P(bucket | label) / P(bucket | not label))|, each from row counts smoothed by `alpha`.
 *
 * @param inLabel rows of the label that hold the bucket
 * @param all rows that hold the bucket
 * @param labelRows rows of the label
 * @param rows all rows
 */
export function naiveBayesRatio(inLabel: number, all: number, labelRows: number, rows: number, alpha: number): number {
  const inside = (inLabel + alpha) / (labelRows + 2 * alpha)
  const outside = (all - inLabel + alpha) / (rows - labelRows + 2 * alpha)
  return Math.abs(Math.log(inside / outside))
}
