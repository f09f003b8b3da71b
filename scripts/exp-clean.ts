// Label cleaning (confident-learning style) for the sentiment model: cross-fitted probabilities of each
// training row's own label; rows the other folds find very unlikely are dropped or down-weighted.
// Run: node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error scripts/exp-clean.ts --outfile=/tmp/exp-clean.mjs && node /tmp/exp-clean.mjs [tau=0.05,0.1] [mode=drop,half]
import { readFileSync } from 'node:fs'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { buildSentimentTrainingRows } from '../packages/engine/src/training/sentiment-labels.js'
import { DEFAULT_SENTIMENT_RECIPE, evaluateExamples, featurizeRows, trainOnExamples, type SentimentExample } from '../packages/engine/src/training/train-sentiment.js'
import { sentimentLogits, type SentimentModel } from '../packages/engine/src/model/sentiment-model.js'
import { FeatureBuffer } from '../packages/engine/src/model/feature-buffer.js'
const load = (p: string): any[] => readFileSync('../shared/data/' + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const rows = buildSentimentTrainingRows({ semeval: load('semeval-sentiment-2013-2016/train.jsonl'), goemotions: load('goemotions/train.jsonl'), tweetevalEmotion: load('tweeteval-emotion/train.jsonl') })
const val = load('tweeteval-sentiment/validation.jsonl')
const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
const recipe = DEFAULT_SENTIMENT_RECIPE
const spec = { features: recipe.features, lexicon, lexiconScale: recipe.lexiconScale }
let t = Date.now()
const ex = featurizeRows(rows, spec, cueKindsFor)
const vx = featurizeRows(val, spec, cueKindsFor)
console.log('featurised', ex.length, Date.now() - t, 'ms')
const fmt = (r: any) => `MR ${(r.macroRecall * 100).toFixed(2)} F1 ${(r.macroF1 * 100).toFixed(2)} acc ${(r.accuracy * 100).toFixed(2)}`
t = Date.now()
const base = trainOnExamples(ex, spec, recipe, 20261126, vx)
console.log('base', fmt(evaluateExamples(base, vx)), (Date.now() - t) / 1000, 's')
const K = Number(args.k ?? 5)
const pOwn = new Float64Array(ex.length)
const buf = new FeatureBuffer(1); const z = new Float64Array(3)
const probs = (m: SentimentModel, e: SentimentExample): number[] => { buf.indices = e.indices; buf.values = e.values; buf.length = e.indices.length; sentimentLogits(m, buf, z); const mx = Math.max(z[0]!, z[1]!, z[2]!); const a = [Math.exp(z[0]! - mx), Math.exp(z[1]! - mx), Math.exp(z[2]! - mx)]; const s = a[0]! + a[1]! + a[2]!; return a.map((x) => x / s) }
for (let f = 0; f < K; f++) {
  const tr = ex.filter((_, i) => i % K !== f)
  const m = trainOnExamples(tr, spec, { ...recipe, bags: 1 }, 7 + f)
  for (let i = f; i < ex.length; i += K) pOwn[i] = probs(m, ex[i]!)[ex[i]!.target]!
  console.log('fold', f, 'done')
}
for (const tau of (args.tau ?? '0.05,0.1,0.15,0.2').split(',').map(Number)) for (const mode of (args.mode ?? 'drop,half').split(',')) {
  const kept: SentimentExample[] = []
  let dropped = 0
  ex.forEach((e, i) => { if (pOwn[i]! < tau) { dropped++; if (mode === 'half') kept.push({ ...e, weight: e.weight * 0.3 }) } else kept.push(e) })
  const m = trainOnExamples(kept, spec, recipe, 20261126, vx)
  console.log(`tau ${tau} ${mode}: ${dropped} flagged`, fmt(evaluateExamples(m, vx)))
}
