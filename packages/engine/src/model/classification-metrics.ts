/** Per-class precision, recall, F1 and support. */
export interface ClassMetrics {
  readonly label: string
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly support: number
}

/** Standard single-label classification metrics. */
export interface ClassificationMetrics {
  readonly n: number
  readonly accuracy: number
  readonly macroRecall: number
  readonly macroF1: number
  readonly perClass: readonly ClassMetrics[]
  /** confusion[gold][predicted], in the order of `labels`. */
  readonly confusion: readonly (readonly number[])[]
}

/**
 * Computes accuracy, macro-recall, macro-F1 and a per-class table for gold/predicted label pairs.
 *
 * @example
 * classificationMetrics(['a', 'b'], ['a', 'b'], ['a', 'a']).accuracy // 0.5
 */
export function classificationMetrics(
  labels: readonly string[],
  gold: readonly string[],
  predicted: readonly string[],
): ClassificationMetrics {
  const index = new Map(labels.map((l, i) => [l, i]))
  const k = labels.length
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0))
  let correct = 0
  let n = 0
  for (let i = 0; i < gold.length; i++) {
    const g = index.get(gold[i] as string)
    const p = index.get(predicted[i] as string)
    if (g === undefined || p === undefined) continue
    ;(confusion[g] as number[])[p] = ((confusion[g] as number[])[p] as number) + 1
    if (g === p) correct++
    n++
  }
  const perClass = labels.map((label, c) => {
    const tp = (confusion[c] as number[])[c] as number
    const support = (confusion[c] as number[]).reduce((a, b) => a + b, 0)
    const predictedCount = confusion.reduce((a, row) => a + (row[c] as number), 0)
    const precision = predictedCount > 0 ? tp / predictedCount : 0
    const recall = support > 0 ? tp / support : 0
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
    return { label, precision, recall, f1, support }
  })
  const present = perClass.filter((c) => c.support > 0)
  const mean = (xs: number[]): number => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
  return {
    n,
    accuracy: n > 0 ? correct / n : 0,
    macroRecall: mean(present.map((c) => c.recall)),
    macroF1: mean(perClass.map((c) => c.f1)),
    perClass,
    confusion,
  }
}

/** Binary F1 of one positive label. */
export function binaryF1(gold: readonly boolean[], predicted: readonly boolean[]): number {
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] && gold[i]) tp++
    else if (predicted[i]) fp++
    else if (gold[i]) fn++
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
}

/**
 * Area under the ROC curve of `scores` for the positive items in `gold`: the chance that a random
 * positive scores above a random negative (ties count half). 0.5 when either class is missing.
 */
export function rocAuc(scores: readonly number[], gold: readonly boolean[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number))
  let positives = 0
  let rankSum = 0
  for (let i = 0; i < order.length; ) {
    // Tied scores share the mean of their ranks.
    let j = i
    while (j + 1 < order.length && scores[order[j + 1] as number] === scores[order[i] as number]) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) {
      if (gold[order[k] as number]) {
        positives++
        rankSum += rank
      }
    }
    i = j + 1
  }
  const negatives = order.length - positives
  if (positives === 0 || negatives === 0) return 0.5
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

/** Pearson correlation of two equally long series. */
export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length)
  if (n < 2) return 0
  let ma = 0
  let mb = 0
  for (let i = 0; i < n; i++) {
    ma += a[i] as number
    mb += b[i] as number
  }
  ma /= n
  mb /= n
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma
    const db = (b[i] as number) - mb
    sab += da * db
    saa += da * da
    sbb += db * db
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0
}
