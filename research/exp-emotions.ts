// Learned heads for Reader v2: trains the always-on heads (emotions, urgency, sarcasm) and the on-demand
// GoEmotions block on the shipped sentiment model's features, then prints the validation figures,
// µs/message of the combined predictor vs the sentiment-only predictor, encoded size and decode time.
// Run (never through tsx for timings):
//   node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm research/exp-emotions.ts --outfile=/tmp/exp-emotions.mjs && node /tmp/exp-emotions.mjs
import { readFileSync, writeFileSync } from 'node:fs'
// The built-in sentiment model's file (packages/engine/assets), as decodeModel takes it.
const BASE_MODEL_DATA = readFileSync(new URL('../packages/engine/assets/base-model.bin', import.meta.url))
import { GOEMOTIONS_LABELS, HEAD_NAMES } from '../packages/engine/src/model/emotion-heads.js'
import { OUT_LENGTH, createEmotionPredictor } from '../packages/engine/src/model/emotion-predictor.js'
import {
  decodeEmotionHeads,
  decodeGoemotionsBlock,
  decodeModel,
  encodeEmotionHeads,
  encodeGoemotionsBlock,
  withGoemotions,
  withoutGoemotions,
} from '../packages/engine/src/model/model-codec.js'
import { createSentimentPredictor } from '../packages/engine/src/model/sentiment-predictor.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { f1At, trainEmotionHeads, tuneThreshold } from '../packages/engine/src/training.js'

const D = process.env.DATA ?? '../shared/data/'
const load = (p: string): any[] => readFileSync(D + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const seed = Number(process.env.SEED ?? 7)
const { model: sentiment } = decodeModel(BASE_MODEL_DATA)
const t0 = performance.now()
const { model, report } = trainEmotionHeads(
  sentiment,
  {
    goemotions: load('goemotions/train.jsonl'),
    tweetevalEmotion: load('tweeteval-emotion/train.jsonl'),
    isarcasm: load('isarcasmeval-en/train.jsonl'),
    mooc: load('mooc-forum-urgency/train.jsonl'),
  },
  { goemotions: load('goemotions/validation.jsonl'), mooc: load('mooc-forum-urgency/validation.jsonl') },
  { seed, cueKindsOf: cueKindsFor, log: (l) => console.log(`  ${l}`), recipe: JSON.parse(process.env.RECIPE ?? '{}') },
)
console.log(`trained in ${((performance.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`)

// Ship-path: the always-on heads and the on-demand GoEmotions block as two files; encode → decode,
// and evaluate the decoded (quantised) model through the cached predictor.
const encoded = encodeEmotionHeads(withoutGoemotions(model), { version: `heads-exp-s${seed}`, datasets: [] })
const encodedGo = encodeGoemotionsBlock(model, { version: `goemotions-exp-s${seed}`, datasets: [] })
writeFileSync('/tmp/emotion-heads.bin', encoded)
writeFileSync('/tmp/goemotions-block.txt', encodedGo)
let t1 = performance.now()
const heads0 = decodeEmotionHeads(encoded).model
const decodeMs = performance.now() - t1
t1 = performance.now()
const decoded = withGoemotions(heads0, decodeGoemotionsBlock(encodedGo))
const decodeGoMs = performance.now() - t1
t1 = performance.now()
decodeModel(BASE_MODEL_DATA)
const sentDecodeMs = performance.now() - t1
const pred = createEmotionPredictor(sentiment, decoded)
const out = new Float64Array(OUT_LENGTH)
const outsFor = (texts: string[]) =>
  texts.map((text) => {
    const tokens = tokenize(text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
    pred.predict(tokens, cueKindsFor(text, tokens), out)
    return Array.from(out)
  })
const pct = (x: number) => (x * 100).toFixed(2)

console.log('\n== training-time report (float weights) ==')
console.log(JSON.stringify(report.headF1))
console.log(`urgency Pearson (validation) ${report.urgencyPearson.toFixed(4)}; GoEmotions macro-F1 ${report.goemotionsMacroF1?.toFixed(4)}`)

console.log('\n== decoded int8 model ==')
const goVal = load('goemotions/validation.jsonl')
const goOut = new Float64Array(28)
const goProbs = goVal.map((r) => {
  const tokens = tokenize(r.text)
  pred.goemotions(tokens, cueKindsFor(r.text, tokens), goOut)
  return Array.from(goOut)
})
let macro = 0
const per: string[] = []
GOEMOTIONS_LABELS.forEach((l, h) => {
  const f = f1At(goProbs.map((p) => p[h] as number), goVal.map((r) => (r.labels.includes(l) ? 1 : 0)), pred.goemotionsThresholds[h] as number)
  macro += f / 28
  if (['annoyance', 'anger', 'confusion', 'disappointment', 'gratitude'].includes(l)) per.push(`${l} ${pct(f)}`)
})
console.log(`GoEmotions 28-label macro-F1 (validation, tuned thresholds): ${pct(macro)}  [${per.join(', ')}]`)
const headOuts = outsFor(goVal.map((r) => r.text))
const MAP: Record<string, string[]> = { frustration: ['annoyance'], anger: ['anger', 'disgust'], confusion: ['confusion'], satisfaction: ['joy', 'admiration', 'approval', 'relief', 'love'], gratitude: ['gratitude'], disappointment: ['disappointment', 'sadness'] }
console.log(
  `our emotions on GoEmotions validation (F1 at tuned threshold): ${Object.entries(MAP)
    .map(([e, src]) => {
      const h = HEAD_NAMES.indexOf(e as never)
      return `${e} ${pct(f1At(headOuts.map((o) => o[3 + h] as number), goVal.map((r) => (r.labels.some((l: string) => src.includes(l)) ? 1 : 0)), pred.thresholds[h] as number))}`
    })
    .join(', ')}`,
)
const mv = load('mooc-forum-urgency/validation.jsonl')
const uOut = outsFor(mv.map((r) => r.text)).map((o) => o[3 + HEAD_NAMES.indexOf('urgency')] as number)
const gold = mv.map((r) => r.score as number)
const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length
const ma = mean(uOut)
const mb = mean(gold)
let sab = 0
let saa = 0
let sbb = 0
uOut.forEach((a, i) => {
  sab += (a - ma) * ((gold[i] as number) - mb)
  saa += (a - ma) ** 2
  sbb += ((gold[i] as number) - mb) ** 2
})
console.log(`urgency Pearson r on mooc-forum-urgency/validation: ${(sab / Math.sqrt(saa * sbb)).toFixed(4)}`)
console.log(`sarcasm F1 (iSarcasmEval-en train, 5-fold CV by hashed text, pooled out-of-fold, tuned threshold ${pred.thresholds[7]?.toFixed(3)}): ${pct(report.headF1.sarcasm ?? 0)}`)
const irony = load('tweeteval-irony/validation.jsonl') // evaluation only, never trained on
const sOut = outsFor(irony.map((r) => r.text)).map((o) => o[3 + HEAD_NAMES.indexOf('sarcasm')] as number)
const iy = irony.map((r) => (r.label === 'irony' ? 1 : 0))
console.log(`irony F1 on tweeteval-irony/validation (evaluation only): ${pct(f1At(sOut, iy, pred.thresholds[7] as number))} at the shipped threshold; ${pct(tuneThreshold(sOut, iy).f1)} at its best threshold`)

console.log('\n== size / decode ==')
const toMb = (n: number) => (n / 1024 / 1024).toFixed(2)
console.log(
  `encoded: sentiment ${toMb(BASE_MODEL_DATA.length)} MB, always-on heads ${toMb(encoded.length)} MB, GoEmotions block ${toMb(encodedGo.length)} MB (total ${toMb(BASE_MODEL_DATA.length + encoded.length + encodedGo.length)} MB); decode sentiment ${sentDecodeMs.toFixed(0)} ms, heads ${decodeMs.toFixed(0)} ms, GoEmotions ${decodeGoMs.toFixed(0)} ms`,
)

console.log('\n== speed (one core, TweetEval sentiment validation texts, pre-tokenised, cue kinds precomputed) ==')
const texts = load('tweeteval-sentiment/validation.jsonl').map((r) => r.text as string)
const toks = texts.map((t) => tokenize(t))
const kinds = texts.map((t, i) => cueKindsFor(t, toks[i] as never))
const sp = createSentimentPredictor(sentiment)
const o3 = new Float64Array(3)
let sink = 0
const time = (f: () => void): number => {
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < 15; r++) {
    const t = performance.now()
    f()
    best = Math.min(best, performance.now() - t)
  }
  return (best * 1000) / toks.length
}
for (let rep = 0; rep < 2; rep++) {
  const a = time(() => {
    for (let i = 0; i < toks.length; i++) {
      sp.predict(toks[i] as never, kinds[i] as string[], o3)
      sink += o3[0] as number
    }
  })
  const b = time(() => {
    for (let i = 0; i < toks.length; i++) {
      pred.predict(toks[i] as never, kinds[i] as string[], out)
      sink += out[3] as number
    }
  })
  const c = time(() => {
    for (let i = 0; i < toks.length; i++) {
      pred.sentiment(toks[i] as never, kinds[i] as string[], out)
      sink += out[0] as number
    }
  })
  console.log(`sentiment-only predictor ${a.toFixed(3)} µs/msg; combined sentiment+heads ${b.toFixed(3)} µs/msg (added ${(b - a).toFixed(3)}); combined predictor sentiment-only mode ${c.toFixed(3)} µs/msg`)
}
const g = time(() => {
  for (let i = 0; i < toks.length; i++) {
    pred.goemotions(toks[i] as never, kinds[i] as string[], goOut)
    sink += goOut[0] as number
  }
})
console.log(`on-demand GoEmotions 28 labels: ${g.toFixed(2)} µs/msg ${sink > 0 ? '' : ' '}`)
