// Urgency experiments on mooc-forum-urgency (Pearson on validation).
//   node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm research/exp-urg.ts --outfile=/tmp/exp-urg.mjs && node /tmp/exp-urg.mjs
import { readFileSync } from 'node:fs'
// The built-in sentiment model's file (packages/engine/assets), as decodeModel takes it.
const BASE_MODEL_DATA = readFileSync(new URL('../packages/engine/assets/base-model.bin', import.meta.url))
import { decodeModel } from '../packages/engine/src/model/model-codec.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { type HeadExample, featurizeHeadTexts, trainRidgeHead } from '../packages/engine/src/training.js'
import { pearson } from '../packages/engine/src/model/classification-metrics.js'
import { unescapeHtml } from '../packages/engine/src/training/train-sentiment.js'

const D = process.env.DATA ?? '../shared/data/'
const load = (p: string): any[] => readFileSync(D + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const { model: sentiment } = decodeModel(BASE_MODEL_DATA)
const tr = load('mooc-forum-urgency/train.jsonl')
const va = load('mooc-forum-urgency/validation.jsonl')
const X = featurizeHeadTexts(tr.map((r) => r.text), sentiment, cueKindsFor)
const V = featurizeHeadTexts(va.map((r) => r.text), sentiment, cueKindsFor)
const y = tr.map((r) => (r.score - 1) / 6)
const gold = va.map((r) => r.score as number)
const HELP = new Set('help please urgent urgently asap stuck problem problems issue issues error errors cannot unable fix wrong broken missing fail failed failing deadline due late submit submitted submission quiz quizzes exam grade graded grades grading certificate access login password lost unlock locked refund payment pay paid verify verified signature track technical bug button link page download upload video load loading work working doesnt'.split(' '))
const LOW = new Set('hello hi everyone name from nice meet welcome thanks thank great enjoy enjoyed enjoying love interesting agree'.split(' '))
function extra(text: string): number[] {
  const toks = tokenize(unescapeHtml(text))
  let q = 0, ex = 0, help = 0, low = 0, i1 = 0, neg = 0
  for (const t of toks) {
    if (t.norm === '?') q++
    if (t.norm === '!') ex++
    if (HELP.has(t.norm)) help++
    if (LOW.has(t.norm)) low++
    if (t.norm === 'i' || t.norm === 'my' || t.norm === 'me') i1++
    if (t.norm === "can't" || t.norm === 'not' || t.norm === "don't" || t.norm === "doesn't" || t.norm === "isn't" || t.norm === "won't") neg++
  }
  const n = Math.max(1, toks.length)
  return [Math.log1p(q), q > 0 ? 1 : 0, Math.log1p(help), Math.log1p(low), i1 / n * 5, Math.log1p(neg), Math.log1p(ex), help / n * 10]
}
const XE = tr.map((r) => extra(r.text))
const VE = va.map((r) => extra(r.text))
function withDense(ex: readonly HeadExample[], e: number[][], use: number[], sc: number): HeadExample[] {
  return ex.map((x, i) => ({ ...x, dense: Float32Array.from([...x.dense, ...use.map((j) => (e[i]![j] as number) * sc)]) }))
}
function score(m: { weights: Float64Array; dense: Float64Array; bias: number }, ex: readonly HeadExample[]): number[] {
  const fold = m.weights.length - 1
  return ex.map((x) => {
    let s = m.bias
    for (let i = 0; i < x.indices.length; i++) s += (m.weights[(x.indices[i] as number) & fold] as number) * (x.values[i] as number)
    for (let d = 0; d < x.dense.length; d++) s += (m.dense[d] as number) * (x.dense[d] as number)
    return s
  })
}
// Family re-weighting: char-gram entries (value = half the word value) × CS, lexicon entries × LS.
import { LEXICON_FEATURE_COUNT } from '../packages/engine/src/model/lexicon-features.js'
function reweight(ex: readonly HeadExample[], cs: number, ls: number): HeadExample[] {
  return ex.map((x) => {
    const v = Float32Array.from(x.values)
    let n0 = v.length
    // lexicon entries were appended last (at most LEXICON_FEATURE_COUNT); the normalised part has max value = word value
    let mx = 0
    for (let i = 0; i < v.length; i++) if (v[i]! > mx && i < v.length - LEXICON_FEATURE_COUNT) mx = v[i]!
    for (let i = v.length - 1; i >= Math.max(0, v.length - LEXICON_FEATURE_COUNT); i--) { if (Math.abs(v[i]! - mx) > 1e-6 && Math.abs(v[i]! - mx / 2) > 1e-6) n0 = i; else break }
    for (let i = 0; i < n0; i++) if (Math.abs(v[i]! - mx / 2) < 1e-6) v[i] = v[i]! * cs
    for (let i = n0; i < v.length; i++) v[i] = v[i]! * ls
    return { ...x, values: v }
  })
}
if (process.env.FAM) {
  for (const [cs, ls, lam] of JSON.parse(process.env.FAM) as [number, number, number][]) {
    const m = trainRidgeHead(reweight(X, cs, ls), y, 18, lam)
    const s = score(m, reweight(V, cs, ls))
    console.log(`char×${cs} lex×${ls} λ ${lam}: r ${pearson(s, gold).toFixed(4)}`)
  }
  process.exit(0)
}
const bitsList = JSON.parse(process.env.BITS ?? '[18]') as number[]
for (const bits of bitsList)
  for (const lam of JSON.parse(process.env.LAM ?? '[0.3,1,3]') as number[])
    for (const [name, use, sc] of JSON.parse(process.env.DV ?? '[["none",[],1],["all",[0,1,2,3,4,5,6,7],1],["all3",[0,1,2,3,4,5,6,7],3]]') as [string, number[], number][]) {
      const Xd = withDense(X, XE, use, sc)
      const Vd = withDense(V, VE, use, sc)
      const m = trainRidgeHead(Xd, y, bits, lam)
      const s = score(m, Vd)
      console.log(`bits ${bits} λ ${lam} dense ${name}: r ${pearson(s, gold).toFixed(4)}  dense w ${Array.from(m.dense).map((v) => v.toFixed(2)).join(' ')}`)
    }
