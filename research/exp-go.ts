// GoEmotions 28-label block experiments (validation macro-F1; also 2-fold "cross-tuned" thresholds).
//   node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm research/exp-go.ts --outfile=/tmp/exp-go.mjs && node /tmp/exp-go.mjs
import { readFileSync } from 'node:fs'
// The built-in sentiment model's file (packages/engine/assets), as decodeModel takes it.
const BASE_MODEL_DATA = readFileSync(new URL('../packages/engine/assets/base-model.bin', import.meta.url))
import { GOEMOTIONS_LABELS } from '../packages/engine/src/model/emotion-heads.js'
import { decodeModel } from '../packages/engine/src/model/model-codec.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import {
  DEFAULT_EMOTION_HEADS_RECIPE,
  type HeadExample,
  blockLogits,
  featurizeHeadTexts,
  trainHeads,
  tuneThreshold,
  f1At,
} from '../packages/engine/src/training.js'

const D = process.env.DATA ?? '../shared/data/'
const load = (p: string): any[] => readFileSync(D + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const { model: sentiment } = decodeModel(BASE_MODEL_DATA)
const tr = load('goemotions/train.jsonl')
const va = load('goemotions/validation.jsonl')
const L = GOEMOTIONS_LABELS as readonly string[]
const k = L.length
let t0 = performance.now()
const X = featurizeHeadTexts(tr.map((r) => r.text), sentiment, cueKindsFor)
const V = featurizeHeadTexts(va.map((r) => r.text), sentiment, cueKindsFor)
console.log(`featurised in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
const hot = (rs: any[]) => {
  const t = new Float32Array(rs.length * k)
  rs.forEach((r, i) => {
    for (const l of r.labels) t[i * k + L.indexOf(l)] = 1
  })
  return t
}
const T = hot(tr)
const VT = hot(va)

function quant(w: Float32Array, bitsQ: number): Float32Array {
  const n = w.length / k
  const out = new Float32Array(w.length)
  const levels = (1 << (bitsQ - 1)) - 1
  for (let h = 0; h < k; h++) {
    const col = new Float32Array(n)
    for (let j = 0; j < n; j++) col[j] = Math.abs(w[j * k + h] as number)
    col.sort()
    const q = col[Math.min(n - 1, Math.floor(n * 0.99999))] as number
    const s = q > 0 ? q / levels : 1
    for (let j = 0; j < n; j++) {
      const r = Math.max(-levels, Math.min(levels, Math.round((w[j * k + h] as number) / s)))
      out[j * k + h] = r * s
    }
  }
  return out
}

/** log-softmax probs matrix → macro-F1 with val-tuned thresholds and 2-fold cross-tuned. */
function evalProbs(P: Float64Array): { tuned: number; cross: number } {
  const n = va.length
  let tuned = 0
  let cross = 0
  for (let h = 0; h < k; h++) {
    const s = Array.from({ length: n }, (_, i) => P[i * k + h] as number)
    const y = Array.from({ length: n }, (_, i) => VT[i * k + h] as number)
    tuned += tuneThreshold(s, y).f1
    // 2 folds by index parity; threshold from one half applied to the other; pooled counts
    let tp = 0, fp = 0, fn = 0
    for (let f = 0; f < 2; f++) {
      const a = s.filter((_, i) => i % 2 === f), ay = y.filter((_, i) => i % 2 === f)
      const b = s.filter((_, i) => i % 2 !== f), by = y.filter((_, i) => i % 2 !== f)
      const t = tuneThreshold(a, ay).threshold
      b.forEach((v, i) => {
        const p = v >= t, g = (by[i] as number) >= 0.5
        if (p && g) tp++; else if (p) fp++; else if (g) fn++
      })
    }
    cross += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  return { tuned: tuned / k, cross: cross / k }
}

function probs(raw: { weights: Float32Array; bias: Float32Array; dense: Float32Array }, bits: number, softmax: boolean): Float64Array {
  const z = blockLogits({ names: L, bits, ...raw, softmax }, V)
  if (!softmax) return z
  return z
}

const base = DEFAULT_EMOTION_HEADS_RECIPE.goemotions
const variants: [string, any, number][] = JSON.parse(process.env.V ?? '[["base16",{},16],["base18",{},18]]')
for (const [name, over, bits] of variants) {
  t0 = performance.now()
  const r = { ...base, ...over }
  const raw = trainHeads(X, { k, targets: T }, L.map(() => 'logistic' as const), bits, r, Number(process.env.SEED ?? 7))
  const f = evalProbs(probs(raw, bits, r.softmax === true))
  // top-1 always predicted + per-label thresholds
  const P = probs(raw, bits, r.softmax === true)
  const P2 = Float64Array.from(P)
  for (let i = 0; i < va.length; i++) {
    let am = 0
    for (let h = 1; h < k; h++) if ((P[i * k + h] as number) > (P[i * k + am] as number)) am = h
    P2[i * k + am] = 1e9
  }
  const top = evalProbs(P2)
  console.log(`  top1+thr: ${top.tuned.toFixed(4)} (x ${top.cross.toFixed(4)})`)
  const q = evalProbs(probs({ ...raw, weights: quant(raw.weights, 8) }, bits, r.softmax === true))
  const q4 = evalProbs(probs({ ...raw, weights: quant(raw.weights, 5) }, bits, r.softmax === true))
  const q3 = evalProbs(probs({ ...raw, weights: quant(raw.weights, 4) }, bits, r.softmax === true))
  console.log(`${name.padEnd(14)} bits ${bits} float ${f.tuned.toFixed(4)} (x ${f.cross.toFixed(4)})  int8 ${q.tuned.toFixed(4)} (x ${q.cross.toFixed(4)})  int5 ${q4.tuned.toFixed(4)} int4 ${q3.tuned.toFixed(4)} (x ${q3.cross.toFixed(4)})  ${((performance.now() - t0) / 1000).toFixed(1)}s`)
}
void f1At
