import { readFileSync } from 'node:fs'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { splitSentences } from '../packages/engine/src/text/split-sentences.js'
import { detectLanguage } from '../packages/engine/src/text/detect-language.js'
import { detectCues } from '../packages/engine/src/signals/detect-cues.js'
import { findMessageBody } from '../packages/engine/src/text/find-message-body.js'
import { createModelScorer } from '../packages/engine/src/builtin/create-model-scorer.js'
import { loadBaseModel, createReader } from '../packages/engine/src/index.js'
const texts = readFileSync('/work/shared/data/tweeteval-sentiment/validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
const scorer = createModelScorer(loadBaseModel().model, 'x')
const out = new Float64Array(3)
const reader = createReader()
let sink = 0
const stages: [string, (t: string) => void][] = [
  ['body+tokenize', (t) => { findMessageBody(t); sink += tokenize(t).length }],
  ['+sent+lang', (t) => { const k = tokenize(t); splitSentences(t, k); sink += detectLanguage(t, k).confidence }],
  ['+cues', (t) => { const k = tokenize(t); const s = splitSentences(t, k); detectLanguage(t, k); sink += detectCues(t, k, s).cues.length }],
  ['+model', (t) => { const k = tokenize(t); const s = splitSentences(t, k); detectLanguage(t, k); const d = detectCues(t, k, s); scorer.score(k, [...new Set(d.cues.map((c) => c.kind))], out); sink += out[0]! }],
  ['full read', (t) => { sink += reader.read(t).intensity }],
]
for (let rep = 0; rep < 2; rep++) for (const [name, f] of stages) {
  for (const t of texts) f(t)
  const t0 = performance.now()
  for (let r = 0; r < 10; r++) for (const t of texts) f(t)
  console.log(name.padEnd(16), ((performance.now() - t0) * 1000 / texts.length / 10).toFixed(2), 'us')
}
