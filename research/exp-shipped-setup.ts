// Shared set-up of the sentiment experiments that start from the shipped recipe: the training rows
// `npm run train` uses (known labels only, so examples line up with rows), TweetEval validation, both
// featurised with cue kinds as the shipped model is, and class probabilities of a featurised example.
import { readFileSync } from 'node:fs'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import { SENTIMENT_CLASSES } from '../packages/engine/src/model/sentiment-model.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { buildSentimentTrainingRows } from '../packages/engine/src/training/sentiment-labels.js'
import { DEFAULT_SENTIMENT_RECIPE, featurizeRows } from '../packages/engine/src/training/train-sentiment.js'

export const load = (p: string): any[] => readFileSync(`../shared/data/${p}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
export const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
export const rows = buildSentimentTrainingRows({ semeval: load('semeval-sentiment-2013-2016/train.jsonl'), goemotions: load('goemotions/train.jsonl'), tweetevalEmotion: load('tweeteval-emotion/train.jsonl') }).filter((r) => (SENTIMENT_CLASSES as readonly string[]).includes(r.label))
export const val = load('tweeteval-sentiment/validation.jsonl')
export const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
export const recipe = DEFAULT_SENTIMENT_RECIPE
export const spec = { features: recipe.features, lexicon, lexiconScale: recipe.lexiconScale }
const t0 = Date.now()
export const ex = featurizeRows(rows, spec, cueKindsFor)
export const vx = featurizeRows(val, spec, cueKindsFor)
console.log('featurised', ex.length, Date.now() - t0, 'ms')

// Class probabilities of a featurised example (research/exp-probabilities.ts, importable without this file's data loading).
export { probabilities } from './exp-probabilities.js'
