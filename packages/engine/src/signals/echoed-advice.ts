/**
 * Advice thrown back as a question and then praised: "Clear my cache? Wow, what a brilliant idea.",
 * "Reinstall the app? Genius.", "Have I tried turning it off and on? Amazing advice, truly." The
 * echo is the customer repeating the agent's suggestion, and praise of it after the echo is sarcasm
 * unless the suggestion worked ("Restart it? Great, that worked!").
 */
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'

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
  if (first === undefined || sentences.length < 2 || !isEcho(tokens, first)) return undefined
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
    if (TRIED_WORDS.has(t.norm)) tried = true
  }
  if (firstWord === undefined || words > ECHO_MAX_WORDS) return false
  if (ADVICE_VERBS.has(firstWord.norm)) return true
  return TRIED_OPENERS.has(firstWord.norm) && secondWord !== undefined && TRIED_SUBJECTS.has(secondWord.norm) && tried
}
