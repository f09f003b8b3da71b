#!/usr/bin/env node
// Reading time on pathological texts (one short unit repeated, punctuation floods, thousands of tiny
// sentences or cues), which once took seconds because some stage was quadratic in the text's length.
// Prints, per pattern, the slowest of a few reads at 10k, 50k and 100k characters, and its growth:
// the fastest 100k read over the fastest 10k read. Linear reading gives 10 to about 25 (a 10k read's
// garbage dies young; a 100k read's outlives V8's young generation and is copied, so each character
// costs up to twice as much), quadratic reading about 100.
//
//   npx tsc -b && node scripts/bench-pathological.mjs [--engine DIR] [--reps N] [--only NAME]
//
// --engine points at another build of @undertone/engine's dist (say, of an older commit) to compare.
// The reader is created with maxChars above 100k, so every character is read rather than truncated.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'packages/engine/dist' },
    reps: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
})
// Builds since the weights became asset files read them through the Node entry (dist/node).
const entry = existsSync(resolve(args.engine, 'node/index.js')) ? 'node/index.js' : 'index.js'
const { createReader } = await import(pathToFileURL(resolve(args.engine, entry)).href)
const reader = createReader({ maxChars: 1 << 20 })
const SIZES = [10_000, 50_000, 100_000]
const reps = Number(args.reps)

/** `unit` repeated to exactly `n` characters. */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
/** A pattern: n → the text and context to read. */
const repeat = (unit, context = {}) => (n) => ({ text: fill(unit, n), context })
// Fifty earlier messages, n characters in all, behind a short new one.
const earlier = (n) => Array.from({ length: 50 }, (_, i) => fill(`STILL BROKEN!!! Message ${i}: why is this not working? `, n / 50))

const PATTERNS = {
  'a!': repeat('a!'),
  'A!': repeat('A!'),
  '!!! ': repeat('!!! '),
  '?!': repeat('?!'),
  'mixed punctuation': repeat('a.b,c;d:e?f!g-h "i" (j) ...'),
  'one char run': repeat('a'),
  'one mark run': repeat('!'),
  'tiny sentences': repeat('No. '),
  'lines of one word': repeat('ok\n'),
  'sign-offs': repeat('Thanks\n'),
  negators: repeat('not '),
  'negated praise': repeat('not good '),
  'repeat contact': repeat('2 times '),
  urgency: repeat('urgent asap! '),
  'sarcasm with a problem': repeat('broken. Great. '),
  'thanks and sarcasm': repeat('oh great, broken, thanks a lot! '),
  emoji: repeat('😡👍🏽 '),
  emoticons: repeat(':( :) '),
  'long word': repeat('abcdefghij'),
  'words of 5000 chars': repeat(`${'y'.repeat(4999)} `),
  whitespace: repeat(' \t '),
  newlines: repeat('\n'),
  'caps words': repeat('NOW WHY '),
  'http!': repeat('http!'),
  'commas between cues': repeat('third ,,,,,,,, time '),
  'domain terms': repeat('panic ', { domain: 'developer-tools' }),
  'quoted e-mail': repeat('> quoted line\n'),
  'long earlier messages': (n) => ({ text: 'Third time I ask! Still BROKEN.', context: { previous: earlier(n) } }),
}

const names = Object.keys(PATTERNS).filter((n) => args.only === undefined || n === args.only)
// One 10k read of each pattern first, so the first pattern timed is not the one that pays for compiling.
for (const name of names) {
  const { text, context } = PATTERNS[name](10_000)
  reader.read(text, context)
}
const width = Math.max(...names.map((n) => n.length))
console.log(`${'pattern'.padEnd(width)}  ${SIZES.map((s) => `${s / 1000}k ms`.padStart(9)).join('')}  growth`)
for (const name of names) {
  const runs = SIZES.map((n) => {
    const { text, context } = PATTERNS[name](n)
    const times = []
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now()
      reader.read(text, context)
      times.push(performance.now() - t0)
    }
    return { worst: Math.max(...times), best: Math.min(...times) }
  })
  // Growth from the fastest reads, which a busy machine disturbs least; a 10k read under a
  // millisecond is mostly timer noise, so it counts as one.
  const growth = (runs[2].best / Math.max(runs[0].best, 1)).toFixed(1)
  console.log(`${name.padEnd(width)}  ${runs.map((r) => r.worst.toFixed(1).padStart(9)).join('')}  ${growth.padStart(6)}`)
}
