// Reading time must grow linearly with the text: pathological texts once took seconds (100k characters
// of "a!" took 6.6 s) because stages compared every sentence or cue with every other one.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createReader, type ReadContext } from '../src/node/index.js'

// Reads every character of a 100k text instead of truncating it at the default 64k.
const reader = createReader({ maxChars: 1 << 20 })

// Generous for one read of 100k characters (about 0.1–0.3 s on a busy two-core machine); quadratic
// stages took 1–16 s here.
const MAX_MS_100K = 1000
// Linear reading makes a ten-times longer text about ten times slower, plus cache and GC effects as
// the heap grows; quadratic reading, a hundred times.
const MAX_GROWTH = 25
// A 10k read takes 2–15 ms on a busy machine, much of it noise; the growth is measured from at least this.
const FLOOR_MS_10K = 10

/** `unit` repeated to exactly `n` characters. */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
}

interface Sample {
  readonly text: string
  readonly context: ReadContext
}

function timeRead({ text, context }: Sample): number {
  const t0 = performance.now()
  reader.read(text, context)
  return performance.now() - t0
}

/** The fastest of three reads of each, interleaved so that a slow spell of the machine hits both. */
function fastest(small: Sample, large: Sample): { t10: number; t100: number } {
  let t10 = Number.POSITIVE_INFINITY
  let t100 = Number.POSITIVE_INFINITY
  for (let r = 0; r < 3; r++) {
    t10 = Math.min(t10, timeRead(small))
    t100 = Math.min(t100, timeRead(large))
  }
  return { t10, t100 }
}

/**
 * Times reads at 10k and 100k characters. A 10k read comes first so the 100k one runs compiled code
 * (the very first long read spends most of its time in the interpreter), and the first 100k read is
 * checked on its own, so a quadratic build fails after one slow read. The growth compares the
 * fastest reads of each size, the ones other work on the machine disturbed least, and is measured
 * once more before it fails: a slow spell seldom strikes twice, a quadratic stage always does.
 */
function checkGrowth(label: string, at: (n: number) => Sample): void {
  const small = at(10_000)
  const large = at(100_000)
  timeRead(small)
  expect(timeRead(large), `${label}: 100k chars`).toBeLessThan(MAX_MS_100K)
  let growth = Number.POSITIVE_INFINITY
  let why = ''
  for (let attempt = 0; attempt < 2 && growth >= MAX_GROWTH; attempt++) {
    const { t10, t100 } = fastest(small, large)
    growth = t100 / Math.max(t10, FLOOR_MS_10K)
    why = `${label}: 100k/10k time (${t100.toFixed(1)} / ${t10.toFixed(1)} ms)`
  }
  expect(growth, why).toBeLessThan(MAX_GROWTH)
}

// Short pieces that each stress a stage: sentence ends, cue words, marks, lines, e-mail structure.
const PIECES = [
  'a!', 'A!', '!!!', '?!', '...', '. ', ', ', ';', ':', '"', '-', ' ', '  ', '\n', '\n\n', '\t',
  'No. ', 'not ', 'never ', 'but ', 'third time ', 'again ', 'urgent ', 'asap ', 'Great. ', 'oh great ',
  'broken ', 'thanks a lot ', 'Thanks\n', 'Best regards\n', '> ', '-- \n', 'From: a\n', 'http', 'www.', '#fail ',
  '@user ', 'throwing errors ', 'NOW ', 'WHY ', 'Refund ', '😡', '👍🏽', '🙏 ', ':(', ':) ', '&amp;', 'abcdefghij',
]
// Runs of one character: elongated words, very long words, punctuation and whitespace floods.
const run = fc
  .tuple(fc.constantFrom('a', 'A', 'x', 'é', '!', '?', '.', ',', ' ', '\n', '😡'), fc.integer({ min: 2, max: 5000 }))
  .map(([c, k]) => c.repeat(k))
const unit = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: run }), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''))
// Texts the reader was slow on before, tried first; each failed here (a 100k read of 1–6 s, or 30–65
// times a 10k one): sentences × cues, overlapping matches of a kind, praise × sarcasm, domain terms ×
// cues, a scan for a URL at every "http", every line below every sign-off.
const KNOWN_SLOW: [string, ReadContext][] = [
  ...['a!', 'A!', '!!! ', 'a.b,c;d:e?f!g-h "i" (j) ', 'No. ', 'thx thx crash ', 'urgent asap! ', 'broken. Great. ', 'oh great, broken, thanks a lot! ', 'http!', 'Thanks\n'].map(
    (u): [string, ReadContext] => [u, {}],
  ),
  ['panic ', { domain: 'developer-tools' }],
]
const context = fc.constantFrom<ReadContext>({}, { domain: 'developer-tools' }, { domain: 'gaming' }, { explain: true })

describe('reading time on pathological texts', () => {
  it('grows linearly with length for generated repetitive texts up to 100k characters (property)', () => {
    fc.assert(
      fc.property(unit, context, (u, c) => checkGrowth(JSON.stringify(u.slice(0, 40)), (n) => ({ text: fill(u, n), context: c }))),
      {
        seed: 20_261_127,
        // The examples come out of numRuns.
        numRuns: KNOWN_SLOW.length + 16,
        // Stop at the first slow text: shrinking would read more 100k texts, slowly.
        endOnFailure: true,
        examples: KNOWN_SLOW,
      },
    )
  }, 120_000)

  it('grows linearly with the length of earlier messages in the context', () => {
    // Fifty earlier messages of 200 or 2,000 characters each behind a short new one.
    const earlier = (n: number): string[] => Array.from({ length: 50 }, (_, i) => fill(`STILL BROKEN!!! Message ${i}: why is this not working? `, n / 50))
    checkGrowth('previous', (n) => ({ text: 'Third time I ask! Still BROKEN.', context: { previous: earlier(n) } }))
  }, 60_000)
})
