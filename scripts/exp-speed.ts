// Speed probe: µs per message of predictSentiment (tokenisation excluded and included).
import { readFileSync } from 'node:fs'
import { DEFAULT_FEATURES } from '../packages/engine/src/model/extract-features.js'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import { predictSentiment, type SentimentModel } from '../packages/engine/src/model/sentiment-model.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
const val = readFileSync('../shared/data/tweeteval-sentiment/validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const features = { ...DEFAULT_FEATURES, bits: Number(args.bits ?? 20), trigrams: args.tri === "1", charMin: Number(args.cmin ?? 2), charMax: Number(args.cmax ?? 5) }
const model: SentimentModel = { features, lexicon, lexiconScale: 1, classes: ['negative', 'neutral', 'positive'], weights: new Float32Array((1 << features.bits) * 3).map((_, i) => (i % 7) * 0.01), bias: new Float32Array(3), classBias: new Float32Array(3) }
const toks = val.map((t) => tokenize(t))
let s = 0
for (let rep = 0; rep < 3; rep++) {
  let t0 = performance.now()
  for (let k = 0; k < 10; k++) for (const t of toks) s += predictSentiment(model, t, []).positive
  const model_us = ((performance.now() - t0) * 1000) / (10 * toks.length)
  t0 = performance.now()
  for (let k = 0; k < 10; k++) for (const t of val) s += tokenize(t).length
  const tok_us = ((performance.now() - t0) * 1000) / (10 * toks.length)
  console.log(`predictSentiment ${model_us.toFixed(2)} µs/msg; tokenize ${tok_us.toFixed(2)} µs/msg; avg chars ${(val.reduce((a, t) => a + t.length, 0) / val.length).toFixed(0)}`)
}
