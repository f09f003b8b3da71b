import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { classificationMetrics, createReader, cueKindsFor } from '../src/node/index.js'
import { buildSentimentTrainingRows, trainSentimentModel } from '../src/training.js'

// The labelled sets live beside the repository (../shared/data); a fresh clone has none.
const dataDir = process.env.UNDERTONE_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'data')
const hasData = existsSync(join(dataDir, 'tweeteval-sentiment', 'validation.jsonl'))
if (!hasData) console.warn(`[shared-data tests] skipped: ${dataDir} not found (set UNDERTONE_DATA to run them)`)

const load = (p: string): Record<string, unknown>[] =>
  readFileSync(join(dataDir, p), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)

describe.skipIf(!hasData)('built-in model on the shared validation data', () => {
  it('keeps TweetEval validation macro-recall at the level recorded in MODEL.md', () => {
    const reader = createReader()
    const rows = load('tweeteval-sentiment/validation.jsonl') as { text: string; label: string }[]
    const labels = ['negative', 'neutral', 'positive']
    const m = classificationMetrics(labels, rows.map((r) => r.label), rows.map((r) => reader.read(r.text).sentiment.label))
    expect(m.n).toBe(rows.length)
    // A floor against regressions, not a target: this split no longer chooses anything (the class
    // offsets come from a later period and another domain), so it sits below the 72.9 it once fitted.
    expect(m.macroRecall).toBeGreaterThanOrEqual(0.71)
  })

  it('trains deterministically: same data and seed give the same weights', () => {
    const semeval = (load('semeval-sentiment-2013-2016/train.jsonl') as { text: string; label: string }[]).slice(0, 3000)
    const rows = buildSentimentTrainingRows({ semeval })
    const a = trainSentimentModel(rows, { seed: 7, cueKindsOf: cueKindsFor, recipe: { bags: 1, epochs: 1 } })
    const b = trainSentimentModel(rows, { seed: 7, cueKindsOf: cueKindsFor, recipe: { bags: 1, epochs: 1 } })
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true)
    const c = trainSentimentModel(rows, { seed: 8, cueKindsOf: cueKindsFor, recipe: { bags: 1, epochs: 1 } })
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false)
  })
})
