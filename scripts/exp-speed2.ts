// Component timings of the sentiment feature path (µs per message).
import { readFileSync } from 'node:fs'
import { DEFAULT_FEATURES, extractFeatures } from '../packages/engine/src/model/extract-features.js'
import { FeatureBuffer } from '../packages/engine/src/model/feature-buffer.js'
import { lexiconFeatures, parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import { negationScope } from '../packages/engine/src/text/negation.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
const val = readFileSync('../shared/data/tweeteval-sentiment/validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
const toks = val.map((t) => tokenize(t))
const negs = toks.map((t) => negationScope(t))
const buf = new FeatureBuffer(), d = new Float64Array(12)
const time = (name: string, f: (i: number) => void) => {
  for (let w = 0; w < 3; w++) for (let i = 0; i < toks.length; i++) f(i)
  const t0 = performance.now(); for (let r = 0; r < 20; r++) for (let i = 0; i < toks.length; i++) f(i)
  console.log(name, (((performance.now() - t0) * 1000) / (20 * toks.length)).toFixed(2), 'µs')
}
time('negationScope', (i) => negationScope(toks[i]!))
time('extract nochar', (i) => extractFeatures(toks[i]!, [], { ...DEFAULT_FEATURES, charMin: 9 }, buf, negs[i]))
time('extract char2-5', (i) => extractFeatures(toks[i]!, [], DEFAULT_FEATURES, buf, negs[i]))
time('extract char3-4', (i) => extractFeatures(toks[i]!, [], { ...DEFAULT_FEATURES, charMin: 3, charMax: 4 }, buf, negs[i]))
time('lexicon', (i) => lexiconFeatures(toks[i]!, negs[i]!, lexicon, d))
