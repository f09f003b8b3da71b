// Stacking: a small MLP over cross-fitted base-model logits + dense message facts (lexicon summary,
// cue kinds, token kinds), trained on the training rows, scored on TweetEval validation.
// Run: node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error research/exp-stack.ts --outfile=/tmp/exp-stack.mjs && node /tmp/exp-stack.mjs [facts=0] [h=32] [epochs=6]
import { lexiconSummary, wordTable, LEXICON_FEATURE_COUNT } from '../packages/engine/src/model/lexicon-features.js'
import { TokenAnalysis, analyzeTokens, lookUpTokens } from '../packages/engine/src/model/token-analysis.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { CUE_KINDS } from '../packages/engine/src/reader/reading.js'
import { trainOnExamples, unescapeHtml } from '../packages/engine/src/training/train-sentiment.js'
import type { SentimentModel } from '../packages/engine/src/model/sentiment-model.js'
import type { SentimentExample } from '../packages/engine/src/training/train-sentiment.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { classificationMetrics } from '../packages/engine/src/model/classification-metrics.js'
import { createRng, shuffleInPlace } from '../packages/engine/src/model/rng.js'
import { args, ex, lexicon, probabilities, recipe, rows as keepRows, spec, val, vx } from './exp-shipped-setup.js'
const CL = ['negative', 'neutral', 'positive']
const logits = (m: SentimentModel, e: SentimentExample): number[] => probabilities(m, e).map(Math.log)
const K = 5
const trL: number[][] = new Array(ex.length)
for (let f = 0; f < K; f++) {
  const m = trainOnExamples(ex.filter((_, i) => i % K !== f), spec, recipe, 20261126 + f)
  for (let i = f; i < ex.length; i += K) trL[i] = logits(m, ex[i]!)
  console.log('fold', f)
}
const full = trainOnExamples(ex, spec, recipe, 20261126)
const vaL = vx.map((e) => logits(full, e))
const table = wordTable(lexicon); const an = new TokenAnalysis(); const dense = new Float64Array(LEXICON_FEATURE_COUNT)
function facts(text: string): number[] {
  const t = unescapeHtml(text); const toks = tokenize(t)
  lookUpTokens(toks, table, an); analyzeTokens(toks, an, true); lexiconSummary(toks, an, dense)
  const kinds = new Set(cueKindsFor(t, toks))
  const cnt = (k: string) => toks.filter((x) => x.kind === k).length
  const q = toks.filter((x) => x.norm.includes('?')).length, b = toks.filter((x) => x.norm.includes('!')).length
  return [...dense, ...CUE_KINDS.map((k) => (kinds.has(k) ? 1 : 0)), Math.log1p(toks.length) / 3, Math.min(cnt('url'), 2) / 2, Math.min(cnt('mention'), 3) / 3, Math.min(cnt('hashtag'), 3) / 3, Math.min(q, 2) / 2, Math.min(b, 2) / 2, Math.min(cnt('emoji') + cnt('emoticon'), 2) / 2, Math.min(cnt('number'), 2) / 2]
}
const trF = keepRows.map((r) => facts(r.text)), vaF = val.map((r) => facts(r.text))
const useFacts = args.facts !== '0'
const X = (L: number[], F: number[]) => (useFacts ? [...L, ...F] : L)
const Xtr = trL.map((L, i) => X(L, trF[i]!)), Xva = vaL.map((L, i) => X(L, vaF[i]!))
const D = Xtr[0]!.length, H = Number(args.h ?? 32)
const rng = createRng(5)
const W1 = Float64Array.from({ length: D * H }, () => (rng() - 0.5) * 0.3), b1 = new Float64Array(H)
const W2 = Float64Array.from({ length: H * 3 }, () => (rng() - 0.5) * 0.3), b2 = new Float64Array(3)
// skip connection: logits pass straight through (init identity on the first 3 inputs)
const S = new Float64Array(D * 3); for (let c = 0; c < 3; c++) S[c * 3 + c] = 1
const counts = [0, 0, 0]; ex.forEach((e) => (counts[e.target]! += e.weight)); const tot = counts[0]! + counts[1]! + counts[2]!; const cw = counts.map((n) => tot / (3 * n))
const h = new Float64Array(H), o = new Float64Array(3)
const fwd = (x: number[]) => { for (let j = 0; j < H; j++) { let s = b1[j]!; for (let d = 0; d < D; d++) s += W1[d * H + j]! * x[d]!; h[j] = s > 0 ? s : 0 } for (let c = 0; c < 3; c++) { let s = b2[c]!; for (let j = 0; j < H; j++) s += W2[j * 3 + c]! * h[j]!; for (let d = 0; d < D; d++) s += S[d * 3 + c]! * x[d]!; o[c] = s } }
const lr0 = Number(args.lr ?? 0.01), l2 = Number(args.l2 ?? 1e-4)
const order = Xtr.map((_, i) => i)
const evalVal = (tune: boolean) => {
  const outs = Xva.map((x) => { fwd(x); return [...o] })
  let best = { s: -1, a: 0, c: 0 }
  for (let a = -1; a <= 1.0001; a += 0.05) for (let c = -1; c <= 1.0001; c += 0.05) {
    if (!tune && (a !== -1 || c !== -1)) { /* only zero */ }
    const aa = tune ? a : 0, cc = tune ? c : 0
    const pred = outs.map((z) => { const z0 = z[0]! + aa, z1 = z[1]!, z2 = z[2]! + cc; return z0 >= z1 && z0 >= z2 ? 'negative' : z1 >= z2 ? 'neutral' : 'positive' })
    const r = classificationMetrics(CL, val.map((v) => v.label), pred)
    if (r.macroRecall > best.s) best = { s: r.macroRecall, a: aa, c: cc }
    if (!tune) return best
  }
  return best
}
console.log('base logits only (tuned)', (evalVal(true).s * 100).toFixed(2), '(stacker at init = identity)')
for (let ep = 0; ep < Number(args.epochs ?? 6); ep++) {
  shuffleInPlace(order, rng)
  const lr = lr0 / (1 + ep * 0.5)
  for (const i of order) {
    const x = Xtr[i]!; fwd(x)
    const m = Math.max(o[0]!, o[1]!, o[2]!); const e = [Math.exp(o[0]! - m), Math.exp(o[1]! - m), Math.exp(o[2]! - m)]; const s = e[0]! + e[1]! + e[2]!
    const t = ex[i]!.target, w = cw[t]! * ex[i]!.weight
    const g = e.map((v, c) => (v / s - (c === t ? 1 : 0)) * w)
    for (let j = 0; j < H; j++) { if (h[j]! <= 0) continue; let gh = 0; for (let c = 0; c < 3; c++) gh += g[c]! * W2[j * 3 + c]!; for (let d = 0; d < D; d++) W1[d * H + j]! -= lr * (gh * x[d]! + l2 * W1[d * H + j]!); b1[j]! -= lr * gh }
    for (let c = 0; c < 3; c++) { for (let j = 0; j < H; j++) W2[j * 3 + c]! -= lr * (g[c]! * h[j]! + l2 * W2[j * 3 + c]!); for (let d = 0; d < D; d++) S[d * 3 + c]! -= lr * (g[c]! * x[d]! + l2 * (S[d * 3 + c]! - (d === c ? 1 : 0))); b2[c]! -= lr * g[c]! }
  }
  const r = evalVal(true)
  console.log('epoch', ep, 'val MR tuned', (r.s * 100).toFixed(2), 'offsets', r.a.toFixed(2), r.c.toFixed(2))
}
