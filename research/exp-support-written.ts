// Does a support-domain correction, trained on the support messages written for this project's tests
// (our own text), make the reader miss less on messages by writers it has not seen?
// The correction is a residual on the base model's weights (same hashed features), fine-tuned from
// zero with L2 on the written messages whose kind has a clear polarity. Model selection: train on the
// rounds in spec-kinds-retold.test.ts, score on the later rounds (spec-kinds-later-rounds.ts; other
// writers and briefs), plus the cross-domain sets every change is checked on.
// Run: node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error research/exp-support-written.ts --outfile=/tmp/exp/a/b/esw.mjs && node /tmp/exp/a/b/esw.mjs [fresh=/work/round39/en.jsonl]
import { readFileSync } from 'node:fs'
import { createReader, type Reading } from '../packages/engine/src/index.js'
import { loadBuiltinModels } from '../packages/engine/src/node/builtin-models.js'
import { classificationMetrics } from '../packages/engine/src/model/classification-metrics.js'
import type { SentimentModel } from '../packages/engine/src/model/sentiment-model.js'
import { cueKindsFor } from '../packages/engine/src/signals/cue-kinds-for.js'
import { featurizeRows, type SentimentExample, evaluateExamples } from '../packages/engine/src/training/train-sentiment.js'
import { createRng, shuffleInPlace } from '../packages/engine/src/model/rng.js'
import { misses, type Expect, SPEC_KINDS as KINDS } from '../packages/engine/test/spec-expectations.js'

const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const load = (p: string): any[] => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))


/** The polarity a kind's messages carry, where the kind says it plainly. */
export const KIND_LABEL: Readonly<Record<string, string>> = {
  'explicit frustration': 'negative', 'repeat contact': 'negative', 'sarcasm over a fault': 'negative', 'clipped sentences': 'negative',
  'a churn threat with a deadline': 'negative', 'thanks before "but"': 'negative', 'praise over a bad situation': 'negative',
  'delight': 'positive', 'sincere thanks': 'positive', 'amazement resolved by context': 'positive',
  'plain questions': 'neutral', 'greetings': 'neutral', 'formal requests': 'neutral',
  'repeat contact and churn, other languages': 'negative', 'plain frustration, other languages': 'negative', 'sincere thanks, other languages': 'positive',
}
if (args.extra === 'grudge') Object.assign(KIND_LABEL, { 'grudging acceptance': 'negative', 'polite demands': 'negative', 'sarcasm over advice': 'negative', 'travel and plans, not churn': 'neutral', 'urgency taken back': 'neutral', 'confusion': 'neutral' })

interface Written { readonly round: string; readonly kind: string; readonly text: string }
function readCases(file: string): Written[] {
  const out: Written[] = []
  let round = '?'
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(?:export )?const (\w+): readonly Case\[\] = \[/.exec(line)
    if (m) { round = m[1] as string; continue }
    const c = /^\s*(\[".*"\]),?\s*$/.exec(line)
    if (!c) continue
    try {
      const [kind, text] = JSON.parse(c[1] as string) as [string, string]
      if (KINDS[kind] !== undefined) out.push({ round, kind, text })
    } catch { /* not a case */ }
  }
  return out
}
const dedupe = (xs: Written[]) => { const s = new Set<string>(); return xs.filter((x) => (s.has(x.kind + '\0' + x.text) ? false : (s.add(x.kind + '\0' + x.text), true))) }
const earlier = dedupe(readCases('packages/engine/test/spec-kinds-retold.test.ts'))
const later = dedupe(readCases('packages/engine/test/spec-kinds-later-rounds.ts'))
const isOther = (k: string) => k.endsWith('other languages')
console.log(`written: earlier ${earlier.length} (${earlier.filter((x) => !isOther(x.kind)).length} en), later ${later.length} (${later.filter((x) => !isOther(x.kind)).length} en)`)

const builtin = loadBuiltinModels(true)
const baseModel = builtin.base.model
const toRows = (xs: Written[]) => xs.filter((x) => !isOther(x.kind) && KIND_LABEL[x.kind] !== undefined).map((x) => ({ text: x.text, label: KIND_LABEL[x.kind] as string }))

/** Residual weights fitted from zero on `examples` on top of the base model's logits (AdaGrad, L2). */
function fitResidual(examples: SentimentExample[], l2: number, epochs: number, lr: number, seed: number): Float64Array {
  const w = baseModel.weights
  const r = new Float64Array(w.length)
  const g2 = new Float64Array(w.length)
  const counts = [0, 0, 0]
  for (const ex of examples) counts[ex.target]++
  const cw = counts.map((n) => (n > 0 ? examples.length / (3 * n) : 1))
  if (args.balanced === '0') cw.fill(1)
  const order = examples.map((_, i) => i)
  const rng = createRng(seed)
  for (let e = 0; e < epochs; e++) {
    shuffleInPlace(order, rng)
    for (const n of order) {
      const ex = examples[n] as SentimentExample
      const z = [0, 1, 2].map((c) => (baseModel.bias[c] as number) + (baseModel.classBias[c] as number))
      for (let i = 0; i < ex.indices.length; i++) {
        const b = (ex.indices[i] as number) * 3
        const v = ex.values[i] as number
        for (let c = 0; c < 3; c++) z[c] += ((w[b + c] as number) + (r[b + c] as number)) * v
      }
      const m = Math.max(...z)
      const e3 = z.map((x) => Math.exp(x - m))
      const s = e3[0] + e3[1] + e3[2]
      for (let i = 0; i < ex.indices.length; i++) {
        const b = (ex.indices[i] as number) * 3
        const v = ex.values[i] as number
        for (let c = 0; c < 3; c++) {
          const j = b + c
          const g = ((e3[c] as number) / s - (c === ex.target ? 1 : 0)) * (cw[ex.target] as number) * ex.weight * v + l2 * (r[j] as number)
          g2[j] = (g2[j] as number) + g * g
          r[j] = (r[j] as number) - (lr * g) / (Math.sqrt(g2[j] as number) + 1e-8)
        }
      }
    }
  }
  return r
}
const withResidual = (r: Float64Array, scale: number): SentimentModel => {
  const w = Float32Array.from(baseModel.weights, (x, j) => x + scale * (r[j] as number))
  return { ...baseModel, weights: w }
}
const readerWith = (model: SentimentModel) => createReader({ builtin: { ...builtin, base: { model, provenance: builtin.base.provenance } } })

const LABELS = ['negative', 'neutral', 'positive']
const data = (p: string) => load(`../shared/data/${p}`)
const devSets: Record<string, { text: string; label: string }[]> = {
  tweval: data('tweeteval-sentiment/validation.jsonl'),
  xlmt_en: data('xlm-t-sentiment-multilingual/validation.jsonl').filter((r) => r.lang === 'en'),
  meld: data('meld/validation.jsonl').map((r) => ({ text: r.text, label: r.sentiment })),
}
const fresh: Written[] = args.fresh ? args.fresh.split(',').flatMap((f) => load(f)).filter((x) => KINDS[x.kind] !== undefined).map((x) => ({ round: 'fresh', kind: x.kind, text: x.text })) : []

function report(name: string, model: SentimentModel) {
  const reader = readerWith(model)
  const line: string[] = [name]
  const laterEx = featurizeRows(toRows(later), model, cueKindsFor)
  line.push(`model-alone later ${(evaluateExamples(model, laterEx).accuracy * 100).toFixed(1)}`)
  const countMisses = (xs: Written[]) => {
    let n = 0
    const bad: string[] = []
    for (const x of xs) {
      const k = KINDS[x.kind] as { domain?: string; expect: Expect }
      const r: Reading = reader.read(x.text, k.domain === undefined ? {} : { domain: k.domain })
      const m = misses(r, k.expect, new Map())
      if (m.length > 0) { n++; bad.push(`${x.kind}: ${x.text} → ${m.join(', ')}`) }
    }
    return { n, bad }
  }
  const lm = countMisses(later.filter((x) => !isOther(x.kind)))
  line.push(`reader misses later-en ${lm.n}`)
  const lo = countMisses(later.filter((x) => isOther(x.kind)))
  line.push(`later-other ${lo.n}`)
  if (fresh.length > 0) {
    const fm = countMisses(fresh)
    line.push(`fresh ${fm.n}/${fresh.length}`)
    if (args.show === name) for (const b of fm.bad) console.log('   ', b)
  }
  for (const [k, set] of Object.entries(devSets)) {
    const mr = classificationMetrics(LABELS, set.map((r) => r.label), set.map((r) => reader.read(r.text).sentiment.label)).macroRecall
    line.push(`${k} ${(mr * 100).toFixed(2)}`)
  }
  console.log(line.join(' | '))
  return lm.bad
}

report('base', baseModel)
const trainRows = args.all === '1' ? [...toRows(earlier), ...toRows(later)] : toRows(earlier)
import { buildSentimentTrainingRows } from '../packages/engine/src/training/sentiment-labels.js'
const domainWeight = Number(args.dw ?? 1)
let trainEx = featurizeRows(trainRows.map((r) => ({ ...r, weight: domainWeight })), baseModel, cueKindsFor)
if (args.mix !== undefined) {
  const pool = buildSentimentTrainingRows({ semeval: data('semeval-sentiment-2013-2016/train.jsonl'), goemotions: data('goemotions/train.jsonl'), tweetevalEmotion: data('tweeteval-emotion/train.jsonl') })
  const rng = createRng(11)
  const order = pool.map((_, i) => i)
  shuffleInPlace(order, rng)
  const take = order.slice(0, Number(args.mix)).map((i) => pool[i] as { text: string; label: string; weight?: number })
  trainEx = [...trainEx, ...featurizeRows(take, baseModel, cueKindsFor)]
}
console.log(`training rows ${trainEx.length}`)
for (const spec of args.grid === 'none' ? [] : (args.grid ?? '1e-4:3:0.05:1,1e-3:3:0.05:1,1e-4:3:0.05:0.5').split(',')) {
  const [l2, epochs, lr, scale] = spec.split(':').map(Number) as [number, number, number, number]
  const r = fitResidual(trainEx, l2, epochs, lr, 7)
  const bad = report(`l2=${l2} ep=${epochs} lr=${lr} x${scale}`, withResidual(r, scale))
  if (args.bad === '1') for (const b of bad.slice(0, 30)) console.log('   ', b)
}

// retrain=w1,w2,…: the whole base model retrained as `npm run train` does, with the written rows at
// each weight (0 = the shipped recipe), reader offsets re-chosen, weights quantised as shipped.
if (args.retrain !== undefined) {
  const { trainSentimentModel } = await import('../packages/engine/src/training/train-sentiment.js')
  const { parseVaderLexicon } = await import('../packages/engine/src/model/lexicon-features.js')
  const { encodeModel, decodeModel } = await import('../packages/engine/src/model/model-codec.js')
  const { chooseReaderOffsets, sameTweetKey } = await import('../packages/cli/src/commands/train.js')
  const semeval = data('semeval-sentiment-2013-2016/train.jsonl')
  const pool = buildSentimentTrainingRows({ semeval, goemotions: data('goemotions/train.jsonl'), tweetevalEmotion: data('tweeteval-emotion/train.jsonl') })
  const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
  const inPool = new Set(semeval.map((r: { text: string }) => sameTweetKey(r.text)))
  const offsetSets = [
    [...data('xlm-t-sentiment-multilingual/train.jsonl'), ...data('xlm-t-sentiment-multilingual/validation.jsonl')].filter((r) => r.lang === 'en' && !inPool.has(sameTweetKey(r.text))).map((r) => ({ text: r.text, label: r.label })),
    [...data('meld/train.jsonl'), ...data('meld/validation.jsonl')].map((r) => ({ text: r.text, label: r.sentiment })).filter((r) => LABELS.includes(r.label)),
  ]
  for (const w of args.retrain.split(',').map(Number)) {
    const rows = [...pool, ...trainRows.map((r) => ({ ...r, weight: w }))].filter((r) => (r.weight ?? 1) > 0)
    const trained = trainSentimentModel(rows, { seed: 20261126, lexicon, offsetSets, cueKindsOf: cueKindsFor })
    const model = { ...trained, classBias: chooseReaderOffsets(trained, offsetSets, (l) => console.log('   ', l)) }
    const shipped = decodeModel(encodeModel(model, builtin.base.provenance)).model
    report(`retrain dw=${w}`, shipped)
  }
}
