// Whether a message with a deadline says what rides on it ("…before 5pm today? I need them for my flight.").
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import type { Cue } from './reading.js'

// A sentence of the customer's own situation speaks of them: "I fly out first thing tomorrow", "Our
// board meets that afternoon", "that's when my lease ends".
const OWN_WORDS = new Set(['i', 'we', 'my', 'our', 'me', 'us', "i'm", 'im', "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd"])
// An occasion named beside a deadline is its stakes too ("It's a birthday present for Saturday."), and so
// is a sentence that points back at the deadline or says what is needed by it ("The mortgage
// application closes then.", "The lease company needs them for the handover.").
const OCCASION_WORDS = new Set([
  'birthday', 'present', 'gift', 'wedding', 'anniversary', 'funeral', 'exam', 'interview', 'flight', 'trip', 'holiday', 'surgery', 'appointment', 'christmas', 'tenants', 'guests', 'landlord', 'movers', 'handover', 'mortgage', 'application', 'then', 'beforehand', 'needs', 'need',
  // Round 93's events: "The party is Saturday.", "our ferry leaves at 9", "It's due back Monday.", "for our go-live".
  'party', 'ferry', 'train', 'move', 'go-live', 'launch', 'audit', 'due', 'ceremony', 'concert', 'inspection', 'completion',
  'christening', 'baptism', 'graduation', 'recital', 'reunion', 'festival', 'conference', 'premiere',
  // Rounds 138 and 141 (the twenty-sixth session): "by Friday 9am for our board meeting", "for our compliance review".
  'meeting', 'board', 'review', 'presentation', 'hearing', 'court', 'pitch', 'demo', 'event', 'tournament', 'exhibition', 'trial', 'submission', 'filing', 'signing', 'viewing', 'performance',
])
// A need said without its subject after the deadline's comma: "before 3pm, need to tell the warehouse today".
const NEED_WORDS = new Set(['need', 'needs', 'have', 'must', 'gotta', 'got'])
// Words that tie a reason or a consequence to the deadline inside its own sentence: "…by end of day,
// otherwise we lose the group rate", "…by noon tomorrow, as the venue needs final numbers then".
const REASON_WORDS = new Set(['otherwise', 'else', 'as', 'because', 'since', 'cause', 'bc'])
// …but not "as usual", "as agreed", "as soon as possible", "since last week".
const NOT_A_REASON_AFTER = new Set(['usual', 'always', 'agreed', 'discussed', 'promised', 'planned', 'mentioned', 'requested', 'soon', 'well', 'possible', 'per', 'before', 'last', 'then', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
// After a deadline's "so", a purpose: "…before the end of the month so it falls within our financial year".
const SO_THAT_WORDS = new Set(['that', 'it', 'they', 'this', 'everything', 'he', 'she'])
// A dash, semicolon, colon or comma after the deadline opens its reason when the customer is its
// subject: "by the 20th - my application closes that day", "before Monday, my visa appointment is that morning".
const CLAUSE_MARKS = new Set(['-', '–', '—', ';', ':', ','])
// Fewer words than this is a sign-off or an aside, not a situation.
const MIN_WORDS = 3

// How far after a clause mark an occasion may stand and still be the deadline's ("it's a birthday present").
const OCCASION_WITHIN = 4

function occasionWithin(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0
  for (let i = from; i < to && words < OCCASION_WITHIN; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    words++
    if (OCCASION_WORDS.has(t.norm)) return true
  }
  return false
}

/**
 * True when a message with a time-pressure cue also says what depends on it: a sentence without
 * the deadline that speaks of the customer ("I need them for my flight", "that's when my lease
 * ends"), or a reason or consequence tied to the deadline ("otherwise we lose the group rate", "as
 * the venue needs final numbers then", "by the 20th - my application closes that day"). Thanks and
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
    const inside = deadlines.filter((c) => c.start >= from && c.start < to)
    if (inside.length > 0) {
      const after = inside.reduce((m, c) => Math.max(m, c.end), 0)
      for (let i = s.from; i < s.to - 1; i++) {
        const t = tokens[i] as Token
        if (t.start < after) continue
        const next = tokens[i + 1] as Token
        if (t.kind === 'word' && REASON_WORDS.has(t.norm) && next.kind === 'word' && !NOT_A_REASON_AFTER.has(next.norm)) return true
        // "…before 31 March so we can pay it within this financial year"; "…in 2 hours or we lose the client".
        if (t.kind === 'word' && t.norm === 'so' && next.kind === 'word' && (OWN_WORDS.has(next.norm) || SO_THAT_WORDS.has(next.norm))) return true
        // …or what it comes before: "by Monday 9am, ahead of my specialist appointment", "in time for the audit".
        if (t.kind === 'word' && ((t.norm === 'ahead' && next.norm === 'of') || (t.norm === 'in' && next.norm === 'time' && tokens[i + 2]?.norm === 'for'))) return true
        if (t.kind === 'word' && t.norm === 'or' && next.kind === 'word' && OWN_WORDS.has(next.norm)) return true
        // "…before the 28th, when we move", "…by 17:00 on Wednesday for our go-live".
        if (t.kind === 'word' && t.norm === 'when' && next.kind === 'word' && OWN_WORDS.has(next.norm)) return true
        // "…by 2pm Saturday for the 3 o'clock ceremony" names the occasion with "the" as well.
        if (t.kind === 'word' && t.norm === 'for' && (next.norm === 'our' || next.norm === 'my' || next.norm === 'the') && occasionWithin(tokens, i + 2, s.to)) return true
        // …or an occasion soon after it: "before Saturday, it's a birthday present".
        if (t.kind === 'punct' && CLAUSE_MARKS.has(t.norm) && ((next.kind === 'word' && (OWN_WORDS.has(next.norm) || NEED_WORDS.has(next.norm))) || occasionWithin(tokens, i + 1, s.to))) return true
      }
      continue
    }
    let words = 0
    let own = false
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i] as Token
      if (t.kind !== 'word') continue
      words++
      if (OWN_WORDS.has(t.norm) || OCCASION_WORDS.has(t.norm)) own = true
    }
    if (words < MIN_WORDS || !own) continue
    // Thanks or praise make it a courtesy sentence; a polite form only when it is most of the sentence
    // ("I really appreciate it", not the "I need to" of "I need to arrange childcare").
    if (courtesy.some((c) => c.start < to && c.end > from && (c.kind !== 'politeness' || 2 * (Math.min(c.end, to) - Math.max(c.start, from)) >= to - from))) continue
    return true
  }
  return false
}
