// The sarcasm head on iSarcasmEval, cross-validated as `npm run train` does: out-of-fold F1, precision and
// recall at several thresholds, the share of ordinary messages (TweetEval, TWCS, GoEmotions) each threshold
// flags, AUC, and two stricter flag rules (head + positive surface over a negative situation).
// Run: node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error research/exp-sarcasm.ts --outfile=/tmp/exp-sarcasm.mjs && node /tmp/exp-sarcasm.mjs
import { readFileSync } from 'node:fs'
// The built-in sentiment model's file (packages/engine/assets), as decodeModel takes it.
const BASE_MODEL_DATA = readFileSync(new URL('../packages/engine/assets/base-model.bin', import.meta.url))
const HEADS_MODEL_DATA = readFileSync(new URL('../packages/engine/assets/heads-model.bin', import.meta.url))
import { decodeModel, decodeEmotionHeads } from '../packages/engine/src/model/model-codec.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { HEAD_NAMES } from '../packages/engine/src/model/emotion-heads.js'
import { rocAuc } from '../packages/engine/src/model/classification-metrics.js'
import { createEmotionPredictor } from '../packages/engine/src/model/emotion-predictor.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { DEFAULT_EMOTION_HEADS_RECIPE, crossValidateSarcasm, featurizeHeadTexts, sarcasmRows } from '../packages/engine/src/training.js'
const load = (p: string): any[] => readFileSync('../shared/data/' + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const { model: sentiment } = decodeModel(BASE_MODEL_DATA)
const heads = decodeEmotionHeads(HEADS_MODEL_DATA).model
const sar = sarcasmRows(load('isarcasmeval-en/train.jsonl'), 0)
const x = featurizeHeadTexts(sar.texts, sentiment, cueKindsFor)
const kinds = HEAD_NAMES.map((n) => (n === 'urgency' ? 'regression' : 'logistic')) as ('logistic' | 'regression')[]
const cv = crossValidateSarcasm(x, sar, DEFAULT_EMOTION_HEADS_RECIPE, sentiment.features.bits, 20261126 + 2, kinds)
const sig = (v: number) => 1 / (1 + Math.exp(-v))
const ps: number[] = [], ys: number[] = []
for (let i = 0; i < x.length; i++) if (!Number.isNaN(cv.oof[i]!)) { ps.push(sig(cv.platt[0] * cv.oof[i]! + cv.platt[1])); ys.push(sar.labels[i]!) }
console.log('CV F1', cv.f1.toFixed(3), 'threshold', cv.threshold.toFixed(3), 'shipped threshold', heads.heads.thresholds[HEAD_NAMES.indexOf('sarcasm')])
const pred = createEmotionPredictor(sentiment, heads)
const S = 3 + HEAD_NAMES.indexOf('sarcasm')
const out = new Float64Array(3 + HEAD_NAMES.length)
const general = [...load('tweeteval-sentiment/validation.jsonl'), ...load('twcs-sample-unlabeled/sample.jsonl'), ...load('goemotions/validation.jsonl').slice(0, 2000)].map((r) => { const t = tokenize(r.text); pred.predict(t, cueKindsFor(r.text, t), out); return out[S]! })
for (const th of [cv.threshold, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]) {
  let tp = 0, fp = 0, fn = 0, flagged = 0
  ps.forEach((p, i) => { const f = p >= th; if (f) flagged++; if (f && ys[i]) tp++; else if (f) fp++; else if (ys[i]) fn++ })
  const prec = tp / Math.max(1, tp + fp), rec = tp / Math.max(1, tp + fn), f1 = 2 * tp / (2 * tp + fp + fn)
  const gen = general.filter((v) => v >= th).length / general.length
  console.log(`th ${th.toFixed(3)}: iSarcasm CV F1 ${f1.toFixed(3)} P ${prec.toFixed(3)} R ${rec.toFixed(3)} flagged ${(flagged / ps.length).toFixed(3)} | general texts flagged ${gen.toFixed(3)}`)
}
console.log('OOF AUC', rocAuc(ps, ys.map((y) => y === 1)).toFixed(3), 'pos', ys.filter((y) => y === 1).length, 'neg', ys.filter((y) => y === 0).length)
{
  const { createReader } = await import('../packages/engine/src/node/index.js')
  const reader = createReader()
  const isarc = sar.texts.map((t, i) => ({ t, i })).filter(({ i }) => !Number.isNaN(cv.oof[i]!))
  const feats = (text: string, head: number) => {
    const r = reader.read(text)
    const kinds = new Set(r.cues.map((c) => c.kind))
    const posSurface = kinds.has('praise') || kinds.has('gratitude') || kinds.has('politeness') || r.cues.some((c) => c.kind === 'emoji' && c.weight > 0) || r.sentiment.probabilities?.positive > 0.3
    const negContext = r.sentiment.probabilities?.negative > 0.3 || r.cues.some((c) => c.weight <= -0.3 && c.kind !== 'sarcasm')
    return { head, cue: kinds.has('sarcasm'), posSurface, incongruent: posSurface && negContext, pPos: r.sentiment.probabilities?.positive, pNeg: r.sentiment.probabilities?.negative }
  }
  const F = isarc.map(({ t, i }) => ({ ...feats(t, sig(cv.platt[0] * cv.oof[i]! + cv.platt[1])), y: sar.labels[i]! }))
  const G = general.map((h, j) => h) // head values only
  const genTexts = [...load('tweeteval-sentiment/validation.jsonl'), ...load('twcs-sample-unlabeled/sample.jsonl'), ...load('goemotions/validation.jsonl').slice(0, 2000)].map((r) => r.text)
  const GF = genTexts.map((t, j) => feats(t, G[j]!))
  const rules: [string, (f: any, th: number) => boolean][] = [
    ['head', (f, th) => f.cue || f.head >= th],
    ['head&incongruent', (f, th) => f.cue || (f.head >= th && f.incongruent)],
    ['head&(incongruent|pNeg>.5)', (f, th) => f.cue || (f.head >= th && (f.incongruent || f.pNeg > 0.5))],
    ['head&positive surface', (f, th) => f.cue || (f.head >= th && f.posSurface)],
    ['head&(positive surface|pNeg>.5)', (f, th) => f.cue || (f.head >= th && (f.posSurface || f.pNeg > 0.5))],
  ]
  for (const [name, rule] of rules) for (const th of [0, 0.1, 0.15, 0.203, 0.25, 0.3]) {
    let tp = 0, fp = 0, fn = 0
    for (const f of F) { const p = rule(f, th); if (p && f.y) tp++; else if (p) fp++; else if (f.y) fn++ }
    const gen = GF.filter((f) => rule(f, th)).length / GF.length
    console.log(`${name} th ${th}: F1 ${(2 * tp / (2 * tp + fp + fn)).toFixed(3)} P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} | general flagged ${gen.toFixed(3)}`)
  }
}
