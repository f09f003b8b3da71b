#!/usr/bin/env node
// `npm run bench:learning`: the learning-loop simulation. A workspace whose customers speak unlike
// the base model's training data (MELD dialogue; the XLM-T multilingual tweets) sends corrections
// in batches of 50; after each batch the workspace adapter is retrained and scored on the rest of
// the set. Validation splits only. Also checks the base benchmark (TweetEval validation) with the
// adapted reader, for catastrophic forgetting. Writes the tables into BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CorrectionMemory, adaptReading, createRng, shuffleInPlace, classificationMetrics, createReader, trainAdapter } from '../packages/engine/dist/node/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const shared = process.env.UNDERTONE_SHARED ?? join(root, '..', 'shared')
const dataDir = join(shared, 'data')
if (!existsSync(dataDir)) {
  console.error(`bench:learning: ${dataDir} not found; the simulation needs the shared data folder (set UNDERTONE_SHARED).`)
  process.exit(2)
}
const args = process.argv.slice(2)
const write = !args.includes('--no-write')
const seeds = args.includes('--quick') ? [1] : [1, 2, 3]
const LABELS = ['negative', 'neutral', 'positive']
const BATCH = 50
const STREAM = 500
const load = (p) => readFileSync(join(dataDir, p), 'utf8').trim().split('\n').map((l) => JSON.parse(l))

function shuffled(xs, seed) {
  const out = [...xs]
  shuffleInPlace(out, createRng(seed))
  return out
}

const reader = createReader()
const domains = [
  { name: 'MELD dialogue (validation)', rows: load('meld/validation.jsonl').map((r, i) => ({ id: `m${i}`, text: r.text, label: r.sentiment })) },
  { name: 'XLM-T multilingual tweets (validation, 8 languages)', rows: load('xlm-t-sentiment-multilingual/validation.jsonl').map((r, i) => ({ id: `x${i}`, text: r.text, label: r.label })) },
]
const base = load('tweeteval-sentiment/validation.jsonl').map((r) => ({ text: r.text, label: r.label, reading: reader.read(r.text) }))
const baseF1 = classificationMetrics(LABELS, base.map((r) => r.label), base.map((r) => r.reading.sentiment.label))

const f1Of = (rows, adaptation) => classificationMetrics(LABELS, rows.map((r) => r.label), rows.map((r) => (adaptation === undefined ? r.reading : adaptReading(r.reading, r.text, adaptation)).sentiment.label))
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
const sd = (xs) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)))
const pct = (x) => (x * 100).toFixed(1)

const results = []
const t0 = performance.now()
for (const d of domains) {
  for (const r of d.rows) r.reading = reader.read(r.text)
  const curves = []
  const forgetting = []
  for (const seed of seeds) {
    const order = shuffled(d.rows, seed)
    const stream = order.slice(0, STREAM)
    const held = order.slice(STREAM)
    const curve = []
    for (let n = 0; n <= STREAM; n += BATCH) {
      const seen = stream.slice(0, n)
      const weights = n === 0 ? undefined : trainAdapter(seen, { version: `sim-${n}` })
      const memory = new CorrectionMemory()
      for (const r of seen) memory.add({ id: r.id, text: r.text, label: r.label })
      const full = { version: `sim-${n}`, ...(weights === undefined ? {} : { weights }), memory }
      const m = f1Of(held, full)
      const w = weights === undefined ? m : f1Of(held, { version: 'w', weights })
      const o = f1Of(held, { version: 'm', memory })
      curve.push({ n, macroF1: m.macroF1, accuracy: m.accuracy, weightsOnly: w.macroF1, memoryOnly: o.macroF1 })
      if (n === STREAM) forgetting.push(f1Of(base, full).macroF1 - baseF1.macroF1)
    }
    curves.push(curve)
  }
  const rows = curves[0].map((_, i) => ({
    n: curves[0][i].n,
    f1: mean(curves.map((c) => c[i].macroF1)),
    f1sd: sd(curves.map((c) => c[i].macroF1)),
    acc: mean(curves.map((c) => c[i].accuracy)),
    weightsOnly: mean(curves.map((c) => c[i].weightsOnly)),
    memoryOnly: mean(curves.map((c) => c[i].memoryOnly)),
  }))
  results.push({ name: d.name, size: d.rows.length, held: d.rows.length - STREAM, rows, gain: rows[rows.length - 1].f1 - rows[0].f1, forgetting: mean(forgetting) })
}
const seconds = (performance.now() - t0) / 1000

const lines = []
lines.push(`Command: \`npm run bench:learning\` · machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version} · date: ${new Date().toISOString().slice(0, 10)} · ${seeds.length} shuffles (seeds ${seeds.join(', ')}), ${seconds.toFixed(0)} s`)
lines.push('')
for (const r of results) {
  lines.push(`**${r.name}**: ${r.size} labelled messages; each shuffle streams ${STREAM} as corrections in batches of ${BATCH} and scores the other ${r.held}. Macro-F1 (%), mean over shuffles (± sd).`)
  lines.push('')
  lines.push('| corrections | macro-F1 (adapter + memory) | accuracy | weights only | memory only |')
  lines.push('|---:|---:|---:|---:|---:|')
  for (const x of r.rows) lines.push(`| ${x.n} | ${pct(x.f1)} ± ${pct(x.f1sd)} | ${pct(x.acc)} | ${pct(x.weightsOnly)} | ${pct(x.memoryOnly)} |`)
  lines.push('')
  lines.push(`Gain after ${STREAM} corrections: **${r.gain >= 0 ? '+' : ''}${pct(r.gain)} points** macro-F1 (target ≥ +8). Base benchmark (TweetEval validation, macro-F1 ${pct(baseF1.macroF1)}) with this domain's adapter: **${r.forgetting >= 0 ? '+' : ''}${pct(r.forgetting)} points** (target: no drop over 1 point).`)
  lines.push('')
}
const block = lines.join('\n')
console.log(block)
if (write) {
  const file = join(root, 'BENCHMARKS.md')
  const text = readFileSync(file, 'utf8')
  const begin = '<!-- BENCH-LEARNING:BEGIN -->'
  const end = '<!-- BENCH-LEARNING:END -->'
  const section = `${begin}\n${block}\n${end}`
  const next = text.includes(begin) ? text.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), section) : `${text.trimEnd()}\n\n## Learning loop (\`npm run bench:learning\`)\n\n${section}\n`
  writeFileSync(file, next)
}
