// Time pressure told by when something happens, beside a fault: "Tent's missing its poles. Festival gates open Friday."
import type { LearnedCuesModel } from '../model/learned-cues.js'
import type { CueRule } from '../signals/cue-rules.js'
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { W_DAY, wordBitsMemo } from '../text/word-class.js'
import type { Cue } from './reading.js'
import { eventBefore, opensTimeText, upcomingTime } from './upcoming-deadline.js'

// Pulls as the phrase rules' deadlines do (cue-rules.ts).
const UPCOMING: CueRule = { kind: 'time-pressure', explicit: false, weight: -0.3, emotion: 'urgency', strength: 0.85, patterns: [] }
// How sure the learned cues must be that the message reports a fault when no rule names it ("Bees arrive Thursday and the hive you sent has no floor."): below the 0.85 from
// which they add a cue of their own, since the time said is evidence too.
const LEARNED_FAULT = 0.5
// Kinds that name a fault whatever their weight (the learned fault report pulls -0.25).
const FAULT_KINDS = new Set(['issue-report', 'repeat-contact', 'churn-threat'])
// Words that tell a fault in a support message without a rule's phrase: "came without the screws",
// "hasn't turned up", "the wrong lens power", "still too small". Not any negative word: a tweet's
// "I have two fucking tests tomorrow" names no fault for a business to fix.
const FAULT_WORDS = new Set([
  'wrong', 'missing', 'without', 'still', 'broken', 'lost', 'late', 'cancelled', 'canceled', 'delayed', 'damaged', 'error',
  'failed', 'faulty', 'stuck', 'twice', 'nobody', 'never', 'hasnt', "hasn't", 'havent', "haven't", 'didnt', "didn't", 'wasnt', "wasn't",
  'isnt', "isn't", 'wont', "won't", 'cant', "can't", 'cannot', 'no-show', 'no-showed', 'rejected', 'declined', 'unpaid', 'overcharged',
])
// "no" names a fault before a thing ("no floor", "no record"), not in a courtesy or a calm ("no rush").
const NOT_AFTER_NO = new Set(['rush', 'hurry', 'worries', 'worry', 'problem', 'problems', 'pressure', 'need', 'idea', 'doubt', 'way', 'matter', 'big', 'stress'])

/** The learned cues' probability that the message reports a fault (0 without that kind). */
export function learnedFault(model: LearnedCuesModel, probs: Float64Array): number {
  const k = model.kinds.indexOf('issue-report')
  return k < 0 ? 0 : (probs[k] as number)
}

function pushDeadline(text: string, tokens: readonly Token[], span: readonly [number, number], cues: Cue[], rules: (CueRule | undefined)[]): void {
  const start = (tokens[span[0]] as Token).start
  const end = (tokens[span[1] - 1] as Token).end
  cues.push({ kind: 'time-pressure', start, end, explicit: false, weight: UPCOMING.weight, text: text.slice(start, end), emotion: 'urgency' })
  rules.push(UPCOMING)
}

// What `scan` asks of each word's text, memoised per word: most words are none of these, and
// comparing or hashing each token's string was a cache miss per token in a stage that finds nothing
// in most messages.
const OPENS_TIME = 1
const SAYS_BEFORE = 2
const FAULT_WORD = 4
const SAYS_NO = 8
const scanWordBits = wordBitsMemo((n) => (opensTimeText(n) ? OPENS_TIME : 0) | (n === 'before' ? SAYS_BEFORE : 0) | (FAULT_WORDS.has(n) ? FAULT_WORD : 0) | (n === 'no' ? SAYS_NO : 0))
const scanBits = (t: Token): number => scanWordBits(t.info)

/**
 * One pass over the words: whether any names a fault, says "before", or could start a time (a day
 * word, a number, "next", "in", "any"). Most messages have no time in them and end here.
 */
function scan(tokens: readonly Token[]): { fault: boolean; before: boolean; time: boolean } {
  let fault = false
  let before = false
  let time = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'number') {
      time = true
      continue
    }
    if (t.kind !== 'word') continue
    const bits = scanBits(t)
    if ((t.flags & W_DAY) !== 0 || (bits & OPENS_TIME) !== 0) time = true
    if ((bits & SAYS_BEFORE) !== 0) before = true
    if (!fault && (bits & FAULT_WORD) !== 0) fault = true
    else if (!fault && (bits & SAYS_NO) !== 0) {
      const next = tokens[i + 1]
      fault = next !== undefined && next.kind === 'word' && !NOT_AFTER_NO.has(next.norm)
    }
  }
  return { fault, before, time }
}

/**
 * Time pressure told by the event it rides on, which the phrase rules knew only for the events they
 * list. Two ways, neither where the customer takes urgency back ("no rush, Friday is fine"), where a
 * deadline would make the message urgent again:
 * - "before" and an event in a sentence that asks (`eventBefore`: "Could the piano be tuned before the
 *   recital on the 12th?", "…before I travel"): the event is the deadline's stakes;
 * - a time still to come (`upcomingTime`: "I sail at 7am tomorrow", "We're getting married
 *   Saturday", "Doors at 7:30") beside a fault, where no rule found a deadline.
 * Adds a time-pressure cue where no rule found one. `fault` is the learned cues' probability of a
 * fault report. Returns whether the message names its deadline's event: it is then what rides on
 * the deadline (its stakes, as `statesStakes` finds them said in other words).
 */
export function addUpcomingDeadline(text: string, tokens: readonly Token[], sentences: readonly SentenceRange[], cues: Cue[], rules: (CueRule | undefined)[], fault: number): boolean {
  let named = fault >= LEARNED_FAULT
  let deadline = false
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i] as Cue
    const r = rules[i]
    if (c.kind === 'negation' && r !== undefined && r.strength < 0) return false
    if (c.kind === 'time-pressure') deadline = true
    if (FAULT_KINDS.has(c.kind)) named = true
  }
  const seen = scan(tokens)
  named ||= seen.fault
  // Nothing to find: no "before", or no time beside a fault.
  if (!seen.before && !(seen.time && named)) return false
  const event = seen.before ? eventBefore(tokens, sentences) : undefined
  if (event !== undefined) {
    if (!deadline) pushDeadline(text, tokens, event, cues, rules)
    return true
  }
  if (!named) return false
  const span = upcomingTime(tokens, sentences)
  if (span === undefined) return false
  // A deadline a rule or the learned cues found ("Term starts Tuesday.") beside the fault is pressing too.
  if (!deadline) pushDeadline(text, tokens, span, cues, rules)
  return true
}
