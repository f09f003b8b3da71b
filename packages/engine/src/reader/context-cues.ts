/**
 * Cues about the customer's history: a repeat the customer points at ("as I said", "still",
 * "writing again") or makes (the same ask in nearly the same words), a detail said again in a short
 * reply ("No, 6:30."), and a message louder than the customer's own earlier ones.
 */
import type { CueRule } from '../signals/cue-rules.js'
import type { Token } from '../text/token.js'
import { tokenize } from '../text/tokenize.js'
import { LANG_SHIFT, W_AGAIN, W_DAY } from '../text/word-class.js'
import type { Cue, ReadContext } from './reading.js'

// Phrases that say by themselves that the customer has been in touch before ("writing again about
// the logouts" opens a new conversation): evidence with or without earlier messages in this one.
const SELF_EVIDENT: readonly (readonly string[])[] = [
  ['writing', 'again'],
  ['asking', 'again'],
  ['contacting', 'you', 'again'],
  ['reaching', 'out', 'again'],
  ['following', 'up', 'again'],
  ['i', 'already'],
  ["i've", 'already'],
  ['i', 'have', 'already'],
  ['we', 'already'],
  ["we've", 'already'],
]

// Phrases that refer back to something said before in this conversation: a repeat only when there
// is an earlier message to refer to.
const BACK_REFERENCES: readonly (readonly string[])[] = [
  ['as', 'i', 'said'],
  ['like', 'i', 'said'],
  ['as', 'i', 'mentioned'],
  ['as', 'mentioned'],
  ['like', 'i', 'mentioned'],
  ['as', 'i', 'explained'],
  ['as', 'i', 'wrote'],
  ['as', 'i', 'told', 'you'],
  ['once', 'more'],
  ['same', 'problem'],
  ['same', 'issue'],
  ['same', 'error'],
]

// "still" and "again" point back too, but also say "I still love it" and "thanks again": they
// count only in a message that reports a problem.
const SOFT_BACK_REFERENCES = new Set(['still', 'again'])
const NOT_A_REPEAT_BEFORE_AGAIN = new Set(['thanks', 'thank', 'you', 'thx', 'ty', 'try', 'later', 'see', 'hear'])

// Words too common to say two messages ask the same thing.
const FILLER = new Set([
  'this', 'that', 'with', 'have', 'from', 'your', 'what', 'will', 'been', 'they', 'them', 'there', 'their', 'when',
  'just', 'please', 'thanks', 'thank', 'would', 'could', 'should', 'about', 'here', 'some', 'then', 'than', 'into',
  'also', 'does', 'dont', "don't", "it's", "i'm", "can't", 'cant', 'know', 'need', 'help', 'hello', 'there',
])

/** A message repeats an earlier one when this share of its content words were in it. */
const SAME_ASK_OVERLAP = 0.7
/** …and it has at least this many distinct content words (short replies repeat by chance). */
const SAME_ASK_MIN_WORDS = 4
/** Exclamation marks plus shouted words above the loudest earlier message that read as escalating. */
const LOUDER_BY = 2
/** A restated detail's pull: a correction is a little short of content, not a complaint. */
const RESTATED_WEIGHT = -0.15
/** Characters of an earlier message looked at. */
const PREVIOUS_CHARS = 4000

function wordNorms(tokens: readonly Token[]): string[] {
  const out: string[] = []
  for (const t of tokens) if (t.kind === 'word') out.push(t.norm)
  return out
}

/** Phrases by their first word, so a message is scanned once whatever the number of phrases. */
type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>

function indexPhrases(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>()
  for (const p of phrases) {
    const first = p[0] as string
    index.set(first, [...(index.get(first) ?? []), p])
  }
  return index
}

const SELF_EVIDENT_INDEX = indexPhrases(SELF_EVIDENT)
const BACK_REFERENCE_INDEX = indexPhrases(BACK_REFERENCES)

function hasPhrase(words: readonly string[], index: PhraseIndex): boolean {
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i] as string)
    if (candidates === undefined) continue
    next: for (const phrase of candidates) {
      if (i + phrase.length > words.length) continue
      for (let k = 1; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue next
      return true
    }
  }
  return false
}

function contentWords(words: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const w of words) if (w.length >= 4 && !FILLER.has(w)) out.add(w)
  return out
}

// A short reply that says again a detail the customer gave before ("No, 6:30.", "Friday, please. Not
// Saturday.", "The Martian. again.") corrects what was understood: in task dialogues with a rated
// outcome it is the commonest sign of a dissatisfied user, who seldom says so in words. A
// confirmation ("Yes, 6:30 is right") or thanks is not one.
const RESTATED_MAX_WORDS = 8
/** …whose repeated details are at least a third of its words: "No, 6:30." is all detail. */
const RESTATED_SHARE_OF_WORDS = 3
const AFFIRMATIONS = new Set([
  'yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'correct', 'right', 'exactly', 'great', 'perfect', 'thanks', 'thank',
  'sounds', 'absolutely', 'definitely', 'awesome', 'cool', 'fine', 'alright', 'lovely', 'brilliant', 'hi', 'hello', 'hey',
])

/**
 * The details of a message a restatement would repeat: numbers, weekdays and the less common words
 * (four letters or more, not a word every message has). Words the reader found feeling in are not
 * details ("really", "sorry" said twice are no correction); `feeling` marks them by token index.
 */
function details(tokens: readonly Token[], feeling?: Uint8Array): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (feeling?.[i] === 1) continue
    if (t.kind === 'number' || (t.kind === 'hashtag' && /\d/.test(t.norm))) out.add(t.norm)
    else if (t.kind === 'word' && ((t.flags & W_DAY) !== 0 ? t.flags >>> LANG_SHIFT === 0 : t.flags === 0 && t.norm.length >= 4 && !FILLER.has(t.norm))) out.add(t.norm)
  }
  return out
}

/** True for a short reply, not a confirmation, at least half of whose details the customer gave before. */
function isRestatement(tokens: readonly Token[], cues: readonly Cue[], previous: readonly string[]): boolean {
  let words = 0
  let first: Token | undefined
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'number') continue
    first ??= t
    if (++words > RESTATED_MAX_WORDS) return false
  }
  if (first === undefined || AFFIRMATIONS.has(first.norm)) return false
  // Said again with an exclamation it is an outcry ("Wait! … Wait, wait, wait!"), not a correction.
  if (tokens.some((t) => t.kind === 'punct' && t.norm.includes('!'))) return false
  const feeling = new Uint8Array(tokens.length)
  for (const c of cues) {
    if (c.weight === 0) continue
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token
      if (t.start < c.end && c.start < t.end) feeling[i] = 1
    }
  }
  const mine = details(tokens, feeling)
  if (mine.size === 0) return false
  const before = new Set<string>()
  for (const p of previous) for (const d of details(tokenize(p, 0, Math.min(p.length, PREVIOUS_CHARS)))) before.add(d)
  let shared = 0
  for (const d of mine) if (before.has(d)) shared++
  return shared > 0 && shared * 2 >= mine.size && shared * RESTATED_SHARE_OF_WORDS >= words
}

function loudness(text: string): number {
  let marks = 0
  for (let i = 0; i < text.length && i < PREVIOUS_CHARS; i++) if (text.charCodeAt(i) === 0x21) marks++
  const caps = text.slice(0, PREVIOUS_CHARS).match(/\b[A-Z]{3,}\b/g)?.length ?? 0
  return marks + caps
}

/** What the message says of itself, from its own cues, that the context rules need. */
interface OwnCues {
  readonly problem: boolean
  readonly sincere: boolean
}

// A fault report weaker than a rule's (the English learned one, -0.25) is not enough for "still" or
// "again" to point back: "However, the domain still points to the old host. What is the next step?"
// is a migration going as planned.
const NAMED_FAULT = -0.3

function ownCues(cues: readonly Cue[]): OwnCues {
  const problem = cues.some((c) => c.weight <= NAMED_FAULT)
  const warm = cues.some((c) => c.kind === 'gratitude' || c.kind === 'praise')
  return { problem, sincere: warm && !problem }
}

function mentionsAgain(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (((tokens[i] as Token).flags & W_AGAIN) !== 0) return true
  return false
}

// Words that say the thing seen before is seen again: "internet light... blinking red again",
// "'Incompatible cartridge'. Same message word for word." ("still" says as much of what goes well:
// "the site is still up".)
const PERSISTS = new Set(['again', 'same'])
// Words this long that an earlier message of the customer's also used name what they reported;
// two of them, so the object alone is not the fault ("green light again" after "a red light").
const ECHO_MIN_LETTERS = 5
const ECHO_MIN_SHARED = 2

/** A code of letters and digits ("f22", "e3", "cr2032"): what a device shows, or names, exactly. */
function isCode(w: string): boolean {
  return w.length >= 2 && /\d/.test(w) && /[a-z]/.test(w)
}

/**
 * The fault the customer reported, seen again: words of an earlier message of theirs (the thing
 * that failed, "blinking", "cartridge") beside "again" or "same", with no fault word of the
 * message's own to say so: "Waited the full 5 minutes. Power light green, wifi light green, internet
 * light... blinking red again." after the step the customer took.
 */
function echoesFault(words: readonly string[], previous: readonly string[]): boolean {
  let persists = false
  for (let i = 0; i < words.length && !persists; i++) {
    const w = words[i] as string
    if (PERSISTS.has(w) && !(w === 'again' && i > 0 && NOT_A_REPEAT_BEFORE_AGAIN.has(words[i - 1] as string))) persists = true
  }
  if (!persists) return false
  const mine = new Set<string>()
  for (const w of words) if ((w.length >= ECHO_MIN_LETTERS && !FILLER.has(w) && !PERSISTS.has(w)) || isCode(w)) mine.add(w)
  if (mine.size === 0) return false
  // The first message given is where the customer told the problem; a later one may tell a state
  // that was fine ("showing a green light", then "green light again").
  const first = previous[0]
  if (first === undefined) return false
  const shared = new Set<string>()
  let weight = 0
  for (const w of wordNorms(tokenize(first, 0, Math.min(first.length, PREVIOUS_CHARS)))) {
    if (!mine.has(w) || shared.has(w)) continue
    shared.add(w)
    // A fault code is the fault itself: "F22 again" after "the boiler shows fault code F22".
    weight += isCode(w) ? ECHO_MIN_SHARED : 1
  }
  return weight >= ECHO_MIN_SHARED
}

/** Whether the message asks anything: "Is the new house on the same tariff?" reports nothing seen. */
function asksAnything(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'punct' && t.norm.includes('?')) return true
  return false
}

/** Does the message point back at, or repeat, what the customer said before? */
function isRepeat(words: readonly string[], own: OwnCues, previous: readonly string[], asks: boolean): boolean {
  if (own.sincere) return false
  if (hasPhrase(words, SELF_EVIDENT_INDEX)) return true
  if (previous.length === 0) return false
  if (hasPhrase(words, BACK_REFERENCE_INDEX)) return true
  if (own.problem) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string
      if (!SOFT_BACK_REFERENCES.has(w)) continue
      if (w === 'again' && i > 0 && NOT_A_REPEAT_BEFORE_AGAIN.has(words[i - 1] as string)) continue
      return true
    }
  }
  if (!asks && echoesFault(words, previous)) return true
  const mine = contentWords(words)
  if (mine.size < SAME_ASK_MIN_WORDS) return false
  for (const p of previous) {
    const theirs = contentWords(wordNorms(tokenize(p, 0, Math.min(p.length, PREVIOUS_CHARS))))
    let shared = 0
    for (const w of mine) if (theirs.has(w)) shared++
    if (shared / mine.size >= SAME_ASK_OVERLAP) return true
  }
  return false
}

/**
 * Adds the cues that depend on the customer's earlier messages (`context.previous`): a
 * `repeat-contact` when the message refers back to them or asks the same thing again (or says
 * outright that the customer has written before, which needs no earlier message), and
 * `escalating-intensity` when a message that is not plain thanks or praise is clearly louder than
 * the loudest of them (the customer's own baseline). The number of
 * earlier messages is no evidence by itself: a calm third message stays calm. Callers skip this
 * for text in a language the reader does not support, whose words it cannot read.
 */
export function addContextCues(cues: Cue[], rules: (CueRule | undefined)[], tokens: readonly Token[], context: ReadContext, ownLoudness: number): void {
  // Without earlier messages only a self-evident phrase can add a cue, and each one holds "again"
  // or "already": most messages hold neither, and are done after one pass over their flags.
  if ((context.previous === undefined || context.previous.length === 0) && !mentionsAgain(tokens)) return
  const previous = (context.previous ?? []).map((p) => (typeof p === 'string' ? p : p.text))
  const own = ownCues(cues)
  if (!cues.some((c) => c.kind === 'repeat-contact') && isRepeat(wordNorms(tokens), own, previous, asksAnything(tokens))) {
    cues.push({ kind: 'repeat-contact', start: 0, end: 0, explicit: false, weight: -0.4, emotion: 'frustration', text: '' })
    rules.push(undefined)
  }
  if (previous.length === 0) return
  if (!own.sincere && !cues.some((c) => c.kind === 'repeat-contact') && isRestatement(tokens, cues, previous)) {
    cues.push({ kind: 'restated-ask', start: 0, end: 0, explicit: false, weight: RESTATED_WEIGHT, emotion: 'frustration', text: '' })
    rules.push(undefined)
  }
  let before = 0
  for (const p of previous) before = Math.max(before, loudness(p))
  if (!own.sincere && ownLoudness >= before + LOUDER_BY) {
    cues.push({ kind: 'escalating-intensity', start: 0, end: 0, explicit: false, weight: -0.3, emotion: 'frustration', text: '' })
    rules.push(undefined)
  }
}
