// NB-LR experiment: one-vs-rest logistic models on NB log-count-ratio scaled features, combined by softmax.
// (Foldable into one linear model: w'_cf = w_cf · r_cf.)
import { readFileSync } from 'node:fs'
import { DEFAULT_FEATURES, type FeatureConfig } from '../packages/engine/src/model/extract-features.js'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import type { SentimentModel } from '../packages/engine/src/model/sentiment-model.js'
import { createRng, shuffleInPlace } from '../packages/engine/src/model/rng.js'
import { evaluateExamples, featurizeRows, tuneClassBias, type SentimentRow, type SentimentExample } from '../packages/engine/src/training/train-sentiment.js'
import { goEmotionsToSentiment } from '../packages/engine/src/training/sentiment-labels.js'
const load = (p: string): any[] => readFileSync('../shared/data/' + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const rows: SentimentRow[] = load('semeval-sentiment-2013-2016/train.jsonl').map((r) => ({ text: r.text, label: r.label }))
if (args.goemo) for (const r of load('goemotions/train.jsonl')) { const l = goEmotionsToSentiment(r.labels); if (l) rows.push({ text: r.text, label: l, weight: Number(args.goemo) }) }
const features: FeatureConfig = { ...DEFAULT_FEATURES, bits: Number(args.bits ?? 19) }
const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
const spec = { features, lexicon, lexiconScale: 1 }
const ex = featurizeRows(rows, spec), vx = featurizeRows(load('tweeteval-sentiment/validation.jsonl'), spec)
const dim = 1 << features.bits
const alpha = Number(args.alpha ?? 1), beta = Number(args.beta ?? 0.5)
const W = new Float32Array(dim * 3), B = new Float32Array(3)
for (let c = 0; c < 3; c++) {
  // r = log((p+α)/|p+α|) − log((q+α)/|q+α|) over binary presence counts
  const p = new Float64Array(dim), q = new Float64Array(dim)
  let np = 0, nq = 0
  for (const e of ex) { const pos = e.target === c; for (let i = 0; i < e.indices.length; i++) { if (pos) p[e.indices[i]!]! += e.weight; else q[e.indices[i]!]! += e.weight } if (pos) np += e.weight; else nq += e.weight }
  let sp = 0, sq = 0; for (let f = 0; f < dim; f++) { sp += p[f]! + alpha; sq += q[f]! + alpha }
  const r = new Float32Array(dim); for (let f = 0; f < dim; f++) r[f] = Math.log((p[f]! + alpha) / sp) - Math.log((q[f]! + alpha) / sq)
  // AdaGrad logistic regression on x ⊙ r (dense lexicon buckets get r too — fine), then interpolate w toward mean (NBSVM β).
  const w = new Float64Array(dim), g2 = new Float64Array(dim); let b = 0, bg = 0
  const rng = createRng(42 + c), order = ex.map((_, i) => i)
  const posW = nq / np
  for (let ep = 0; ep < Number(args.epochs ?? 2); ep++) { shuffleInPlace(order, rng); const lr = Number(args.lr ?? 0.1) / Math.sqrt(1 + ep * 0.5)
    for (const n of order) { const e = ex[n]!; let z = b; for (let i = 0; i < e.indices.length; i++) z += w[e.indices[i]!]! * e.values[i]! * r[e.indices[i]!]!
      const y = e.target === c ? 1 : 0; const gz = (1 / (1 + Math.exp(-z)) - y) * e.weight * (y ? Math.sqrt(posW) : 1)
      for (let i = 0; i < e.indices.length; i++) { const f = e.indices[i]!; const g = gz * e.values[i]! * r[f]!; g2[f]! += g * g; w[f]! -= (lr * g) / (Math.sqrt(g2[f]!) + 1e-8) }
      bg += gz * gz; b -= (lr * gz) / (Math.sqrt(bg) + 1e-8) } }
  for (let f = 0; f < dim; f++) W[f * 3 + c] = w[f]! * r[f]! * (beta + (1 - beta)) // β interpolation omitted (needs mean |w|)
  B[c] = b
}
const model: SentimentModel = { ...spec, classes: ['negative', 'neutral', 'positive'], weights: W, bias: B, classBias: new Float32Array(3) }
const raw = evaluateExamples(model, vx); const cb = tuneClassBias(model, vx, 1); const r = evaluateExamples({ ...model, classBias: cb }, vx)
console.log(`NB-LR raw MR ${(raw.macroRecall * 100).toFixed(2)} tuned MR ${(r.macroRecall * 100).toFixed(2)} F1 ${(r.macroF1 * 100).toFixed(2)} R ${r.perClass.map((x) => (x.recall * 100).toFixed(1)).join('/')} off ${[...cb].map((x) => x.toFixed(2))}`)
