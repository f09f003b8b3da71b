import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { classificationMetrics, createReader, expectedCalibrationError } from '../src/node/index.js'
import { DEFAULT_MULTILINGUAL_RECIPE, MULTILINGUAL_LANGUAGES, trainMultilingualModel } from '../src/training.js'

// The labelled sets live beside the repository (../shared/data); a fresh clone has none.
const dataDir = process.env.UNDERTONE_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'data')
const file = (split: string): string => join(dataDir, 'xlm-t-sentiment-multilingual', `${split}.jsonl`)
const hasData = existsSync(file('validation'))
if (!hasData) console.warn(`[multilingual data tests] skipped: ${file('validation')} not found (set UNDERTONE_DATA to run them)`)

const load = (split: string): { text: string; label: string; lang: string }[] =>
  readFileSync(file(split), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; label: string; lang: string })

const LABELS = ['negative', 'neutral', 'positive']

describe.skipIf(!hasData)('the multilingual model on XLM-T (shared data)', () => {
  it('keeps validation macro-recall per language at the level recorded in MODEL.md (whole reader)', () => {
    const reader = createReader()
    const rows = load('validation')
    const recall: Record<string, number> = {}
    for (const lang of MULTILINGUAL_LANGUAGES) {
      const set = rows.filter((r) => r.lang === lang)
      const readings = set.map((r) => reader.read(r.text))
      recall[lang] = classificationMetrics(LABELS, set.map((r) => r.label), readings.map((r) => r.sentiment.label)).macroRecall
      const correct = readings.map((r, i) => r.sentiment.label === set[i]?.label)
      // Floors against regressions, not targets (validation chose nothing). 324 rows: a perfectly
      // calibrated reader shows an ECE of about 0.06 here, so the bound is loose.
      if (lang !== 'hi') expect(expectedCalibrationError(readings.map((r) => r.sentiment.confidence), correct), lang).toBeLessThan(0.13)
    }
    // Hindi (romanised tweets, SAIL-2015) has no floor: its labels barely follow even emoticons, and
    // the validation split reads near chance with every recipe tried (docs/reader-accuracy.md).
    for (const lang of MULTILINGUAL_LANGUAGES.filter((l) => l !== 'hi')) expect(recall[lang], lang).toBeGreaterThanOrEqual(0.52)
    const six = MULTILINGUAL_LANGUAGES.filter((l) => l !== 'hi').reduce((s, l) => s + (recall[l] as number), 0) / 6
    expect(six).toBeGreaterThanOrEqual(0.57)
  })

  it('trains deterministically from the train split, with cross-validated figures per language', () => {
    const rows = load('train').filter((r) => r.lang === 'es' || r.lang === 'de')
    const recipe = { ...DEFAULT_MULTILINGUAL_RECIPE, epochs: 2, features: { ...DEFAULT_MULTILINGUAL_RECIPE.features, bits: 16, english: 0 } }
    const a = trainMultilingualModel(rows, { seed: 5, recipe, folds: 3, languages: ['es', 'de'] })
    const b = trainMultilingualModel(rows, { seed: 5, recipe, folds: 3, languages: ['es', 'de'] })
    expect(Buffer.from(a.model.weights.buffer).equals(Buffer.from(b.model.weights.buffer))).toBe(true)
    for (const lang of ['es', 'de']) {
      expect(a.report.cv[lang]?.n).toBe(rows.filter((r) => r.lang === lang).length)
      expect(a.report.cv[lang]?.macroRecall).toBeGreaterThan(0.45)
      expect(a.report.cvCalibratedEce[lang]).toBeLessThan(0.06)
    }
  })
})
