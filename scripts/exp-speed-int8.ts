// Compare dot-product cost: Float32 vs Int8 weights (same features), plus feature extraction alone.
import { readFileSync } from 'node:fs'
import { decodeModel } from '../packages/engine/src/model/model-codec.js'
import { SentimentScratch, sentimentFeatures, sentimentLogits } from '../packages/engine/src/model/sentiment-model.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
const { model } = decodeModel(readFileSync('/tmp/sentiment-model.txt', 'utf8'))
let mx = 0; for (const w of model.weights) mx = Math.max(mx, Math.abs(w)); const sc = mx / 127
const q = Int8Array.from(model.weights, (w) => Math.round(w / sc))
const val = readFileSync('../shared/data/tweeteval-sentiment/validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
const toks = val.map((t) => tokenize(t)); const scratch = new SentimentScratch(); const z = new Float64Array(3); let s = 0
const time = (name: string, f: () => void) => { f(); const t = performance.now(); for (let k = 0; k < 20; k++) f(); console.log(name, (((performance.now() - t) * 1000) / (20 * toks.length)).toFixed(2), 'µs') }
for (let rep = 0; rep < 2; rep++) {
  time('features only', () => { for (const t of toks) s += sentimentFeatures(model, t, [], scratch).length })
  time('features+f32 dot', () => { for (const t of toks) { const x = sentimentFeatures(model, t, [], scratch); sentimentLogits(model, x, z); s += z[0]! } })
  time('features+i8 dot', () => { for (const t of toks) { const x = sentimentFeatures(model, t, [], scratch); let a = 0, b = 0, c = 0; for (let i = 0; i < x.length; i++) { const j = x.indices[i]! * 3, v = x.values[i]!; a += q[j]! * v; b += q[j + 1]! * v; c += q[j + 2]! * v } s += a * sc + b + c } })
}
