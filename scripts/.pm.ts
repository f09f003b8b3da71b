import { readFileSync } from 'node:fs'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { loadBaseModel } from '../packages/engine/src/index.js'
import { predictSentiment, SentimentScratch } from '../packages/engine/src/model/sentiment-model.js'
import { createSentimentPredictor } from '../packages/engine/src/model/sentiment-predictor.js'
import { analyzeTokens, lexiconSummary, wordTable, TokenAnalysis } from '../packages/engine/src/model/lexicon-features.js'
const texts = readFileSync('/work/shared/data/tweeteval-sentiment/validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
const toks = texts.map((t) => tokenize(t))
const { model } = loadBaseModel()
const fast = createSentimentPredictor(model)
const out = new Float64Array(3); const sc = new SentimentScratch(); let sink = 0
const tab = wordTable(model.lexicon!); const a = new TokenAnalysis(); const d = new Float64Array(12)
const run = (name: string, f: (k: any) => void) => { for (const k of toks) f(k); const t0 = performance.now(); for (let r = 0; r < 20; r++) for (const k of toks) f(k); console.log(name.padEnd(12), ((performance.now() - t0) * 1000 / toks.length / 20).toFixed(2), 'us') }
for (let rep = 0; rep < 2; rep++) {
  run('slow', (k) => { sink += predictSentiment(model, k, [], sc).positive })
  run('fast', (k) => { fast.predict(k, [], out); sink += out[0]! })
  run('analyze', (k) => { analyzeTokens(k, tab, a); sink += a.flags[0]! })
  run('analyze+lex', (k) => { analyzeTokens(k, tab, a); lexiconSummary(k, a, d); sink += d[0]! })
}
