// µs/message of sentiment-only vs sentiment + always-on heads, on the 1,997 tweeteval-sentiment validation texts
// (tokens and cue kinds pre-computed, best of 15 passes, alternating). Heads from HEADS (default /tmp/emotion-heads.bin).
//   node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm research/exp-heads-speed.ts --outfile=/tmp/exp-heads-speed.mjs && node /tmp/exp-heads-speed.mjs
import { readFileSync } from 'node:fs'
// The built-in sentiment model's file (packages/engine/assets), as decodeModel takes it.
const BASE_MODEL_DATA = readFileSync(new URL('../packages/engine/assets/base-model.bin', import.meta.url))
import { OUT_LENGTH, createEmotionPredictor } from '../packages/engine/src/model/emotion-predictor.js'
import { decodeEmotionHeads, decodeModel } from '../packages/engine/src/model/model-codec.js'
import { createSentimentPredictor } from '../packages/engine/src/model/sentiment-predictor.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'

const D = process.env.DATA ?? '../shared/data/'
const load = (p: string): any[] => readFileSync(D + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
let t = performance.now()
const { model: sentiment } = decodeModel(BASE_MODEL_DATA)
const sMs = performance.now() - t
const text = readFileSync(process.env.HEADS ?? '/tmp/emotion-heads.bin')
t = performance.now()
const heads = decodeEmotionHeads(text).model
const hMs = performance.now() - t
t = performance.now()
const pred = createEmotionPredictor(sentiment, heads)
const cMs = performance.now() - t
console.log(`sizes: sentiment ${(BASE_MODEL_DATA.length / 1048576).toFixed(2)} MB, heads ${(text.length / 1048576).toFixed(2)} MB; decode sentiment ${sMs.toFixed(0)} ms, heads ${hMs.toFixed(0)} ms, createEmotionPredictor ${cMs.toFixed(0)} ms`)
const texts = load('tweeteval-sentiment/validation.jsonl').map((r) => r.text as string)
const toks = texts.map((x) => tokenize(x))
const kinds = texts.map((x, i) => cueKindsFor(x, toks[i] as never))
const sp = createSentimentPredictor(sentiment)
const o3 = new Float64Array(3)
const out = new Float64Array(OUT_LENGTH)
let sink = 0
const time = (f: () => void): number => {
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now()
    f()
    best = Math.min(best, performance.now() - t0)
  }
  return (best * 1000) / toks.length
}
const A: number[] = [], B: number[] = [], C: number[] = []
for (let rep = 0; rep < Number(process.env.REPS ?? 4); rep++) {
  A.push(time(() => { for (let i = 0; i < toks.length; i++) { sp.predict(toks[i] as never, kinds[i] as string[], o3); sink += o3[0] as number } }))
  B.push(time(() => { for (let i = 0; i < toks.length; i++) { pred.predict(toks[i] as never, kinds[i] as string[], out); sink += out[3] as number } }))
  C.push(time(() => { for (let i = 0; i < toks.length; i++) { pred.sentiment(toks[i] as never, kinds[i] as string[], out); sink += out[0] as number } }))
}
const a = Math.min(...A), b = Math.min(...B), c = Math.min(...C)
console.log(`sentiment predictor ${a.toFixed(3)} µs/msg; sentiment + always-on heads ${b.toFixed(3)} µs/msg (added ${(b - a).toFixed(3)}); combined predictor, sentiment only ${c.toFixed(3)} µs/msg ${sink > 0 ? '' : ' '}`)
console.log(`  per rep A ${A.map((x) => x.toFixed(2))} B ${B.map((x) => x.toFixed(2))}`)
const go = new Float64Array(28)
if (pred.hasGoemotions) console.log(`on-demand GoEmotions: ${time(() => { for (let i = 0; i < toks.length; i++) { pred.goemotions(toks[i] as never, kinds[i] as string[], go); sink += go[0] as number } }).toFixed(2)} µs/msg`)
