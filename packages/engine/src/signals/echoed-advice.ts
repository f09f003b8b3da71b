/**
 * Advice thrown back as a question and then praised: "Clear my cache? Wow, what a brilliant idea.",
 * "Reinstall the app? Genius.", "Have I tried turning it off and on? Amazing advice, truly." The
 * echo is the customer repeating the agent's suggestion, and praise of it after the echo is sarcasm
 * unless the suggestion worked ("Restart it? Great, that worked!").
 */
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { mayBeIn, setSignature } from '../text/word-class.js'

// Verbs that open troubleshooting advice ("Restart it?", "Check my spam folder?").
const ADVICE_VERBS: ReadonlySet<string> = new Set([
  'restart', 'reboot', 'reinstall', 'uninstall', 'install', 'clear', 'update', 'upgrade', 'downgrade', 'check', 'try', 'turn',
  'log', 'sign', 'unplug', 'plug', 'reset', 'refresh', 'reload', 'delete', 'contact',
  'disable', 'enable', 'download', 'power', 'empty', 'flush', 'reconnect', 'relaunch', 'rename',
  'resend', 'resubmit', 'retry', 'reopen', 'remove', 'toggle', 'sync', 'resync',
])
// "Have I tried…?", "Did we try…?": the advice quoted back as a question about the customer ("did
// you try the new menu? Amazing!" recommends, so only the first person counts).
const TRIED_OPENERS: ReadonlySet<string> = new Set(['have', 'did'])
const TRIED_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we'])
const TRIED_WORDS: ReadonlySet<string> = new Set(['tried', 'try'])
const TRIED_SIG = setSignature(TRIED_WORDS)
// Praise of the advice, or disbelief that it is new.
const PRAISE_OF_ADVICE: ReadonlySet<string> = new Set([
  'brilliant', 'genius', 'great', 'amazing', 'wonderful', 'fantastic', 'awesome', 'groundbreaking', 'revolutionary', 'helpful',
  'wow', 'gosh', 'incredible', 'insightful', 'clever', 'inspired', 'novel', 'excellent', 'superb', 'marvellous', 'marvelous',
  'thrilling', 'riveting', 'exciting', 'fascinating',
])
// Said when the advice worked: then the praise is sincere.
const WORKED: ReadonlySet<string> = new Set(['worked', 'works', 'working', 'fixed', 'solved', 'resolved', 'sorted', 'trick'])
// An echo is short: a longer question is a question of its own.
const ECHO_MAX_WORDS = 8

/**
 * The span `[from, to)` of the sentences after an echoed piece of advice that praise it or say it
 * was never thought of, or undefined when the message has no such echo.
 */
export function echoedAdvice(tokens: readonly Token[], sentences: readonly SentenceRange[]): [number, number] | undefined {
  const first = sentences[0]
  if (first === undefined) return undefined
  if (sentences.length < 2 || !isEcho(tokens, first)) return thankedAdvice(tokens)
  let from = -1
  let to = -1
  for (let s = 1; s < sentences.length; s++) {
    const r = sentences[s] as SentenceRange
    for (let i = r.from; i < r.to; i++) {
      const t = tokens[i] as Token
      if (t.kind !== 'word') continue
      if (WORKED.has(t.norm)) return undefined
      const praise =
        PRAISE_OF_ADVICE.has(t.norm) ||
        (t.norm === 'never' && tokens[i + 1]?.norm !== 'mind') ||
        (t.norm === 'as' && tokens[i + 1]?.norm === 'if') ||
        // "Why didn't I think of that."
        ((t.norm === "didn't" || t.norm === 'didnt') && tokens[i + 2]?.norm === 'think')
      if (praise) {
        if (from < 0) from = r.from
        to = r.to
      }
    }
  }
  return from < 0 ? undefined : [from, to]
}

/** A short question that opens with advice ("Clear my cache?") or asks whether it was tried. */
function isEcho(tokens: readonly Token[], r: SentenceRange): boolean {
  const last = tokens[r.to - 1]
  if (last === undefined || last.kind !== 'punct' || !last.norm.includes('?')) return false
  let words = 0
  let tried = false
  let firstWord: Token | undefined
  let secondWord: Token | undefined
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    words++
    if (firstWord === undefined) firstWord = t
    else secondWord ??= t
    if (mayBeIn(TRIED_SIG, t.info) && TRIED_WORDS.has(t.norm)) tried = true
  }
  if (firstWord === undefined || words > ECHO_MAX_WORDS) return false
  if (ADVICE_VERBS.has(firstWord.norm)) return true
  return TRIED_OPENERS.has(firstWord.norm) && secondWord !== undefined && TRIED_SUBJECTS.has(secondWord.norm) && tried
}

// Thanks for a piece of advice: "thanks for telling me to check my spam folder", "cheers for suggesting I restart it".
const THANKS_OPENERS: ReadonlySet<string> = new Set(['thanks', 'thank', 'thx', 'cheers', 'ty'])
const THANKS_SIG = setSignature(THANKS_OPENERS)
const TOLD_VERBS: ReadonlySet<string> = new Set(['telling', 'suggesting', 'advising', 'reminding', 'recommending', 'asking', 'instructing'])
// Words up to which the thanks, the verb and the advice verb stand apart ("thank you so much for telling me to…").
const THANKED_ADVICE_WITHIN = 8
// The disbelief that says the advice was obvious: "never would have guessed…", "would never have thought…".
const COULD_HAVE: ReadonlySet<string> = new Set(['would', 'could', "would've", 'wouldve', "could've", 'couldve', "i'd", 'id', 'have'])

/**
 * Advice thanked for, then called something the customer could never have worked out: "thanks for
 * telling me to check my spam folder, never would have guessed email has one". The span runs from the
 * thanks to the end of the disbelief's sentence. Thanks for advice that worked ("thanks for telling me
 * to restart it, never would have thought of that and it works now") is sincere, as with an echo.
 */
function thankedAdvice(tokens: readonly Token[]): [number, number] | undefined {
  let from = -1
  let adviceAt = -1
  for (let i = 0; i < tokens.length && adviceAt < 0; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word' || !mayBeIn(THANKS_SIG, t.info) || !THANKS_OPENERS.has(t.norm)) continue
    let told = false
    for (let j = i + 1; j < tokens.length && j <= i + THANKED_ADVICE_WITHIN; j++) {
      const w = tokens[j] as Token
      if (w.kind !== 'word') break
      if (TOLD_VERBS.has(w.norm)) told = true
      else if (told && ADVICE_VERBS.has(w.norm)) {
        from = i
        adviceAt = j
        break
      }
    }
  }
  if (adviceAt < 0) return undefined
  let disbelief = -1
  for (let i = adviceAt + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    if (WORKED.has(t.norm)) return undefined
    if (disbelief >= 0) continue
    if (t.norm === 'never' && (COULD_HAVE.has(tokens[i - 1]?.norm ?? '') || COULD_HAVE.has(tokens[i + 1]?.norm ?? ''))) disbelief = i
  }
  if (disbelief < 0) return undefined
  let to = disbelief + 1
  while (to < tokens.length && !isSentenceEnd(tokens[to] as Token)) to++
  return [from, to]
}

function isSentenceEnd(t: Token): boolean {
  return t.kind === 'punct' && (t.norm === '.' || t.norm.includes('!') || t.norm.includes('?'))
}
