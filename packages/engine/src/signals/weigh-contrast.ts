import type { Cue } from '../reader/reading.js'
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { firstWord } from '../text/first-word.js'

// The words that turn a sentence: what follows them is what the writer means. "Though", "yet" and
// "except" are left out: they end as often as they turn ("It works, though.", "not yet").
const PIVOTS = new Set(['but', 'however', 'although'])
// "I appreciate the quick reply, but…": the conceded side keeps this share of its pull, and the
// side that carries the point gains half again (within -1..1).
const CONCEDED = 0.3
const STRESSED = 1.5

interface Span {
  readonly start: number
  readonly end: number
}

/**
 * Reweighs the cues on either side of "but", "however" and "although" when the two sides pull
 * opposite ways: the clause before the turn is conceded, the clause after it (up to the next turn
 * or the sentence's end) is the point. A sentence-initial "Although …," concedes its own clause,
 * up to the comma; a sentence-initial "But" or "However" concedes the end of the sentence before.
 * Replaces the reweighed cues in `cues`, which must be in text order (same order, same spans).
 * `turns` adds another language's words for "but" ("pero", "aber", "mais").
 */
export function weighContrast(text: string, tokens: readonly Token[], sentences: readonly SentenceRange[], cues: Cue[], turns?: ReadonlySet<string>): void {
  // Two sides pulling opposite ways need two cues with a pull.
  let pulling = 0
  for (const c of cues) if (c.weight !== 0) pulling++
  if (pulling < 2) return
  let lastClause: Span | undefined
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as SentenceRange
    if (sentence.to <= sentence.from) continue
    const sentenceStart = (tokens[sentence.from] as Token).start
    const sentenceEnd = (tokens[sentence.to - 1] as Token).end
    const pivots: number[] = []
    for (let i = sentence.from; i < sentence.to; i++) {
      const t = tokens[i] as Token
      if (t.kind === 'word' && (PIVOTS.has(t.norm) || turns?.has(t.norm) === true)) pivots.push(i)
    }
    const first = firstWord(tokens, sentence)
    let clauseStart = sentenceStart
    for (let k = 0; k < pivots.length; k++) {
      const at = tokens[pivots[k] as number] as Token
      const pointEnd = k + 1 < pivots.length ? (tokens[pivots[k + 1] as number] as Token).start : sentenceEnd
      let conceded: Span | undefined
      let point: Span = { start: at.end, end: pointEnd }
      if (pivots[k] !== first) conceded = { start: clauseStart, end: at.start }
      else if (at.norm === 'although') {
        // "Although the reply was quick, the export still fails": the clause up to the comma concedes.
        const comma = commaAfter(tokens, pivots[k] as number, sentence.to)
        if (comma !== undefined && comma.end <= pointEnd) {
          conceded = { start: at.end, end: comma.start }
          point = { start: comma.end, end: pointEnd }
        }
      } else if (lastClause !== undefined && !text.slice(lastClause.end, at.start).includes('\n\n')) {
        // A blank line between the sentences starts another thought.
        conceded = lastClause
      }
      if (conceded !== undefined) reweigh(cues, conceded, point)
      clauseStart = at.end
    }
    lastClause = { start: clauseStart, end: sentenceEnd }
  }
}

function reweigh(cues: Cue[], conceded: Span, point: Span): void {
  const before = pullWithin(cues, conceded)
  const after = pullWithin(cues, point)
  if (before === 0 || after === 0 || Math.sign(before) === Math.sign(after)) return
  scale(cues, conceded, Math.sign(before), (w) => w * CONCEDED)
  scale(cues, point, Math.sign(after), (w) => Math.max(-1, Math.min(1, w * STRESSED)))
}

function scale(cues: Cue[], span: Span, sign: number, f: (w: number) => number): void {
  for (let c = firstFrom(cues, span.start); c < cues.length; c++) {
    const cue = cues[c] as Cue
    if (cue.start >= span.end) break
    if (cue.end > span.end || cue.end === cue.start || Math.sign(cue.weight) !== sign) continue
    cues[c] = { ...cue, weight: f(cue.weight) }
  }
}

function pullWithin(cues: readonly Cue[], span: Span): number {
  let sum = 0
  for (let c = firstFrom(cues, span.start); c < cues.length; c++) {
    const cue = cues[c] as Cue
    if (cue.start >= span.end) break
    if (cue.end <= span.end && cue.end > cue.start) sum += cue.weight
  }
  return sum
}

// The first cue starting at or after `start` (cues are in text order).
function firstFrom(cues: readonly Cue[], start: number): number {
  let lo = 0
  let hi = cues.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((cues[mid] as Cue).start < start) lo = mid + 1
    else hi = mid
  }
  return lo
}

function commaAfter(tokens: readonly Token[], from: number, to: number): Token | undefined {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'punct' && t.norm === ',') return t
  }
  return undefined
}
