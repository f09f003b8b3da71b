// Probe: how much do full VADER scores (library, experiment only) add on top of hashed n-grams?
import { readFileSync } from 'node:fs'
import vader from 'vader-sentiment'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { FeatureBuffer } from '../packages/engine/src/model/feature-buffer.js'
import { extractFeatures, DEFAULT_FEATURES } from '../packages/engine/src/model/extract-features.js'
import { trainLinearModel, type TrainingExample } from '../packages/engine/src/model/train-linear-model.js'
import { linearLogits, softmaxInPlace } from '../packages/engine/src/model/linear-model.js'
import { classificationMetrics } from '../packages/engine/src/model/classification-metrics.js'
import { createRng } from '../packages/engine/src/model/rng.js'
import { hashString } from '../packages/engine/src/model/hash.js'
const load = (p: string) => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const classes = ['negative', 'neutral', 'positive']
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')))
const train = load('../shared/data/semeval-sentiment-2013-2016/train.jsonl')
const val = load('../shared/data/tweeteval-sentiment/validation.jsonl')
const cfg = DEFAULT_FEATURES
const buf = new FeatureBuffer()
const S = Number(args.s ?? 1)
const mask = (1 << cfg.bits) - 1
const vec = (text: string) => {
  extractFeatures(tokenize(text), [], cfg, buf)
  if (S) {
    const v = vader.SentimentIntensityAnalyzer.polarity_scores(text.replace(/&amp;/g, '&'))
    const f = (n: string, x: number) => { if (x !== 0) buf.push(hashString(n, 999) & mask, x * S) }
    f('cp', Math.max(0, v.compound)); f('cn', Math.max(0, -v.compound)); f('p', v.pos); f('n', v.neg); f('c0', v.compound === 0 ? 1 : 0)
  }
  return buf.snapshot()
}
const ex: TrainingExample[] = train.map((r: any) => ({ ...vec(r.text), targets: [classes.indexOf(r.label)] }))
const vx = val.map((r: any) => vec(r.text))
const z = new Float64Array(3)
const evalModel = (m: any, bias = [0, 0, 0]) => {
  const pred = vx.map((v: any) => {
    const b = new FeatureBuffer(); b.indices = v.indices; b.values = v.values; b.length = v.indices.length
    linearLogits(m, b, z); softmaxInPlace(z)
    let best = 0; let bv = -Infinity
    for (let c = 0; c < 3; c++) { const s = Math.log(z[c]!) + bias[c]!; if (s > bv) { bv = s; best = c } }
    return classes[best]!
  })
  return classificationMetrics(classes, val.map((r: any) => r.label), pred)
}
const model = trainLinearModel(ex, { classes, features: cfg, epochs: 2, learningRate: 0.2, l2: 0, classWeights: 'balanced', rng: createRng(42),
  onEpoch: (e, m) => { const r = evalModel(m); console.log('epoch', e, 'MR', (r.macroRecall * 100).toFixed(2)) } })
let best = { mr: 0, b: [0, 0, 0] }
for (let b0 = -0.5; b0 <= 1.5; b0 += 0.1) for (let b2 = -0.5; b2 <= 0.5; b2 += 0.1) { const r = evalModel(model, [b0, 0, b2]); if (r.macroRecall > best.mr) best = { mr: r.macroRecall, b: [b0, 0, b2] } }
console.log('bias-tuned MR', (best.mr * 100).toFixed(2), best.b.map((x) => x.toFixed(1)))
