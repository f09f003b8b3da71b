// The cue kinds each sentence holds, for scoring a long message sentence by sentence.
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import type { Cue } from './reading.js'

// The list of every sentence without cues; never written to (it is recognised by identity).
const NONE: string[] = []

/**
 * The distinct kinds of the cues that lie wholly inside each sentence's character span (first
 * token's start to last token's end), in the order `cues` lists them. Each cue finds its sentence
 * by binary search, so a message costs O(cues · log sentences) rather than a scan of every cue for
 * every sentence, which made texts of thousands of one-word sentences ("a! a! a! …") quadratic.
 *
 * @param sentences Non-empty token ranges in text order, as {@link splitSentences} returns them.
 */
export function sentenceCueKinds(tokens: readonly Token[], sentences: readonly SentenceRange[], cues: readonly Cue[]): (readonly string[])[] {
  const n = sentences.length
  const starts = new Float64Array(n)
  const ends = new Float64Array(n)
  for (let s = 0; s < n; s++) {
    const r = sentences[s] as SentenceRange
    starts[s] = (tokens[r.from] as Token).start
    ends[s] = (tokens[r.to - 1] as Token).end
  }
  // Most sentences of a long text hold no cue or one: they share the empty list or get a list of one,
  // not a growable array each.
  const out: string[][] = new Array<string[]>(n).fill(NONE)
  for (let ci = 0; ci < cues.length; ci++) {
    const c = cues[ci] as Cue
    let lo = 0
    let hi = n - 1
    let last = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((starts[mid] as number) <= c.start) {
        last = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    // Every earlier sentence also starts before the cue; ends only fall going back, so the walk
    // stops at the first that ends too soon (it takes a second step only for an empty cue that
    // sits on the boundary of two sentences).
    for (let s = last; s >= 0 && (ends[s] as number) >= c.end; s--) {
      const kinds = out[s] as string[]
      if (kinds === NONE) out[s] = [c.kind]
      else if (!kinds.includes(c.kind)) kinds.push(c.kind)
    }
  }
  return out
}
