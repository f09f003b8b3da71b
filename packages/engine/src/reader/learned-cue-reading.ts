import type { LearnedCueScorer } from '../model/learned-cues.js'
import type { CueRule } from '../signals/cue-rules.js'
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { isMeantPraise, keepCues } from './keep-cues.js'
import type { Cue, CueKind, Emotion } from './reading.js'

function rule(kind: CueKind, weight: number, emotion: Emotion, strength: number): CueRule {
  return { kind, explicit: false, weight, emotion, strength, patterns: [] }
}

// A learned cue pulls as the phrase rules of its kind do (cue-rules.ts): it stands in for a phrase
// no rule knows.
const CHURN = rule('churn-threat', -0.8, 'frustration', 0.7)

const ENGLISH_RULES: Partial<Record<CueKind, CueRule>> = {
  sarcasm: rule('sarcasm', -0.85, 'sarcasm', 0.85),
  'grudging-acceptance': rule('grudging-acceptance', -0.75, 'frustration', 0.45),
  'churn-threat': CHURN,
  'repeat-contact': rule('repeat-contact', -0.7, 'frustration', 0.75),
  'human-request': rule('human-request', -0.35, 'frustration', 0.35),
  'time-pressure': rule('time-pressure', -0.3, 'urgency', 0.85),
  'clipped-sentences': rule('clipped-sentences', -0.5, 'frustration', 0.55),
  // A fault no rule names ("The online exam portal won't let my son log in and his test closes at
  // midnight tonight.": urgency 0.23 with no fault found, 0.72 with it). It makes a deadline
  // pressing and names a technical report's fault; at -0.25 it pulls a little less than a rule's
  // fault report and is no "negative cue" under praise (positive-over-negative.ts), which at -0.3
  // read "Lovely, but the delivery slot has moved to Friday." as sarcasm. From 0.85, as in the other
  // languages: rounds 61, 65 and 67 held out of training read 29 -> 27, 31 -> 29 and 35 -> 33 of 200
  // missed; it fired on no TweetEval or GoEmotions validation text and moved no MOOC urgency.
  'issue-report': rule('issue-report', -0.25, 'frustration', 0.2),
  // Delight no rule's words name (round 79's sincere messages read 102 of 200 neutral or negative):
  // pulls as a rule's praise does, only where no rule found praise and nothing is sarcastic (from
  // 0.5 since 2026-12-07: train-learned-cues.ts).
  praise: rule('praise', 0.8, 'satisfaction', 0.85),
}

// The other languages' complaint: a message that reports a fault the way an unhappy customer does.
const OTHER_LANGUAGES_RULES: Partial<Record<CueKind, CueRule>> = {
  'churn-threat': CHURN,
  'issue-report': rule('issue-report', -0.8, 'frustration', 0.7),
}

/** How a learned model's cues read: each kind's rule, and the kinds added beside a rule's cue of the kind. */
export interface LearnedCueShapes {
  readonly rules: Readonly<Partial<Record<CueKind, CueRule>>>
  readonly besideRules: ReadonlySet<CueKind>
}

/** The English learned cues: each added only where no rule found its kind. */
export const ENGLISH_LEARNED_SHAPES: LearnedCueShapes = { rules: ENGLISH_RULES, besideRules: new Set() }

/**
 * The other languages': the complaint is added even beside a table's fault report, which marks a
 * fault named ("no funciona", -0.3), where the learned one hears the whole message complain.
 */
export const OTHER_LANGUAGES_LEARNED_SHAPES: LearnedCueShapes = { rules: OTHER_LANGUAGES_RULES, besideRules: new Set(['issue-report']) }

// Fewer words than this give the models too little to go on ("Hi!", "ok thanks").
const MIN_WORDS = 3

/**
 * Adds, for each kind the learned models hear in the message and no rule found, one cue over the
 * sentence that sounds most like it (the whole message when it is one sentence). `probs` receives
 * the whole message's probabilities (all 0 when it is too short to score). Returns whether the
 * message was scored.
 */
export function addLearnedCues(scorer: LearnedCueScorer, shapes: LearnedCueShapes, text: string, tokens: readonly Token[], sentences: readonly SentenceRange[], cues: Cue[], rules: (CueRule | undefined)[], probs: Float64Array, tone: (tokens: readonly Token[]) => number): boolean {
  let words = 0
  for (let i = 0; i < tokens.length && words < MIN_WORDS; i++) if ((tokens[i] as Token).kind === 'word') words++
  if (words < MIN_WORDS) {
    probs.fill(0)
    return false
  }
  if (sentences.length > WINDOW_SENTENCES && tokens.length > WHOLE_MESSAGE_TOKENS) scoreByWindows(scorer, tokens, sentences, probs)
  else scorer.score(tokens, 0, tokens.length, probs)
  const { kinds, thresholds } = scorer.model
  let found: number[] | undefined
  for (let k = 0; k < kinds.length; k++) {
    if ((probs[k] as number) < (thresholds[k] as number)) continue
    const kind = kinds[k] as CueKind
    const r = shapes.rules[kind]
    if (r === undefined || (!shapes.besideRules.has(kind) && cues.some((c) => c.kind === kind))) continue
    if (kind === 'sarcasm' && (saysItWorks(tokens) || saysArrived(tokens, cues) || !sarcasmStands(tokens, cues, tone, heardWithoutDelight(probs, kinds)))) continue
    if (kind === 'praise' && (cues.some((c) => c.kind === 'sarcasm') || awaits(tokens) || amazementOnly(tokens, cues))) continue
    // A step agreed to, every word of it ("Fine, I'll clear the cookies and report back."), gives nothing up.
    if (kind === 'grudging-acceptance' && stepAgreed(tokens, cues)) continue
    found ??= []
    found.push(k)
  }
  if (found === undefined) return true
  // Sarcasm heard turns the praise over: the learned praise is not added beside it.
  if (found.some((k) => kinds[k] === 'sarcasm')) found = found.filter((k) => kinds[k] !== 'praise')
  const spans = found.map((k) => bestSentence(scorer, tokens, sentences, k))
  // Sarcasm says the praise and thanks around it are not meant: they no longer pull toward positive,
  // as the phrase rules' sarcasm takes back the praise it spans.
  if (found.some((k) => kinds[k] === 'sarcasm')) keepCues(cues, rules, (c) => !isMeantPraise(c))
  found.forEach((k, i) => {
    const r = shapes.rules[kinds[k] as CueKind] as CueRule
    const [from, to] = spans[i] as [number, number]
    const start = (tokens[from] as Token).start
    const end = (tokens[to - 1] as Token).end
    cues.push({ kind: r.kind, start, end, explicit: false, weight: r.weight, text: text.slice(start, end), emotion: r.emotion as Emotion })
    rules.push(r)
  })
  return true
}

// Words of a customer still waiting on the outcome ("hoping to hear back", "let me know"): "ok thank u!! fingers crossed theyre back before
// we leave" thanks for the effort, it does not say the problem is solved, and praise would (a
// conversation reads a message with praise as the problem resolved).
const AWAITING = new Set(['fingers', 'hopefully', 'posted', 'updated'])

const ARRIVED = new Set(['arrived', 'landed', 'received', 'delivered', 'came'])
const ARRIVED_AFTER = new Set(['now', 'today', 'safely', 'safe', 'fine', 'perfectly', 'intact', 'through'])
const NOT_ARRIVED_BEFORE = new Set(['not', 'never', "hasn't", 'hasnt', "haven't", 'havent', "didn't", 'didnt', 'still', 'finally'])

// Words that make the arrival the time of something else: "already dead when it arrived", "expired the
// day before the renewal reminder arrived".
const TIME_CLAUSE = new Set(['when', 'before', 'after', 'until', 'till', 'once', 'by', 'since', 'as'])

/** Whether one of the four words before token `i` opens a clause of time ("…when it arrived"). */
function timedClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (TIME_CLAUSE.has((tokens[k] as Token).norm)) return true
  return false
}

/**
 * Whether the message says what was awaited has come, at a clause's end, with no fault a rule names:
 * "Brilliant, the documents have arrived. Thank you for being so patient…" is thanks for good news
 * ("…arrived in a mere four days" goes on to say how; "finally arrived" is a wait told).
 */
function saysArrived(tokens: readonly Token[], cues: readonly Cue[]): boolean {
  if (cues.some((c) => c.weight <= -0.3)) return false
  for (let i = 0; i < tokens.length; i++) {
    if (!ARRIVED.has((tokens[i] as Token).norm)) continue
    const next = tokens[i + 1]
    const before = tokens[i - 1]
    if ((next === undefined || next.kind !== 'word' || ARRIVED_AFTER.has(next.norm)) && !(before !== undefined && NOT_ARRIVED_BEFORE.has(before.norm)) && !timedClause(tokens, i)) return true
  }
  return false
}

/** Whether an acknowledgement a rule found spans every word of the message. */
function stepAgreed(tokens: readonly Token[], cues: readonly Cue[]): boolean {
  const ack = cues.find((c) => c.kind === 'acknowledgement')
  if (ack === undefined) return false
  return tokens.every((t) => t.kind !== 'word' || (t.start >= ack.start && t.end <= ack.end))
}

const WORKS = new Set(['works', 'working', 'worked'])
const WORKS_NEAR = new Set(['now', 'again', 'perfectly', 'fine', 'great'])

/**
 * Whether the message says the thing works now ("…I never knew there was a new version and now it
 * works.", "it's working again"): thanks for a fix, which the learned sarcasm, trained on thanks for
 * advice that failed, hears in the same words.
 */
function saysItWorks(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!WORKS.has((tokens[i] as Token).norm)) continue
    for (let j = Math.max(0, i - 2); j <= i + 1 && j < tokens.length; j++) if (j !== i && WORKS_NEAR.has((tokens[j] as Token).norm)) return true
  }
  return false
}

/**
 * Whether every word is amazement with nothing to say which way, or its intensifier ("Unreal.
 * Absolutely unreal."): the learned praise hears delight there, but the words may as well be outrage.
 */
function amazementOnly(tokens: readonly Token[], cues: readonly Cue[]): boolean {
  for (const t of tokens) {
    if (t.kind !== 'word') continue
    if (!cues.some((c) => (c.kind === 'ambiguous-term' || c.kind === 'intensifier') && c.start <= t.start && t.end <= c.end)) return false
  }
  return true
}

function awaits(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (AWAITING.has(t.norm)) return true
    if (t.norm === 'let' && tokens[i + 1]?.norm === 'me' && tokens[i + 2]?.norm === 'know') return true
    if (t.norm === 'hear' && tokens[i + 1]?.norm === 'back') return true
  }
  return false
}

// The learned praise's probability under which the learned sarcasm may stand without bad news.
const DELIGHT_HEARD = 0.5
/** Whether the learned praise, trained on sincere delight and thanks against sarcasm, hears no delight. */
function heardWithoutDelight(probs: Float64Array, kinds: readonly string[]): boolean {
  const praise = kinds.indexOf('praise')
  return praise >= 0 && (probs[praise] as number) < DELIGHT_HEARD
}

// Smiles that are warm and rarely sneer (not 👏 or 🙂, which sarcasm uses as often as praise does).
const WARM_SMILES: ReadonlySet<string> = new Set(['😊', '☺️', '☺', '😀', '😃', '😄', '😁', '🥰', '😍', '🤗'])

// How negative the model must read the message without its praise and thanks for the learned sarcasm
// to stand: "Great, the 'Download' link is back on the page now." sounds like the written sarcasm
// ("Great, the …") but says nothing bad.
const BAD_TONE = -0.1
// Where the learned praise hears no delight, the rest need only not read good: most sarcasm tells its
// fault as a plain event no word marks bad ("Fantastic that my dog went in white and came home
// green."), which the model reads flat, while sincere praise in the same frame goes on to say
// something good ("Great job on the new release, the editor is so much faster.").
const NOT_GOOD_TONE = 0.2
/**
 * Whether the learned sarcasm stands: the model, reading the message without the praise and thanks a
 * rule found, hears something bad; or, `alone` (the learned praise hears no delight), nothing good.
 * With no praise a rule knows ("Check the spam folder? What a revelation. Did that. Twice."), the
 * whole message is read: until 2026-12-07 a rule's praise was required, and on round 72, written
 * after that, 2 of 13 sarcastic messages the learned model heard were lost to it. The learned
 * sarcasm alone is not enough: it hears "Love how the groomer got Max so fluffy. Truly a gift." at
 * 0.97 and "Great job on the wedding cake. Real talent there." at 0.89, openings its sarcastic
 * examples use more than its sincere ones. Out of fold (the 8,987 English written sentences in five
 * folds by round, 256 of 1,181 sarcastic ones missed), standing where the rest does not read good
 * (< 0.2) read 34 missed sarcastic sentences right and 3 delighted ones wrong; with no tone asked at
 * all 72 and 5, and the two sincere sentences above wrong. Sincere praise outnumbers sarcasm in
 * support traffic many times over, so the surer rule ships.
 */
function sarcasmStands(tokens: readonly Token[], cues: readonly Cue[], tone: (tokens: readonly Token[]) => number, alone: boolean): boolean {
  // Praise spans in order of start, walked beside the tokens (linear, as reading must stay).
  const praise = cues.filter((c) => (c.kind === 'praise' || c.kind === 'gratitude') && c.weight > 0).sort((a, b) => a.start - b.start)
  // Frustration said outright, with nothing praised or thanked, is not said sideways: "my smart
  // thermostat keeps showing 'offline' in the app, bit annoying." (the twenty-third session's retrain
  // heard quoted status words as sarcasm).
  if (praise.length === 0 && cues.some((c) => c.kind === 'explicit-emotion' && c.weight < 0 && c.emotion !== 'confusion')) return false
  const rest: Token[] = praise.length === 0 ? (tokens as Token[]) : []
  let p = 0
  let reach = -1
  if (praise.length > 0) {
    for (const t of tokens) {
      while (p < praise.length && (praise[p] as Cue).start <= t.start) reach = Math.max(reach, (praise[p++] as Cue).end)
      if (t.end > reach) rest.push(t)
    }
  }
  // A word or none left beside the praise and thanks ("for" in "Wonderful, that's everything I needed.
  // Thank you for such a thorough answer.") tells nothing bad.
  let restWords = 0
  for (const t of rest) if (t.kind === 'word') restWords++
  if (restWords < 2) return false
  // A smile with no fault a rule names is meant: "Brilliant, thanks so much! Off for a swim then 😊"
  // (the model hears "off" as bad news).
  if (!cues.some((c) => c.weight <= -0.3) && tokens.some((t) => t.kind === 'emoji' && WARM_SMILES.has(t.norm))) return false
  const w = tone(rest)
  return w <= BAD_TONE || (alone && w < NOT_GOOD_TONE)
}

// The learned models read sentences and short messages, summing their n-grams unscaled by length: over
// a long e-mail the sums drift, and forty lines of "We use the export for the board report." made the
// message sarcastic and grudging. Past this many tokens (a long e-mail: the written sentences they learn
// from are mostly under sixty words) each kind's probability is its highest over windows of a few
// sentences, as long as the sarcasm that needs its praise and its fault side by side.
const WHOLE_MESSAGE_TOKENS = 120
const WINDOW_SENTENCES = 3

/** Each kind's highest probability over windows of `WINDOW_SENTENCES` consecutive sentences, into `probs`. */
function scoreByWindows(scorer: LearnedCueScorer, tokens: readonly Token[], sentences: readonly SentenceRange[], probs: Float64Array): void {
  probs.fill(0)
  const window = new Float64Array(probs.length)
  for (let i = 0; i + WINDOW_SENTENCES <= sentences.length; i++) {
    const from = (sentences[i] as SentenceRange).from
    const to = (sentences[i + WINDOW_SENTENCES - 1] as SentenceRange).to
    if (to <= from) continue
    scorer.score(tokens, from, to, window)
    for (let k = 0; k < probs.length; k++) if ((window[k] as number) > (probs[k] as number)) probs[k] = window[k] as number
  }
}

/** The token span of the sentence whose probability for kind `k` is highest. */
function bestSentence(scorer: LearnedCueScorer, tokens: readonly Token[], sentences: readonly SentenceRange[], k: number): [number, number] {
  if (sentences.length <= 1) return [0, tokens.length]
  const probs = new Float64Array(scorer.model.kinds.length)
  let best: [number, number] = [0, tokens.length]
  let top = -1
  for (const s of sentences) {
    if (s.to <= s.from) continue
    scorer.score(tokens, s.from, s.to, probs)
    if ((probs[k] as number) > top) {
      top = probs[k] as number
      best = [s.from, s.to]
    }
  }
  return best
}
