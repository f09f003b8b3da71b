import { readFileSync } from 'node:fs'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { splitSentences } from '../packages/engine/src/text/split-sentences.js'
import { detectCues } from '../packages/engine/src/signals/detect-cues.js'
import { detectLanguage } from '../packages/engine/src/text/detect-language.js'
import { findMessageBody } from '../packages/engine/src/text/find-message-body.js'
import { FeatureBuffer } from '../packages/engine/src/model/feature-buffer.js'
import { extractFeatures, DEFAULT_FEATURES } from '../packages/engine/src/model/extract-features.js'
const texts = readFileSync('../shared/data/tweeteval-sentiment/validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
const buf = new FeatureBuffer()
const time = (name: string, f: (t: string) => unknown) => { for (const t of texts) f(t); const t0 = performance.now(); for (let r = 0; r < 5; r++) for (const t of texts) f(t); console.log(name.padEnd(12), ((performance.now() - t0) * 1000 / texts.length / 5).toFixed(2), 'us') }
time('tokenize', (t) => tokenize(t))
time('body', (t) => findMessageBody(t))
time('sentences', (t) => splitSentences(t, tokenize(t)))
time('lang', (t) => detectLanguage(t, tokenize(t)))
time('cues', (t) => { const k = tokenize(t); detectCues(t, k, splitSentences(t, k)) })
time('features', (t) => extractFeatures(tokenize(t), [], { ...DEFAULT_FEATURES, bits: 18 }, buf))
