// Sarcasm head recipes by out-of-fold AUC and F1 on iSarcasmEval (rephrase weight, epochs, l2, bags, dense inputs).
// Run: node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error research/exp-sarcasm-grid.ts --outfile=/tmp/exp-sarcasm-grid.mjs && node /tmp/exp-sarcasm-grid.mjs '[{}, {"rw":0.5}, {"r":{"bags":6}}]'
import { readFileSync } from 'node:fs'
// The built-in sentiment model's file (packages/engine/assets), as decodeModel takes it.
const BASE_MODEL_DATA = readFileSync(new URL('../packages/engine/assets/base-model.bin', import.meta.url))
import { decodeModel } from '../packages/engine/src/model/model-codec.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { HEAD_NAMES } from '../packages/engine/src/model/emotion-heads.js'
import { rocAuc } from '../packages/engine/src/model/classification-metrics.js'
import { DEFAULT_EMOTION_HEADS_RECIPE, DEFAULT_HEAD_RECIPE, crossValidateSarcasm, featurizeHeadTexts, sarcasmRows } from '../packages/engine/src/training.js'
const load = (p: string): any[] => readFileSync('../shared/data/' + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const { model: sentiment } = decodeModel(BASE_MODEL_DATA)
const rows = load('isarcasmeval-en/train.jsonl')
const kinds = HEAD_NAMES.map((n) => (n === 'urgency' ? 'regression' : 'logistic')) as ('logistic' | 'regression')[]
const featCache = new Map<number, any>()
for (const spec of JSON.parse(process.argv[2]!) as any[]) {
  const rw = spec.rw ?? 0
  const sar = sarcasmRows(rows, rw)
  let x = featCache.get(rw); if (!x) { x = featurizeHeadTexts(sar.texts, sentiment, cueKindsFor); featCache.set(rw, x) }
  const recipe = { ...DEFAULT_EMOTION_HEADS_RECIPE, rephraseWeight: rw, sarcasm: { ...DEFAULT_HEAD_RECIPE, ...(spec.r ?? {}) } }
  const cv = crossValidateSarcasm(x, sar, recipe, sentiment.features.bits, 20261128, kinds)
  const ps: number[] = [], ys: number[] = []
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(cv.oof[i]!)) { ps.push(cv.oof[i]!); ys.push(sar.labels[i]!) }
  console.log(JSON.stringify(spec), 'AUC', rocAuc(ps, ys.map((y) => y === 1)).toFixed(3), 'F1', cv.f1.toFixed(3))
}
