import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { countWords } from '../text/count-words.js'
import { firstWord } from '../text/first-word.js'

/** How the language model reads a run of tokens: positive minus negative probability, -1..1. */
export type ClauseTone = (from: number, to: number) => number

// The words that turn to the point after praise; as weighContrast's pivots.
const PIVOTS = new Set(['but', 'however', 'although'])
// At or below this tone (the model alone, no cues) the point after the turn is a complaint: "the ashes
// were returned in the wrong urn" reads -0.81, "we've now had three lessons start 20 minutes late"
// -0.26; "I figured it out myself" (-0.19) and "shipping took a while" (-0.12) do not outweigh praise.
const COMPLAINT_TONE = -0.25
// Turns read per message; support messages have one or two.
const MAX_TURNS = 4
// Words a point needs before the model's reading of it means anything.
const POINT_MIN_WORDS = 3

/** A token span, end exclusive. */
export interface TokenSpan {
  readonly from: number
  readonly to: number
}

/**
 * The points made after praise or thanks that no cue names as a problem, where the model reads them
 * as a complaint: "The teacher is lovely, but we've now had three lessons start 20 minutes late",
 * "Thanks for the quick payout on the first claim. But the second claim has now been rejected". In
 * support, praise conceded before "but" is how a complaint is said politely (issue 15 B); with no
 * fault word after the turn the cues saw only the praise. A question after the turn is no complaint
 * ("Love the app, but is there a dark mode?"), nor is a point that praises or names a problem
 * already, nor one the message cheers after ("I may hate the villain, but I don't hate you. YOU
 * ROCK!", "…but not a fan of him! :)").
 *
 * @param praised Token spans of praise and thanks. @param named Token spans of cues that already
 * pull either way. @param cheered Token spans of praise and happy emoji. @param tone The model's
 * reading of a token run.
 */
export function concededComplaints(tokens: readonly Token[], sentences: readonly SentenceRange[], praised: readonly TokenSpan[], named: readonly TokenSpan[], cheered: readonly TokenSpan[], tone: ClauseTone): TokenSpan[] {
  const out: TokenSpan[] = []
  let previous: SentenceRange | undefined
  let turns = 0
  for (const s of sentences) {
    // As weighContrast: a turn concedes the clause since the last turn of its sentence.
    let clauseStart = s.from
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i] as Token
      if (t.kind !== 'word' || !PIVOTS.has(t.norm)) continue
      // A message is read for its first few turns only: "but never but never…" must stay linear.
      if (++turns > MAX_TURNS) return out
      const opening = firstWord(tokens, s) === i
      // "Although the reply was quick, …" concedes its own clause: the point is after the comma, and
      // a sentence-initial "But" concedes the sentence before, as "Although" with no comma does
      // ("Thanks for sorting my plan change. Although now my data allowance shows as zero.").
      if (opening && t.norm === 'although' && hasComma(tokens, i, s.to)) break
      const concededFrom = opening ? previous?.from : clauseStart
      clauseStart = i + 1
      if (concededFrom === undefined) continue
      // Praise the cues name: asking the model whether every "but" concedes praise cost a fifth of the
      // reader's speed, and tweets turn on "but" in asides ("Batman may not kill, but…").
      if (!praised.some((p) => p.from >= concededFrom && p.from < i)) continue
      let end = s.to
      for (let j = i + 1; j < s.to; j++) if (PIVOTS.has((tokens[j] as Token).norm)) {
        end = j
        break
      }
      if (isQuestion(tokens, end, s.to) || countWords(tokens, i + 1, end) < POINT_MIN_WORDS) continue
      if (named.some((c) => c.from > i && c.from < end) || praised.some((p) => p.from > i && p.from < end) || cheered.some((c) => c.from >= end)) continue
      if (tone(i + 1, end) <= COMPLAINT_TONE) out.push({ from: i + 1, to: end })
    }
    previous = s
  }
  return out
}

function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).norm === ',') return true
  return false
}


function isQuestion(tokens: readonly Token[], end: number, sentenceEnd: number): boolean {
  for (let i = end; i < sentenceEnd; i++) if ((tokens[i] as Token).norm === '?') return true
  return end === sentenceEnd && tokens[sentenceEnd - 1]?.norm === '?'
}
