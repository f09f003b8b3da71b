// Dev harness: trains a quick model in memory and prints readings of the spec's single-message cases.
import { readFileSync } from 'node:fs'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { FeatureBuffer } from '../packages/engine/src/model/feature-buffer.js'
import { extractFeatures, DEFAULT_FEATURES } from '../packages/engine/src/model/extract-features.js'
import { trainLinearModel, type TrainingExample } from '../packages/engine/src/model/train-linear-model.js'
import { linearLogits, softmaxInPlace } from '../packages/engine/src/model/linear-model.js'
import { createRng } from '../packages/engine/src/model/rng.js'
import { buildReader } from '../packages/engine/src/reader/build-reader.js'
import { detectCues } from '../packages/engine/src/signals/detect-cues.js'
import { splitSentences } from '../packages/engine/src/text/split-sentences.js'

const load = (p: string) => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const classes = ['negative', 'neutral', 'positive']
const cfg = { ...DEFAULT_FEATURES, bits: 18 }
const buf = new FeatureBuffer()
const train = load('../shared/data/semeval-sentiment-2013-2016/train.jsonl')
const ex: TrainingExample[] = train.map((r: any) => {
  const toks = tokenize(r.text)
  const kinds = [...new Set(detectCues(r.text, toks, splitSentences(r.text, toks)).cues.map((c) => c.kind))]
  extractFeatures(toks, kinds, cfg, buf)
  return { ...buf.snapshot(), targets: [classes.indexOf(r.label)] }
})
const model = trainLinearModel(ex, { classes, features: cfg, epochs: 1, learningRate: 0.2, l2: 0, classWeights: 'balanced', rng: createRng(1) })
const scorer = { version: 'dev', score: (tokens: any, kinds: readonly string[], out: Float64Array) => { extractFeatures(tokens, kinds, cfg, buf); linearLogits(model, buf, out); softmaxInPlace(out) } }
const reader = buildReader({ scorer })
for (const c of load('../shared/spec/seed-cases.jsonl')) {
  const r = reader.read(c.text, c.context)
  console.log(`${c.id.padEnd(24)} ${r.sentiment.label.padEnd(8)} s=${r.sentiment.score.toFixed(2)} conf=${r.sentiment.confidence.toFixed(2)} int=${r.intensity.toFixed(2)} rev=${r.needsReview} ${JSON.stringify(Object.fromEntries(Object.entries(r.emotions).filter(([, v]) => v >= 0.1)))} cues=${r.cues.map((q) => q.kind + (q.explicit ? '*' : '')).join(',')}\n   expect ${JSON.stringify(c.expect)}`)
}
if (process.argv[2] === 'val') {
  const val = load('../shared/data/tweeteval-sentiment/validation.jsonl')
  let ok = 0; const rec: Record<string, [number, number]> = { negative: [0, 0], neutral: [0, 0], positive: [0, 0] }
  const t0 = performance.now()
  for (const r of val) { const p = reader.read(r.text).sentiment.label; rec[r.label]![1]++; if (p === r.label) { ok++; rec[r.label]![0]++ } }
  const ms = performance.now() - t0
  console.log('reader val acc', ok / val.length, 'MR', Object.values(rec).reduce((a, [c, n]) => a + c / n, 0) / 3, (ms * 1000 / val.length).toFixed(1), 'us/msg')
}
