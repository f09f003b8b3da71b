// Whether a message with a deadline says what rides on it ("…before 5pm today? I need them for my flight.").
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import type { Cue } from './reading.js'

// A sentence of the customer's own situation opens with them: "I fly out first thing tomorrow",
// "Our board meets that afternoon", "We have guests arriving on Saturday".
const OWN_SUBJECTS = new Set(['i', 'we', 'my', 'our', "i'm", 'im', "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd"])
// Words that tie a consequence to the deadline inside its own sentence: "…by end of day today,
// otherwise we lose the group rate", "…before the 15th, as I'm travelling then".
const CONSEQUENCE_WORDS = new Set(['otherwise', 'else'])
const AS_SUBJECTS = new Set(["i'm", 'im', "we're", 'we', 'i'])
// Fewer words than this is a sign-off or an aside, not a situation.
const MIN_WORDS = 3

/**
 * True when a message with a time-pressure cue also says what depends on it: a sentence without
 * the deadline that opens with the customer ("I need them for my flight"), or a consequence tied
 * to the deadline ("otherwise we lose the group rate", "as I'm travelling then"). Thanks and
 * courtesy sentences ("I really appreciate it") say nothing of the stakes. A deadline with its
 * stakes is what the message is about, as two deadlines are (`fuseUrgency`'s pressing messages);
 * "I need the invoice by Friday for our records" has none. Only short messages count (the reader
 * asks up to `pressingWords`), so the scan over sentences and cues stays small.
 */
export function statesStakes(tokens: readonly Token[], sentences: readonly SentenceRange[], cues: readonly Cue[]): boolean {
  const deadlines = cues.filter((c) => c.kind === 'time-pressure')
  if (deadlines.length === 0) return false
  const courtesy = cues.filter((c) => c.kind === 'gratitude' || c.kind === 'politeness' || c.kind === 'praise')
  for (const s of sentences) {
    const from = (tokens[s.from] as Token).start
    const to = (tokens[s.to - 1] as Token).end
    const words: Token[] = []
    for (let i = s.from; i < s.to; i++) if ((tokens[i] as Token).kind === 'word') words.push(tokens[i] as Token)
    const holdsDeadline = deadlines.some((c) => c.start >= from && c.start < to)
    if (holdsDeadline) {
      const after = deadlines.filter((c) => c.start >= from && c.start < to).reduce((m, c) => Math.max(m, c.end), 0)
      for (let k = 0; k < words.length; k++) {
        const w = words[k] as Token
        if (w.start < after) continue
        if (CONSEQUENCE_WORDS.has(w.norm)) return true
        if (w.norm === 'as' && AS_SUBJECTS.has((words[k + 1] as Token | undefined)?.norm ?? '')) return true
      }
      continue
    }
    if (words.length < MIN_WORDS || !OWN_SUBJECTS.has((words[0] as Token).norm)) continue
    if (courtesy.some((c) => c.start < to && c.end > from)) continue
    return true
  }
  return false
}
