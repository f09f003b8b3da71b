// Deadlines told by their event: a time still to come beside a fault ("Rings came back still too small.
// We're getting married Saturday."), and "before" an event in a request ("before the recital on the 12th?").
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { W_DAY, W_NUMBER, wordBitsMemo } from '../text/word-class.js'

// Words that end a clause: a time's tense is read inside its own clause ("Piano tuner cancelled again,
// recital is Saturday afternoon": the recital is to come though the cancelling is past).
const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'because', 'cause', 'as', 'while', 'which', 'though', 'although', 'or', 'then', 'when'])
const CLAUSE_MARKS = new Set([',', ';', ':', '-', '–', '—', '(', ')'])
// Past tense in the clause makes its time a report of what happened ("I called on Monday", "it
// arrived Tuesday"), not a time to come. These forms are never a participle of a state to come…
const PAST_ONLY = new Set(['was', 'were', 'did', 'had', 'yesterday', 'ago', 'last', 'since', 'went', 'came', 'wasnt', "wasn't", 'werent', "weren't", 'didnt', "didn't", 'hadnt', "hadn't"])
// …and these are past unless a present "is", "get"… stands before them ("staff get paid tomorrow"),
// as is a word ending in "-ed".
const PARTICIPLES = new Set(['got', 'said', 'told', 'sent', 'left', 'paid', 'took', 'gave', 'made', 'bought', 'saw', 'spoke', 'rang', 'heard', 'felt', 'thought', 'knew', 'began', 'ran', 'wrote', 'broke', 'lost', 'found', 'kept', 'brought', 'met', 'forgot', 'gone', 'done'])
// A participle after these is a state to come, not a past event: "the fitter is booked for Monday".
const PRESENT_BEFORE = new Set(['is', 'are', 'am', "i'm", 'im', "we're", "they're", "it's", "he's", "she's", 'be', 'being', 'get', 'gets', 'getting'])
// Habits and ranges, not a time to come: "every Friday", "each morning", "since Monday".
const HABIT_BEFORE = new Set(['every', 'each', 'most', 'all', 'since', 'from', 'last', 'usually', 'other'])
// Parts of a day, and "today", that are a time to come only when tied to one: "by this evening",
// "Friday morning", "tomorrow afternoon", "this weekend".
const DAY_PARTS = new Set(['today', 'morning', 'afternoon', 'evening', 'weekend', 'noon', 'midnight'])
const DAY_PART_AFTER = new Set(['by', 'before', 'until', 'till', 'next', 'this', 'tomorrow', 'tonight', 'at'])
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
// A day of the month ("the 12th", "on the 3rd"), told from "3rd grade" and "2nd place" by its neighbours.
const ORDINAL = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)$/
const ORDINAL_BEFORE = new Set(['on', 'by', 'before', 'until', 'till', 'for'])
const ORDINAL_FOLLOWED = new Set(['of', 'at', 'and', 'so', 'when', 'as', 'for', 'but', 'which', 'then', 'or', 'is', 'i', 'we', 'morning', 'afternoon', 'evening', 'night'])
const PERIODS = new Set(['week', 'month', 'weekend', 'year', 'term', 'semester'])
// A count before "in two hours" makes it a rate: "cut out twice in ten minutes", "three times in an hour".
const FREQUENCY_BEFORE = new Set(['once', 'twice', 'thrice', 'times', 'time'])
const HOUR_BEFORE = new Set(['at', 'by', 'before', 'until', 'till'])
// What ties a time to an event or a need, one or two words before it: "Term starts Tuesday",
// "recital is Saturday", "getting married Saturday" (and right before it "at", "by", "before":
// "Doors at 7:30", "needs them by thurs"). A time without one is mostly a plan or
// a mood ("Gonna watch it tonight", "have a fun trip tomorrow", "see you next week"), and "on" alone
// too ("the Clippers are playing on Monday").
const ANCHORS = new Set([
  'is', 'are', "'s", 'starts', 'start', 'opens', 'open', 'begins', 'begin', 'closes', 'close', 'ends', 'arrive', 'arrives', 'arriving', 'due', 'leave', 'leaves', 'leaving', 'fly', 'flying', 'flies', 'sail', 'sails', 'sailing', 'embark',
  'depart', 'departs', 'married', 'booked', 'scheduled', 'kicks', 'lands', 'expires', 'lapses', 'moving', 'move', 'moves', 'comes', 'coming',
])

/** Whether a word's text may open a time (besides a day word's flag): "next", "in", "any", or a digit ("12th"). */
export function opensTimeText(norm: string): boolean {
  const c = norm.charCodeAt(0)
  return norm === 'next' || norm === 'in' || norm === 'any' || (c >= 0x30 && c <= 0x39)
}

// What `upcomingTime` asks of each token's text, memoised per word: nearly every token is neither a
// time nor a clause's end, and the set lookups and the ordinal pattern touched each token's string.
const OPENS_TIME = 1
const CLAUSE_WORD = 2
const CLAUSE_MARK = 4
const timeWordBits = wordBitsMemo((n) => (opensTimeText(n) ? OPENS_TIME : 0) | (CLAUSE_WORDS.has(n) ? CLAUSE_WORD : 0) | (CLAUSE_MARKS.has(n) ? CLAUSE_MARK : 0))
const timeBits = (t: Token): number => timeWordBits(t.info)

/** False where token `t` cannot be where {@link isTime} finds a time: no number, day word or text {@link opensTimeText} takes. */
function mayBeTime(t: Token, bits: number): boolean {
  return t.kind === 'number' || (t.flags & W_DAY) !== 0 || (bits & OPENS_TIME) !== 0
}

function word(t: Token | undefined): string | undefined {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number') ? t.norm : undefined
}

// Events and bookings a time after "on" or "for" belongs to, a few words back in its clause: "a conference
// for 120 people in the Maple Suite on Monday", "a cake for collection on Saturday", "booked a people
// carrier from your Glasgow branch for Thursday" (round 121). "on" alone ties nothing ("playing on Monday").
const EVENTS = new Set([
  'conference', 'party', 'wedding', 'funeral', 'service', 'collection', 'delivery', 'appointment', 'interview', 'exam', 'meeting', 'event',
  'ceremony', 'audit', 'hearing', 'surgery', 'operation', 'recital', 'concert', 'match', 'flight', 'christening', 'graduation',
  'presentation', 'pitch', 'viewing', 'completion', 'booked', 'booking', 'reserved', 'reservation', 'ordered', 'installation', 'inspection',
])
const EVENT_WINDOW = 8

/** Whether one of the two words before token i ties it to an event or a need (`ANCHORS`), "on a Friday" aside. */
function anchored(tokens: readonly Token[], i: number): boolean {
  const prev = word(tokens[i - 1])
  if (prev === 'a' || prev === 'every') return false
  // A preposition only right before the time: "Doors at 7:30", not "look at it next week".
  if (prev !== undefined && (ANCHORS.has(prev) || HOUR_BEFORE.has(prev))) return true
  if (ANCHORS.has(word(tokens[i - 2]) ?? '')) return true
  return (prev === 'on' || prev === 'for') && namesEventBefore(tokens, i - 1)
}

/**
 * Whether the time at `i` is what something was booked or ordered for: "booked a people carrier … for
 * Thursday", "ordered a cake for collection on Saturday". The booking is past, its time is to come.
 */
function bookedFor(tokens: readonly Token[], i: number): boolean {
  const prev = word(tokens[i - 1])
  if (prev === 'for') return namesEventBefore(tokens, i - 1)
  return prev === 'on' && EVENTS.has(word(tokens[i - 2]) ?? '') && word(tokens[i - 3]) === 'for'
}

/** Whether an event or a booking ({@link EVENTS}) stands within EVENT_WINDOW tokens before token `at`, in its clause. */
function namesEventBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - EVENT_WINDOW; k--) {
    const t = tokens[k] as Token
    if (CLAUSE_MARKS.has(t.norm) || t.kind === 'punct') return false
    if (EVENTS.has(t.norm)) return true
  }
  return false
}

/** Whether token i names a time tied to an event: a weekday, tomorrow, a day of the month, an hour, "next week". */
function isTime(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token
  // Self-anchored: "in two hours", "any day now", and a day of the month, whose neighbours were read.
  if (t.norm === 'in' || t.norm === 'any' || ORDINAL.test(t.norm)) return timeWord(tokens, i)
  return timeWord(tokens, i) && anchored(tokens, i)
}

function timeWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token
  const prev = word(tokens[i - 1])
  if (prev !== undefined && HABIT_BEFORE.has(prev)) return false
  if (t.kind === 'word' && (t.flags & W_DAY) !== 0) {
    const norm = t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm
    if (!DAY_PARTS.has(norm)) return true
    return prev !== undefined && (DAY_PART_AFTER.has(prev) || (tokens[i - 1]?.flags ?? 0) & W_DAY) !== 0
  }
  const next = tokens[i + 1]
  if (t.kind === 'word' && ORDINAL.test(t.norm)) {
    // "on the 9th", "by the 12th", "for the 21st", "May 4th"; not "in the 8th" or "succeeding the 20th".
    const before = prev === 'the' ? word(tokens[i - 2]) : prev
    if (before === undefined || !(ORDINAL_BEFORE.has(before) || MONTHS.has(before))) return false
    return next === undefined || next.kind === 'punct' || ORDINAL_FOLLOWED.has(next.norm) || MONTHS.has(next.norm)
  }
  if (t.norm === 'next' && next !== undefined && ((next.flags & W_DAY) !== 0 || PERIODS.has(next.norm))) return true
  // An hour with no "am"/"pm": "Doors at 7:30", "she needs her insulin by 6."
  if (t.kind === 'number' && prev !== undefined && HOUR_BEFORE.has(prev)) {
    if (next === undefined || (next.kind === 'punct' && next.norm !== ':' && next.norm !== '%')) return true
    return next.norm === ':' && tokens[i + 2]?.kind === 'number'
  }
  // "in two hours", "in 30 mins"; "twice in ten minutes" is how often, not when.
  if (t.norm === 'in' && next !== undefined && (next.kind === 'number' || (next.flags & W_NUMBER) !== 0) && !FREQUENCY_BEFORE.has(prev ?? '')) {
    const unit = tokens[i + 2]?.norm
    return unit === 'hours' || unit === 'hour' || unit === 'hrs' || unit === 'mins' || unit === 'minutes' || unit === 'min'
  }
  return t.norm === 'any' && next?.norm === 'day' && tokens[i + 2]?.norm === 'now'
}

/**
 * Whether tokens [from, to) tell something past. `participles`: a word ending in "-ed" counts too,
 * unless a present "is", "get"… stands one or two words before it ("the hall is double booked for
 * the 21st", "staff get paid tomorrow").
 */
function isPast(tokens: readonly Token[], from: number, to: number, participles = true): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    if (PAST_ONLY.has(t.norm)) return true
    if (!participles) continue
    if (PARTICIPLES.has(t.norm) || (t.norm.length >= 5 && t.norm.endsWith('ed') && !t.norm.endsWith('eed'))) {
      const p1 = word(tokens[i - 1])
      const p2 = word(tokens[i - 2])
      if (!(p1 !== undefined && PRESENT_BEFORE.has(p1)) && !(p2 !== undefined && PRESENT_BEFORE.has(p2))) return true
    }
  }
  return false
}

/**
 * The token span [from, to) of a time still to come that the message depends on — a weekday,
 * tomorrow, a day of the month, an hour, "next week", "in two hours" — said in a clause of its own
 * that tells nothing past ("Term starts Tuesday.", "We leave for the airport at 4am."), or undefined.
 * A time in a clause of the past is when something happened ("it arrived Tuesday"), and habits
 * ("every Friday") and ranges ("since Monday") are no time to come. The reader counts it as time
 * pressure only beside a fault (`build-reader.ts`).
 */
export function upcomingTime(tokens: readonly Token[], sentences: readonly SentenceRange[]): [number, number] | undefined {
  for (const s of sentences) {
    let clause = s.from
    for (let i = s.from; i <= s.to; i++) {
      const t = tokens[i]
      const bits = t === undefined ? 0 : timeBits(t)
      const ends = i === s.to || (t !== undefined && ((t.kind === 'punct' && (bits & CLAUSE_MARK) !== 0) || (t.kind === 'word' && (bits & CLAUSE_WORD) !== 0)))
      if (!ends) continue
      for (let j = clause; j < i; j++) if (mayBeTime(tokens[j] as Token, timeBits(tokens[j] as Token)) && isTime(tokens, j)) {
        if (!isPast(tokens, clause, i) || bookedFor(tokens, j)) return [j, Math.min(j + 1, s.to)]
        break
      }
      clause = i + 1
    }
  }
  return undefined
}

// What may stand between "before" and the event it names: "before the recital", "before our move".
const DETERMINERS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your', 'a', 'an', 'this', 'next', "mum's", "dad's", "grandad's", "gran's", "grandma's", "nan's"])
// Who may do the event: "before I travel", "before we fly", "before Mum comes home" ("before I
// forget" is an aside).
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it', 'mum', 'dad', 'mom', 'grandad', 'grandma', 'gran', 'nan', 'granny', 'everyone', 'guests', 'the'])
// "before I could use it" tells what went wrong in time, "before I forget" is an aside.
const NOT_EVENT_VERBS = new Set(['forget', 'could', 'would', 'can', 'had', 'was', 'were', 'did', 'even', 'ever', 'got', 'knew', 'realised', 'realized', 'noticed'])
// Not an event: "before the end of the month", "before then", "before closing time" is one.
// "before or after tax" asks which, it names no event.
const NOT_EVENTS = new Set(['end', 'start', 'beginning', 'then', 'that', 'now', 'long', 'too', 'time', 'deadline', 'date', 'day', 'week', 'month', 'weekend', 'year', 'close', 'cob', 'eod', 'midday', 'lunch', 'lunchtime', 'or', 'and'])

/**
 * The token span [from, to) of "before" and the event it names, or undefined: a deadline told by
 * what happens then ("before the recital on the 12th", "before Tuesday's collection", "before I
 * travel on the 3rd", "before bonfire night"), not by a date alone ("before Friday", "before the
 * 12th", "before the end of the month"), in a sentence that asks for something or says it is
 * needed and tells nothing past ("before I found out", "before the scandal came out" are stories).
 * The event said is what rides on the deadline.
 */
export function eventBefore(tokens: readonly Token[], sentences: readonly SentenceRange[]): [number, number] | undefined {
  for (const s of sentences) {
    const found = eventIn(tokens, s.from, s.to)
    // A request's participles are what it asks for ("have the piano tuned before…"): only plain past counts.
    if (found !== undefined && asks(tokens, s.from, s.to) && !isPast(tokens, s.from, s.to, false)) return found
  }
  return undefined
}

// A sentence that asks for something or says it is needed: "Could the bin be replaced before…?",
// "Please…", "we need it before the festival".
const ASKING_WORDS = new Set(['please', 'pls', 'plz', 'kindly', 'could', 'would', 'possible', 'chance', 'need', 'needs', 'must'])

// A need to be told something is no deadline for the business: "I need to know before I leave work
// whether to stop by" is answered by the reply, and a thank-you after it closes it.
const TOLD = new Set(['know', 'hear', 'find'])

function asks(tokens: readonly Token[], from: number, to: number): boolean {
  let asking = false
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token
    if (t.norm === 'to' && TOLD.has(tokens[i + 1]?.norm ?? '')) return false
    if (t.norm === '?' || ASKING_WORDS.has(t.norm)) asking = true
  }
  return asking
}

function eventIn(tokens: readonly Token[], from: number, to: number): [number, number] | undefined {
  for (let i = from; i < to - 1; i++) {
    if ((tokens[i] as Token).norm !== 'before') continue
    let j = i + 1
    const first = tokens[j] as Token
    if (first.kind !== 'word') continue
    if (SUBJECTS.has(first.norm) && first.norm !== 'the') {
      const verb = tokens[j + 1]
      if (verb !== undefined && verb.kind === 'word' && (verb.flags & W_DAY) === 0 && !NOT_EVENT_VERBS.has(verb.norm)) return [i, j + 2]
      continue
    }
    while (j < to && j < i + 3 && (DETERMINERS.has((tokens[j] as Token).norm) || ((tokens[j] as Token).flags & W_DAY) !== 0)) j++
    const noun = tokens[j]
    if (noun === undefined || noun.kind !== 'word' || NOT_EVENTS.has(noun.norm) || (noun.flags & W_DAY) !== 0 || ORDINAL.test(noun.norm) || MONTHS.has(noun.norm) || W_NUMBER & noun.flags) continue
    return [i, j + 1]
  }
  return undefined
}
