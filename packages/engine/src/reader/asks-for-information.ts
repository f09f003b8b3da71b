import type { CueDetection } from '../signals/detect-cues.js'
import { LANGUAGE_CUES } from '../signals/lang/cue-tables.js'
import type { Token } from '../text/token.js'

/**
 * Words a support message greets with before its question: "Hi team, how do I…?". A bare
 * message of them is a greeting (the reader's formalities use the same list).
 */
export const GREETING_WORDS: ReadonlySet<string> = new Set(['hi', 'hii', 'hello', 'helloo', 'hey', 'heyy', 'hiya', 'heya', 'howdy', 'greetings', 'yo', 'there', 'team', 'all', 'everyone', 'folks', 'guys', 'support', 'namaste', 'salaam', 'morning', 'evening', 'afternoon', 'hallo', 'po', 'sir', 'sirs', 'madam', 'maam', "ma'am", 'mam', 'ma', 'dear', 'howzit', "g'day", 'gday', 'hullo', 'hiyah', 'sawubona', 'ahoy'])

interface QuestionWords {
  readonly openers: ReadonlySet<string>
  readonly greetings: ReadonlySet<string>
  readonly anywhere: boolean
}

// Words that open a request for information ("How much does…?", "Can I…?"); "why" and "what's wrong"
// open complaints as often.
/** English words that open a request for information. */
export const ENGLISH_QUESTION_OPENERS: readonly string[] = ['how', 'what', 'when', 'where', 'which', 'who', 'can', 'could', 'is', 'are', 'do', 'does', 'will', 'would', 'may', 'should', 'have', 'has']
const ENGLISH: QuestionWords = {
  openers: new Set(ENGLISH_QUESTION_OPENERS),
  greetings: GREETING_WORDS,
  anywhere: false,
}
const COMPLAINT_IN_QUESTION = new Set(['wrong', 'why', 'stupid', 'seriously', 'hell', 'heck'])

// Each language's words as typed too (without accents, folded Arabic letters), lower-cased as tokens are.
function withVariants(words: readonly string[], variants: ((w: string) => readonly string[]) | undefined): Set<string> {
  const out = new Set<string>()
  for (const w of words) {
    const lower = w.toLowerCase()
    out.add(lower)
    for (const v of variants?.(lower) ?? []) out.add(v)
  }
  return out
}

const BY_LANGUAGE = new Map<string, QuestionWords>([['en', ENGLISH], ['und', ENGLISH]])
for (const [language, cues] of Object.entries(LANGUAGE_CUES)) {
  if (cues.questionWords === undefined) continue
  BY_LANGUAGE.set(language, {
    openers: withVariants(cues.questionWords, cues.variants),
    greetings: withVariants(cues.greetings ?? [], cues.variants),
    anywhere: cues.questionWordsAnywhere === true,
  })
}

/**
 * A plain question that asks for information: it opens with a question word of its language (after
 * any greeting; anywhere in a verb-final language) and carries no intensifier and no word of
 * complaint. "How much does the family plan cost per month?" and "Bonjour, quels sont vos horaires
 * ?" do; "What is wrong with my account?" and "Why would they take our keys?" do not. `greeted`
 * marks the words of a greeting or wish the reader found as a formality ("Good morning, hope everyone
 * had a relaxing weekend. Could you tell me…?"), which a question may follow like a greeting word.
 */
export function asksForInformation(tokens: readonly Token[], detection: CueDetection, language: string, greeted?: (t: Token) => boolean): boolean {
  if (detection.intensifiers > 0 || detection.capsWords > 0) return false
  const words = BY_LANGUAGE.get(language)
  if (words === undefined) return false
  let opened = false
  let greeting = true
  let any = false
  for (const t of tokens) {
    if (t.kind !== 'word') continue
    any = true
    if (COMPLAINT_IN_QUESTION.has(t.norm)) return false
    if (opened) continue
    if (words.openers.has(t.norm)) opened = true
    else if (greeting && (words.greetings.has(t.norm) || greeted?.(t) === true)) continue
    else if (!words.anywhere) return false
    greeting = false
  }
  return any && opened
}
