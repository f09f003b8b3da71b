import type { ClassificationMetrics, Reader } from '@undertone/engine'
import { GOEMOTIONS_LABELS, GOEMOTIONS_TO_HEADS, binaryF1, classificationMetrics, createRng, expectedCalibrationError, pearson, rocAuc } from '@undertone/engine'
import { openSource, readLines } from '../io/read-lines.js'

const SENTIMENT = ['negative', 'neutral', 'positive']

/** Reads a labelled JSONL file (`text`, `label`) and scores the reader's sentiment labels on it. */
export async function evaluateSentiment(reader: Reader, path: string): Promise<{ metrics: ClassificationMetrics; skipped: number; perSecond: number }> {
  const gold: string[] = []
  const predicted: string[] = []
  let skipped = 0
  let ms = 0
  for await (const { text } of readLines(await openSource(path))) {
    if (text.trim() === '') continue
    let row: { text?: unknown; label?: unknown; sentiment?: unknown }
    try {
      row = JSON.parse(text)
    } catch {
      skipped++
      continue
    }
    const label = typeof row.sentiment === 'string' ? row.sentiment : row.label
    if (typeof row.text !== 'string' || typeof label !== 'string' || !SENTIMENT.includes(label)) {
      skipped++
      continue
    }
    const t0 = performance.now()
    const reading = reader.read(row.text)
    ms += performance.now() - t0
    gold.push(label)
    predicted.push(reading.sentiment.label)
  }
  return { metrics: classificationMetrics(SENTIMENT, gold, predicted), skipped, perSecond: gold.length / (ms / 1000) }
}

/** Sentiment figures of one group of rows (a language). */
export interface GroupFigures {
  readonly group: string
  readonly n: number
  readonly macroRecall: number
  readonly accuracy: number
  /** Expected calibration error of the reading's confidence (15 bins). */
  readonly ece: number
  /**
   * The ECE a perfectly calibrated reader with these confidences would show on this many rows (its
   * mean over outcomes drawn at those confidences): the estimator's floor on a small set.
   */
  readonly eceFloor: number
  /** Share of the rows whose detected language is the group's (for `--by lang`). */
  readonly detected: number
  /** Share of the rows read as a supported language (not flagged unsupported). */
  readonly supported: number
}

/**
 * Scores the reader's sentiment on a labelled JSONL file per value of `field` (e.g. `lang`): the
 * same readings as {@link evaluateSentiment}, with accuracy, macro-recall and the calibration error
 * of the confidence per group, and how many rows were detected as the group's language.
 */
export async function evaluateSentimentBy(reader: Reader, path: string, field: string): Promise<{ groups: GroupFigures[]; skipped: number }> {
  const { rows, skipped } = await labelledRows(path)
  const byGroup = new Map<string, { gold: string[]; predicted: string[]; confidence: number[]; detected: number; supported: number }>()
  let bad = 0
  for (const r of rows) {
    const label = typeof r.sentiment === 'string' ? r.sentiment : r.label
    const group = r[field]
    if (typeof label !== 'string' || !SENTIMENT.includes(label) || (typeof group !== 'string' && typeof group !== 'number')) {
      bad++
      continue
    }
    const key = String(group)
    let g = byGroup.get(key)
    if (g === undefined) {
      g = { gold: [], predicted: [], confidence: [], detected: 0, supported: 0 }
      byGroup.set(key, g)
    }
    const reading = reader.read(r.text)
    g.gold.push(label)
    g.predicted.push(reading.sentiment.label)
    g.confidence.push(reading.sentiment.confidence)
    if (reading.language === key) g.detected++
    if (reading.languageSupported) g.supported++
  }
  const groups = [...byGroup.keys()].sort().map((key) => {
    const g = byGroup.get(key) as NonNullable<ReturnType<typeof byGroup.get>>
    const m = classificationMetrics(SENTIMENT, g.gold, g.predicted)
    const ece = expectedCalibrationError(g.confidence, g.predicted.map((p, i) => p === g.gold[i]))
    return { group: key, n: m.n, macroRecall: m.macroRecall, accuracy: m.accuracy, ece, eceFloor: eceFloor(g.confidence), detected: g.detected / m.n, supported: g.supported / m.n }
  })
  return { groups, skipped: skipped + bad }
}

/** Mean ECE of a perfectly calibrated predictor with `confidence` (outcomes drawn at those rates, seeded). */
function eceFloor(confidence: readonly number[], draws = 200): number {
  const rng = createRng(0x0ece)
  const hit: boolean[] = new Array(confidence.length)
  let total = 0
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < confidence.length; i++) hit[i] = rng() < (confidence[i] as number)
    total += expectedCalibrationError(confidence, hit)
  }
  return total / draws
}

/** A plain-text table of per-group figures, with the mean over groups other than English. */
export function formatGroups(groups: readonly GroupFigures[], field: string): string {
  const pct = (x: number): string => (x * 100).toFixed(2).padStart(12)
  const head = `${field.padEnd(8)}${'n'.padStart(6)}${'macro-recall'.padStart(14)}${'accuracy'.padStart(12)}${'ECE'.padStart(8)}${'ECE floor'.padStart(11)}${'detected'.padStart(12)}${'supported'.padStart(12)}`
  const line = (g: GroupFigures): string =>
    `${g.group.padEnd(8)}${String(g.n).padStart(6)}  ${pct(g.macroRecall)}${pct(g.accuracy)}${g.ece.toFixed(3).padStart(8)}${g.eceFloor.toFixed(3).padStart(11)}${pct(g.detected)}${pct(g.supported)}`
  const others = groups.filter((g) => g.group !== 'en')
  const mean = (f: (g: GroupFigures) => number): number => others.reduce((s, g) => s + f(g), 0) / Math.max(1, others.length)
  const lines = [head, ...groups.map(line)]
  if (field === 'lang' && others.length > 0 && others.length < groups.length) {
    lines.push(`${'mean≠en'.padEnd(8)}${String(others.reduce((s, g) => s + g.n, 0)).padStart(6)}  ${pct(mean((g) => g.macroRecall))}${pct(mean((g) => g.accuracy))}${mean((g) => g.ece).toFixed(3).padStart(8)}${mean((g) => g.eceFloor).toFixed(3).padStart(11)}${pct(mean((g) => g.detected))}${pct(mean((g) => g.supported))}`)
  }
  return lines.join('\n')
}

/** A plain-text table of the metrics. */
export function formatMetrics(m: ClassificationMetrics): string {
  const pct = (x: number): string => (x * 100).toFixed(2).padStart(6)
  const lines = [
    `n             ${m.n}`,
    `accuracy      ${pct(m.accuracy)}`,
    `macro-recall  ${pct(m.macroRecall)}`,
    `macro-F1      ${pct(m.macroF1)}`,
    '',
    'label        precision  recall      F1   support',
    ...m.perClass.map((c) => `${c.label.padEnd(12)} ${pct(c.precision)}   ${pct(c.recall)}  ${pct(c.f1)}   ${String(c.support).padStart(7)}`),
  ]
  return lines.join('\n')
}

type Row = Record<string, unknown> & { text: string }

async function labelledRows(path: string): Promise<{ rows: Row[]; skipped: number }> {
  const rows: Row[] = []
  let skipped = 0
  for await (const { text } of readLines(await openSource(path))) {
    if (text.trim() === '') continue
    try {
      const r = JSON.parse(text) as Row
      if (typeof r.text === 'string') rows.push(r)
      else skipped++
    } catch {
      skipped++
    }
  }
  return { rows, skipped }
}

/** Per-label F1 and their macro mean for multi-label gold/predicted sets. */
function multiLabelF1(labels: readonly string[], gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): { macroF1: number; perLabel: Record<string, number> } {
  const perLabel: Record<string, number> = {}
  for (const l of labels) perLabel[l] = binaryF1(gold.map((g) => g.includes(l)), predicted.map((p) => p.includes(l)))
  const vals = Object.values(perLabel)
  return { macroF1: vals.reduce((a, b) => a + b, 0) / Math.max(1, vals.length), perLabel }
}

/**
 * The Reader v2 tasks: `goemotions` (28 labels, needs `labels`), `emotions` (our six GoEmotions-mapped
 * emotions on the same data, at 0.5), `sarcasm` (`label` sarcastic/irony vs not; F1 of the positive
 * class), `urgency` (`score` 1–7; Pearson correlation).
 */
export async function evaluateTask(reader: Reader, task: 'goemotions' | 'emotions' | 'sarcasm' | 'urgency', path: string): Promise<Record<string, unknown>> {
  const { rows, skipped } = await labelledRows(path)
  if (task === 'goemotions' || task === 'emotions') {
    const usable = rows.filter((r) => Array.isArray(r.labels))
    if (task === 'goemotions') {
      const predicted = usable.map((r) => reader.read(r.text, { taxonomy: 'goemotions' }).goemotionsLabels ?? [])
      return { task, n: usable.length, skipped: skipped + rows.length - usable.length, ...multiLabelF1(GOEMOTIONS_LABELS, usable.map((r) => r.labels as string[]), predicted) }
    }
    const gold = usable.map((r) => Object.keys(GOEMOTIONS_TO_HEADS).filter((e) => (GOEMOTIONS_TO_HEADS[e] as readonly string[]).some((l) => (r.labels as string[]).includes(l))))
    const predicted = usable.map((r) => {
      const em = reader.read(r.text).emotions as Record<string, number>
      return Object.keys(GOEMOTIONS_TO_HEADS).filter((e) => (em[e] ?? 0) >= 0.5)
    })
    return { task, n: usable.length, skipped: skipped + rows.length - usable.length, ...multiLabelF1(Object.keys(GOEMOTIONS_TO_HEADS), gold, predicted) }
  }
  if (task === 'sarcasm') {
    const usable = rows.filter((r) => typeof r.label === 'string')
    const gold = usable.map((r) => r.label === 'sarcastic' || r.label === 'irony')
    const readings = usable.map((r) => reader.read(r.text))
    const predicted = readings.map((r) => r.sarcastic)
    const hits = predicted.filter((p, i) => p && gold[i]).length
    const flagged = predicted.filter(Boolean).length
    const positives = gold.filter(Boolean).length
    return {
      task,
      n: usable.length,
      skipped: skipped + rows.length - usable.length,
      f1Positive: binaryF1(gold, predicted),
      precision: flagged === 0 ? 0 : hits / flagged,
      recall: positives === 0 ? 0 : hits / positives,
      flagged,
      positives,
      // The F1 of calling everything sarcastic, for scale, and how well emotions.sarcasm ranks whatever the threshold.
      f1AllPositive: binaryF1(gold, gold.map(() => true)),
      aucSarcasmScore: rocAuc(readings.map((r) => r.emotions.sarcasm), gold),
    }
  }
  const usable = rows.filter((r) => typeof r.score === 'number')
  const scores = usable.map((r) => reader.read(r.text).emotions.urgency)
  return { task, n: usable.length, skipped: skipped + rows.length - usable.length, pearson: pearson(scores, usable.map((r) => r.score as number)) }
}
