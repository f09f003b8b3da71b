// Sentiment experiments: featurise once, train a grid of recipes, report validation macro-recall.
// npx tsx research/exp-sent.ts goemo=0.3 epochs=1,2 lr=0.1,0.2 avg=1 bags=1 lex=1 cw=0.5 cscope=word tri=0 bits=20
import { readFileSync } from 'node:fs'
import { DEFAULT_FEATURES, type FeatureConfig } from '../packages/engine/src/model/extract-features.js'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import type { SentimentFeatureSpec } from '../packages/engine/src/model/sentiment-model.js'
import { DEFAULT_SENTIMENT_RECIPE, evaluateExamples, featurizeRows, trainOnExamples, type SentimentRow } from '../packages/engine/src/training/train-sentiment.js'
import { goEmotionsToSentiment } from '../packages/engine/src/training/sentiment-labels.js'

const D = '../shared/data/'
const load = (p: string): any[] => readFileSync(D + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const num = (k: string, d: number) => (args[k] !== undefined ? Number(args[k]) : d)
const list = (k: string, d: string) => (args[k] ?? d).split(',').map(Number)

const rows: SentimentRow[] = load('semeval-sentiment-2013-2016/train.jsonl').map((r) => ({ text: r.text, label: r.label }))
if (args.goemo) for (const r of load('goemotions/train.jsonl')) {
  const l = goEmotionsToSentiment(r.labels); if (l) rows.push({ text: r.text, label: l, weight: Number(args.goemo) })
}
if (args.emo) for (const r of load('tweeteval-emotion/train.jsonl')) rows.push({ text: r.text, label: r.label === 'anger' || r.label === 'sadness' ? 'negative' : 'positive', weight: Number(args.emo) })
if (args.xlmt) for (const r of load('xlm-t-sentiment-multilingual/train.jsonl')) if (r.lang !== 'en') rows.push({ text: r.text, label: r.label, weight: Number(args.xlmt) })
if (args.isarc) for (const r of load('isarcasmeval-en/train.jsonl')) if (r.label === 'sarcastic') {
  rows.push({ text: r.text, label: 'negative', weight: Number(args.isarc) })
  if (r.rephrase && args.reph) rows.push({ text: r.rephrase, label: 'negative', weight: Number(args.reph) })
}
if (args.off) for (const r of load('tweeteval-offensive/train.jsonl')) if (r.label === 'offensive') rows.push({ text: r.text, label: 'negative', weight: Number(args.off) })
const val = load('tweeteval-sentiment/validation.jsonl')

const features: FeatureConfig = {
  ...DEFAULT_FEATURES, bits: num('bits', 20), charWeight: num('cw', 0.5), charMin: num('cmin', 2), charMax: num('cmax', 5),
  trigrams: args.tri === '1', skipBigrams: args.skip === '1', charScope: (args.cscope ?? 'word') as 'word' | 'text', wordWeight: num('ww', 1),
}
const lexicon = args.lex !== '0' ? parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8')) : undefined
if (lexicon && args.afinn) {
  const src = readFileSync('node_modules/wink-sentiment/src/afinn-en-165.js', 'utf8')
  for (const m of src.matchAll(/^\s+'?([^':]+)'?: (-?\d+),?$/gm)) if (!lexicon.has(m[1]!)) lexicon.set(m[1]!, Number(m[2]) * Number(args.afinn))
  console.log('lexicon size', lexicon.size)
}
const spec: SentimentFeatureSpec = lexicon ? { features, lexicon, lexiconScale: num('lex', 1) } : { features, lexiconScale: 0 }
const t0 = Date.now()
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
const ck = args.cues === '1' ? cueKindsFor : undefined
const ex = featurizeRows(rows, spec, ck)
const vx = featurizeRows(val, spec, ck)
console.log(`rows ${ex.length} featurised in ${Date.now() - t0} ms; avg nnz ${(ex.reduce((a, e) => a + e.indices.length, 0) / ex.length).toFixed(0)}`)
for (const epochs of list('epochs', '2')) for (const lr of list('lr', '0.2')) for (const l2 of list('l2', '0')) for (const bags of list('bags', '1')) for (const seed of list('seed', '42')) {
  const recipe = { ...DEFAULT_SENTIMENT_RECIPE, features, lexiconScale: spec.lexiconScale, epochs, learningRate: lr, l2, bags, average: args.avg === '1', balanced: args.bal !== '0', dropout: num('drop', 0), maxBiasOffset: num('maxoff', 0.6) }
  const t1 = Date.now()
  const m = trainOnExamples(ex, spec, recipe, seed)
  const raw = evaluateExamples(m, vx)
  const tuned = trainOnExamples(ex, spec, recipe, seed, vx) // same weights (deterministic), plus tuned offsets
  const r = evaluateExamples(tuned, vx)
  console.log(`seed=${seed} ep=${epochs} lr=${lr} l2=${l2} bags=${bags} | raw MR ${(raw.macroRecall * 100).toFixed(2)} | tuned MR ${(r.macroRecall * 100).toFixed(2)} F1 ${(r.macroF1 * 100).toFixed(2)} acc ${(r.accuracy * 100).toFixed(2)} R ${r.perClass.map((c) => (c.recall * 100).toFixed(1)).join('/')} off ${[...tuned.classBias].map((x) => x.toFixed(2))} (${((Date.now() - t1) / 2000).toFixed(1)}s/train)`)
}
