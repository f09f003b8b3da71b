// Hybrid experiment: linear over all sparse features + a small ReLU hidden layer over word-level features.
import { readFileSync } from 'node:fs'
import { DEFAULT_FEATURES, type FeatureConfig } from '../packages/engine/src/model/extract-features.js'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import { createRng, shuffleInPlace } from '../packages/engine/src/model/rng.js'
import { classificationMetrics } from '../packages/engine/src/model/classification-metrics.js'
import { featurizeRows, type SentimentRow, type SentimentExample } from '../packages/engine/src/training/train-sentiment.js'
import { goEmotionsToSentiment } from '../packages/engine/src/training/sentiment-labels.js'
const load = (p: string): any[] => readFileSync('../shared/data/' + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const rows: SentimentRow[] = load('semeval-sentiment-2013-2016/train.jsonl').map((r) => ({ text: r.text, label: r.label }))
if (args.goemo) for (const r of load('goemotions/train.jsonl')) { const l = goEmotionsToSentiment(r.labels); if (l) rows.push({ text: r.text, label: l, weight: Number(args.goemo) }) }
const val = load('tweeteval-sentiment/validation.jsonl')
const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
const fAll: FeatureConfig = { ...DEFAULT_FEATURES, bits: 19 }, fW: FeatureConfig = { ...DEFAULT_FEATURES, bits: 18, charMin: 99 }
const sA = { features: fAll, lexicon, lexiconScale: 1 }, sW = { features: fW, lexicon, lexiconScale: Number(args.hlex ?? 1) }
const exA = featurizeRows(rows, sA), exW = featurizeRows(rows, sW), vA = featurizeRows(val, sA), vW = featurizeRows(val, sW)
const H = Number(args.h ?? 16), K = 3, dA = 1 << fAll.bits, dW = 1 << fW.bits
const rng = createRng(7)
const W = new Float64Array(dA * K), gW = new Float64Array(dA * K)
const E = new Float64Array(dW * H).map(() => (rng() - 0.5) * Number(args.init ?? 0.2)), gE = new Float64Array(dW * H)
const c = new Float64Array(H), gc = new Float64Array(H)
const U = new Float64Array(H * K).map(() => (rng() - 0.5) * 0.2), gU = new Float64Array(H * K)
const b = new Float64Array(K), gb = new Float64Array(K)
const counts = [0, 0, 0]; for (const e of exA) counts[e.target]! += e.weight
const tot = counts[0]! + counts[1]! + counts[2]!; const cw = counts.map((n) => tot / (3 * n))
const hpre = new Float64Array(H), h = new Float64Array(H), z = new Float64Array(K), g = new Float64Array(K), gh = new Float64Array(H)
const forward = (a: SentimentExample, w: SentimentExample) => {
  for (let j = 0; j < H; j++) hpre[j] = c[j]!
  for (let i = 0; i < w.indices.length; i++) { const base = w.indices[i]! * H, v = w.values[i]!; for (let j = 0; j < H; j++) hpre[j]! += E[base + j]! * v }
  for (let j = 0; j < H; j++) h[j] = hpre[j]! > 0 ? hpre[j]! : 0
  for (let k = 0; k < K; k++) { let s = b[k]!; for (let j = 0; j < H; j++) s += U[j * K + k]! * h[j]!; z[k] = s }
  for (let i = 0; i < a.indices.length; i++) { const base = a.indices[i]! * K, v = a.values[i]!; for (let k = 0; k < K; k++) z[k]! += W[base + k]! * v }
}
const ada = (p: Float64Array, g2: Float64Array, j: number, gr: number, lr: number) => { g2[j]! += gr * gr; p[j]! -= (lr * gr) / (Math.sqrt(g2[j]!) + 1e-8) }
const evaluate = (off: number[]) => {
  const pred: string[] = []
  for (let n = 0; n < vA.length; n++) { forward(vA[n]!, vW[n]!); let best = 0; for (let k = 1; k < 3; k++) if (z[k]! + off[k]! > z[best]! + off[best]!) best = k; pred.push(['negative', 'neutral', 'positive'][best]!) }
  return classificationMetrics(['negative', 'neutral', 'positive'], vA.map((e) => ['negative', 'neutral', 'positive'][e.target]!), pred)
}
const order = exA.map((_, i) => i), lr0 = Number(args.lr ?? 0.1), lrh = Number(args.lrh ?? 0.05)
for (let ep = 0; ep < Number(args.epochs ?? 3); ep++) {
  shuffleInPlace(order, rng); const f = 1 / Math.sqrt(1 + ep * 0.5)
  for (const n of order) {
    const a = exA[n]!, w = exW[n]!; forward(a, w)
    const m = Math.max(z[0]!, z[1]!, z[2]!); let s = 0; for (let k = 0; k < K; k++) { z[k] = Math.exp(z[k]! - m); s += z[k]! }
    const sc = cw[a.target]! * a.weight; for (let k = 0; k < K; k++) g[k] = (z[k]! / s - (k === a.target ? 1 : 0)) * sc
    for (let i = 0; i < a.indices.length; i++) { const base = a.indices[i]! * K, v = a.values[i]!; for (let k = 0; k < K; k++) ada(W, gW, base + k, g[k]! * v, lr0 * f) }
    for (let j = 0; j < H; j++) { let s2 = 0; for (let k = 0; k < K; k++) { s2 += U[j * K + k]! * g[k]!; ada(U, gU, j * K + k, g[k]! * h[j]!, lrh * f) } gh[j] = hpre[j]! > 0 ? s2 : 0 }
    for (let j = 0; j < H; j++) ada(c, gc, j, gh[j]!, lrh * f)
    for (let i = 0; i < w.indices.length; i++) { const base = w.indices[i]! * H, v = w.values[i]!; for (let j = 0; j < H; j++) if (gh[j] !== 0) ada(E, gE, base + j, gh[j]! * v, lrh * f) }
    for (let k = 0; k < K; k++) ada(b, gb, k, g[k]!, lr0 * f)
  }
  let best = { mr: 0, o: [0, 0, 0] }
  for (let o0 = -0.6; o0 <= 0.61; o0 += 0.05) for (let o2 = -0.6; o2 <= 0.61; o2 += 0.05) { const r = evaluate([o0, 0, o2]); if (r.macroRecall > best.mr) best = { mr: r.macroRecall, o: [o0, 0, o2] } }
  const r0 = evaluate([0, 0, 0]), r = evaluate(best.o)
  console.log(`epoch ${ep} raw MR ${(r0.macroRecall * 100).toFixed(2)} tuned MR ${(r.macroRecall * 100).toFixed(2)} F1 ${(r.macroF1 * 100).toFixed(2)} acc ${(r.accuracy * 100).toFixed(2)} R ${r.perClass.map((x) => (x.recall * 100).toFixed(1)).join('/')}`)
}
