// µs/message of predictSentiment for an encoded model file (default /tmp/sentiment-model.txt), tokens given.
import { readFileSync } from 'node:fs'
import { decodeModel } from '../packages/engine/src/model/model-codec.js'
import { predictSentiment, SentimentScratch } from '../packages/engine/src/model/sentiment-model.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
const file = process.argv[2] ?? '/tmp/sentiment-model.txt'
const t0 = performance.now(); const text = readFileSync(file, 'utf8'); const { model } = decodeModel(text)
console.log(`read+decode ${(performance.now() - t0).toFixed(0)} ms, ${(text.length / 1e6).toFixed(2)} MB`)
const val = readFileSync('../shared/data/tweeteval-sentiment/validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
const toks = val.map((t) => tokenize(t)); const scratch = new SentimentScratch(); let s = 0
for (let rep = 0; rep < 5; rep++) {
  const t1 = performance.now(); for (let k = 0; k < 20; k++) for (const t of toks) s += predictSentiment(model, t, [], scratch).positive
  console.log(`predictSentiment ${(((performance.now() - t1) * 1000) / (20 * toks.length)).toFixed(2)} µs/msg`)
}
