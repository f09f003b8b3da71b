import type { ClassificationMetrics, Reader } from '@undertone/engine'
import { classificationMetrics } from '@undertone/engine'
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
