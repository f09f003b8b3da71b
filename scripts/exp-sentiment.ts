// Scratch experiment: model-only sentiment, to pick feature and training settings on validation.
import { readFileSync } from 'node:fs'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { FeatureBuffer } from '../packages/engine/src/model/feature-buffer.js'
import { extractFeatures, DEFAULT_FEATURES, type FeatureConfig } from '../packages/engine/src/model/extract-features.js'
import { trainLinearModel, type TrainingExample } from '../packages/engine/src/model/train-linear-model.js'
import { linearLogits, softmaxInPlace } from '../packages/engine/src/model/linear-model.js'
import { classificationMetrics } from '../packages/engine/src/model/classification-metrics.js'
import { createRng } from '../packages/engine/src/model/rng.js'

const load = (p: string) => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const classes = ['negative', 'neutral', 'positive']
const train = load('../shared/data/semeval-sentiment-2013-2016/train.jsonl')
const val = load('../shared/data/tweeteval-sentiment/validation.jsonl')
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')))
const cfg: FeatureConfig = { ...DEFAULT_FEATURES, bits: Number(args.bits ?? 20), charWeight: Number(args.cw ?? 0.5), charMin: Number(args.cmin ?? 2), charMax: Number(args.cmax ?? 5) }
const buf = new FeatureBuffer()
const lex = new Map<string, number>()
if (args.lex) for (const line of readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8').split('\n')) { const [w, v] = line.split('\t'); if (w && v) lex.set(w.toLowerCase(), Number(v)) }
import { negationScope } from '../packages/engine/src/text/negation.js'
import { hashString } from '../packages/engine/src/model/hash.js'
const LX = Number(args.lex ?? 0)
const vec = (text: string) => {
  const toks = tokenize(text)
  extractFeatures(toks, [], cfg, buf)
  if (LX) {
    const neg = negationScope(toks)
    let pos = 0, ng = 0, mx = 0, mn = 0, last = 0, np = 0, nn = 0
    toks.forEach((t, i) => { let v = lex.get(t.norm) ?? (t.kind === 'emoji' ? undefined : undefined); if (v === undefined) return; if (neg[i]) v = -0.74 * v; if (v > 0) { pos += v; np++ } else { ng -= v; nn++ }; mx = Math.max(mx, v); mn = Math.min(mn, v); last = v })
    const mask = (1 << cfg.bits) - 1
    const f = (n: string, v: number) => { if (v !== 0) buf.push(hashString(n, 999) & mask, v * LX) }
    f('pos', pos / 4); f('neg', ng / 4); f('max', mx / 4); f('min', -mn / 4); f('lastp', Math.max(0, last) / 4); f('lastn', Math.max(0, -last) / 4); f('np', Math.min(np, 5) / 5); f('nn', Math.min(nn, 5) / 5)
  }
  return buf.snapshot()
}
const t0 = Date.now()
const ex: TrainingExample[] = train.map((r: any) => ({ ...vec(r.text), targets: [classes.indexOf(r.label)] }))
const POS = new Set(['admiration','amusement','approval','caring','excitement','gratitude','joy','love','optimism','pride','relief'])
const NEG = new Set(['anger','annoyance','disappointment','disapproval','disgust','embarrassment','fear','grief','nervousness','remorse','sadness'])
if (args.goemo) for (const r of load('../shared/data/goemotions/train.jsonl')) {
  const ls: string[] = r.labels; const p = ls.some((l) => POS.has(l)), n = ls.some((l) => NEG.has(l))
  const lab = p && !n ? 2 : n && !p ? 0 : ls.length === 1 && ls[0] === 'neutral' ? 1 : -1
  if (lab >= 0) ex.push({ ...vec(r.text), targets: [lab], weight: Number(args.goemo) })
}
if (args.emo) for (const r of load('../shared/data/tweeteval-emotion/train.jsonl')) {
  ex.push({ ...vec(r.text), targets: [r.label === 'anger' || r.label === 'sadness' ? 0 : 2], weight: Number(args.emo) })
}
console.log('examples', ex.length)
const vx = val.map((r: any) => vec(r.text))
console.log('features', Date.now() - t0, 'ms')
const z = new Float64Array(3)
const evalModel = (m: any, bias = [0, 0, 0]) => {
  const pred = vx.map((v: any) => {
    const b = new FeatureBuffer(); b.indices = v.indices; b.values = v.values; b.length = v.indices.length
    linearLogits(m, b, z); softmaxInPlace(z)
    let best = 0; let bv = -1
    for (let c = 0; c < 3; c++) { const s = Math.log(z[c]!) + bias[c]!; if (s > bv) { bv = s; best = c } }
    return classes[best]!
  })
  return classificationMetrics(classes, val.map((r: any) => r.label), pred)
}
const model = trainLinearModel(ex, {
  classes, features: cfg, epochs: Number(args.epochs ?? 6), learningRate: Number(args.lr ?? 0.2), l2: Number(args.l2 ?? 0),
  classWeights: args.cwts === 'none' ? undefined : 'balanced', rng: createRng(42),
  onEpoch: (e, m) => { const r = evalModel(m); console.log('epoch', e, 'MR', (r.macroRecall * 100).toFixed(2), 'F1', (r.macroF1 * 100).toFixed(2), 'acc', (r.accuracy * 100).toFixed(2)) },
})
console.log('trained', Date.now() - t0, 'ms')
let best = { mr: 0, b: [0, 0, 0] }
for (let b0 = -0.5; b0 <= 1.5; b0 += 0.1) for (let b2 = -0.5; b2 <= 0.5; b2 += 0.1) {
  const r = evalModel(model, [b0, 0, b2]); if (r.macroRecall > best.mr) best = { mr: r.macroRecall, b: [b0, 0, b2] }
}
const rr = evalModel(model, best.b); console.log(rr.perClass.map((c) => c.label + ' R ' + (c.recall*100).toFixed(1) + ' P ' + (c.precision*100).toFixed(1)).join(' | '))
console.log('bias-tuned MR', (best.mr * 100).toFixed(2), best.b.map((x) => x.toFixed(1)))
