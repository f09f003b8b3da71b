// Error analysis: confusion matrix and a sample of misclassified validation tweets (printed, not stored).
import { readFileSync } from 'node:fs'
import { DEFAULT_FEATURES } from '../packages/engine/src/model/extract-features.js'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import { DEFAULT_SENTIMENT_RECIPE, evaluateExamples, featurizeRows, predictExamples, trainOnExamples } from '../packages/engine/src/training/train-sentiment.js'
const load = (p: string): any[] => readFileSync('../shared/data/' + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
const spec = { features: DEFAULT_FEATURES, lexicon, lexiconScale: 1 }
const val = load('tweeteval-sentiment/validation.jsonl')
const ex = featurizeRows(load('semeval-sentiment-2013-2016/train.jsonl'), spec), vx = featurizeRows(val, spec)
const m = trainOnExamples(ex, spec, { ...DEFAULT_SENTIMENT_RECIPE, learningRate: 0.1, bags: 2 }, 42, vx)
const r = evaluateExamples(m, vx); console.log(r.confusion)
const p = predictExamples(m, vx); const C = ['negative', 'neutral', 'positive']
let n = 0; for (let i = 0; i < val.length && n < 40; i++) if (C[p[i]!] !== val[i].label && i % 3 === 0) { n++; console.log(val[i].label, '->', C[p[i]!], '|', val[i].text.slice(0, 140)) }
