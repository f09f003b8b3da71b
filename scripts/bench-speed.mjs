#!/usr/bin/env node
// One system's throughput, in a process of its own: `node scripts/bench-speed.mjs SYSTEM TEXTS.jsonl`,
// or `node scripts/bench-speed.mjs undertone-first-pass TEXTS.jsonl WARM.jsonl`. `npm run bench` starts this once per system and round, alternating the systems, so
// no library reads with another's heap, JIT state or caches around it, and slow spells of the machine
// fall on all of them alike. Prints one JSON line: messages per second of the best timed pass (or of
// the first-pass figure).
import { readFileSync } from 'node:fs'
import Sentiment from 'sentiment'
import vader from 'vader-sentiment'
import wink from 'wink-sentiment'
import { createReader } from '../packages/engine/dist/node/index.js'

const [system, textsPath, warmPath] = process.argv.slice(2)
const load = (p) => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text)
const texts = load(textsPath)
const make = {
  undertone: () => {
    const reader = createReader()
    return (t) => reader.read(t)
  },
  'vader-sentiment': () => (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t),
  'sentiment (AFINN)': () => {
    const afinn = new Sentiment()
    return (t) => afinn.analyze(t)
  },
  'wink-sentiment': () => (t) => wink(t),
}
if (make[system] === undefined && system !== 'undertone-first-pass') {
  console.error(`bench-speed: unknown system ${system}`)
  process.exit(2)
}
if (system === 'undertone-first-pass') {
  // The reader memoises per-word work: a first pass over texts it has not seen, after warming up on
  // other texts, shows the cost with a realistic share of new words.
  const fresh = make.undertone()
  for (const t of load(warmPath).slice(0, 20_000)) fresh(t)
  const t0 = performance.now()
  for (const t of texts) fresh(t)
  console.log(JSON.stringify({ system, perSecond: texts.length / ((performance.now() - t0) / 1000) }))
  process.exit(0)
}
const run = make[system]()
// Warm up for a second (at least one pass) so every system is timed with its code fully optimised.
const warmUntil = performance.now() + 1000
do for (const t of texts) run(t)
while (performance.now() < warmUntil)
let best = Number.POSITIVE_INFINITY
for (let r = 0; r < 8; r++) {
  const t0 = performance.now()
  for (const t of texts) run(t)
  best = Math.min(best, performance.now() - t0)
}
console.log(JSON.stringify({ system, perSecond: texts.length / (best / 1000) }))
