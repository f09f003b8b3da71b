// End-to-end check of the built-in recipe: train via trainSentimentModel, encode, decode, then score the
// decoded model from raw validation text with predictSentiment; report size, load time and µs/message.
// npx tsx scripts/exp-final.ts [seed=1] [out=/tmp/sentiment-model.txt]
import { readFileSync, writeFileSync } from 'node:fs'
import { classificationMetrics } from '../packages/engine/src/model/classification-metrics.js'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import { decodeModel, encodeModel } from '../packages/engine/src/model/model-codec.js'
import { predictSentiment, SentimentScratch } from '../packages/engine/src/model/sentiment-model.js'
import { buildSentimentTrainingRows } from '../packages/engine/src/training/sentiment-labels.js'
import { DEFAULT_SENTIMENT_RECIPE, trainSentimentModel, unescapeHtml } from '../packages/engine/src/training/train-sentiment.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
const load = (p: string): any[] => readFileSync('../shared/data/' + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const seed = Number(args.seed ?? 1)
const rows = buildSentimentTrainingRows({ semeval: load('semeval-sentiment-2013-2016/train.jsonl'), goemotions: load('goemotions/train.jsonl'), tweetevalEmotion: load('tweeteval-emotion/train.jsonl') })
const val = load('tweeteval-sentiment/validation.jsonl')
const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
const t0 = performance.now()
const model = trainSentimentModel(rows, { seed, lexicon, validation: val, log: (l) => console.log(' ', l) })
console.log(`train ${((performance.now() - t0) / 1000).toFixed(1)} s`)
const text = encodeModel(model, { version: `sentiment-exp-${seed}`, datasets: [], recipe: { ...DEFAULT_SENTIMENT_RECIPE, seed } })
writeFileSync(args.out ?? '/tmp/sentiment-model.txt', text)
const t1 = performance.now(); const { model: m2 } = decodeModel(text); const loadMs = performance.now() - t1
console.log(`encoded ${(text.length / 1e6).toFixed(2)} MB; decode ${loadMs.toFixed(0)} ms`)
const C = ['negative', 'neutral', 'positive'] as const
const scratch = new SentimentScratch()
const toks = val.map((r) => tokenize(unescapeHtml(r.text)))
const pred = toks.map((t) => { const p = predictSentiment(m2, t, [], scratch); return p.negative >= p.neutral && p.negative >= p.positive ? C[0] : p.neutral >= p.positive ? C[1] : C[2] })
const r = classificationMetrics([...C], val.map((x) => x.label), pred)
console.log(`decoded model, from text: MR ${(r.macroRecall * 100).toFixed(2)} F1 ${(r.macroF1 * 100).toFixed(2)} acc ${(r.accuracy * 100).toFixed(2)} recall ${r.perClass.map((c) => `${c.label} ${(c.recall * 100).toFixed(1)}`).join(', ')}`)
for (let rep = 0; rep < 3; rep++) {
  let s = 0; const t2 = performance.now()
  for (let k = 0; k < 20; k++) for (const t of toks) s += predictSentiment(m2, t, [], scratch).positive
  console.log(`predictSentiment ${(((performance.now() - t2) * 1000) / (20 * toks.length)).toFixed(2)} µs/msg (tokens given)`, s > 0 ? '' : '!')
}
