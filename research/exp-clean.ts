// Label cleaning (confident-learning style) for the sentiment model: cross-fitted probabilities of each
// training row's own label; rows the other folds find very unlikely are dropped or down-weighted.
// Run: node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error research/exp-clean.ts --outfile=/tmp/exp-clean.mjs && node /tmp/exp-clean.mjs [tau=0.05,0.1] [mode=drop,half]
import { evaluateExamples, trainOnExamples, type SentimentExample } from '../packages/engine/src/training/train-sentiment.js'
import { args, ex, probabilities, recipe, spec, vx } from './exp-shipped-setup.js'
const fmt = (r: any) => `MR ${(r.macroRecall * 100).toFixed(2)} F1 ${(r.macroF1 * 100).toFixed(2)} acc ${(r.accuracy * 100).toFixed(2)}`
const t = Date.now()
const base = trainOnExamples(ex, spec, recipe, 20261126, vx)
console.log('base', fmt(evaluateExamples(base, vx)), (Date.now() - t) / 1000, 's')
const K = Number(args.k ?? 5)
const pOwn = new Float64Array(ex.length)
for (let f = 0; f < K; f++) {
  const tr = ex.filter((_, i) => i % K !== f)
  const m = trainOnExamples(tr, spec, { ...recipe, bags: 1 }, 7 + f)
  for (let i = f; i < ex.length; i += K) pOwn[i] = probabilities(m, ex[i]!)[ex[i]!.target]!
  console.log('fold', f, 'done')
}
for (const tau of (args.tau ?? '0.05,0.1,0.15,0.2').split(',').map(Number)) for (const mode of (args.mode ?? 'drop,half').split(',')) {
  const kept: SentimentExample[] = []
  let dropped = 0
  ex.forEach((e, i) => { if (pOwn[i]! < tau) { dropped++; if (mode === 'half') kept.push({ ...e, weight: e.weight * 0.3 }) } else kept.push(e) })
  const m = trainOnExamples(kept, spec, recipe, 20261126, vx)
  console.log(`tau ${tau} ${mode}: ${dropped} flagged`, fmt(evaluateExamples(m, vx)))
}
