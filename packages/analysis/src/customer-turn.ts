/**
 * What a customer message says about where the conversation stands: whether it is a satisfied
 * close ("Thanks, that fixed it!"), whether it says the problem is solved, and whether the
 * reader could read it at all. Escalation, waits, urgency and handoff all ask these questions, so
 * they are answered once, here.
 */
import type { CueKind } from '@undertone/engine'
import type { MessageReading } from './conversation-input.js'

// Cue kinds that say something is still wrong, whatever the tone around them.
const PROBLEM_CUES: ReadonlySet<CueKind> = new Set([
  'repeat-contact',
  'churn-threat',
  'human-request',
  'issue-report',
  'time-pressure',
  'sarcasm',
  'grudging-acceptance',
  'profanity',
  'escalating-intensity',
  'restated-ask',
])

/** False only for a reading the reader made without understanding the language. */
export function isReadable(r: MessageReading | undefined): r is MessageReading {
  return r !== undefined && r.languageSupported !== false
}

function hasProblem(r: MessageReading): boolean {
  return r.cues?.some((c) => PROBLEM_CUES.has(c)) === true
}

/**
 * Thanks or praise on a positive message with no complaint in it: the customer is not waiting
 * for anything and is not unhappy. "Thank you. Please keep me posted, we are running out of time"
 * is not one (time pressure), nor is "Thanks, but it still fails".
 */
export function isSatisfiedClose(r: MessageReading | undefined): boolean {
  if (!isReadable(r) || r.label !== 'positive' || hasProblem(r)) return false
  return r.cues?.some((c) => c === 'gratitude' || c === 'praise') === true
}

/**
 * The customer says the problem is solved ("that fixed it", "works perfectly", "all good"): the
 * reader's praise cue on a positive message with no complaint. Thanks alone is courtesy, not a
 * fix, so it leaves a deadline open.
 */
export function saysResolved(r: MessageReading | undefined): boolean {
  // Praise beside waiting for the outcome ("Thank you, you've been really helpful. Phone's in my hand,
  // fingers crossed.") is praise of the help, not news that it is solved.
  return isReadable(r) && r.label === 'positive' && !hasProblem(r) && r.cues?.includes('praise') === true && !r.cues.includes('awaiting')
}

/**
 * The customer says the problem is solved and asks nothing more: a deadline named before is met.
 * Praise that goes on asking ("Thank you, that's a great idea. Can you also check the ferry?") meets none.
 */
export function closesDeadline(r: MessageReading | undefined): boolean {
  return saysResolved(r) && r?.cues?.includes('question') !== true
}

/** Thanks without saying it is solved: polite, not happier. */
export function isCourtesyOnly(r: MessageReading | undefined): boolean {
  return isReadable(r) && !saysResolved(r) && r.cues?.some((c) => c === 'gratitude' || c === 'politeness' || c === 'awaiting') === true
}

/**
 * A message that is not negative and names nothing wrong: after a satisfied close it is a goodbye
 * ("Will do, have a good evening"), not a fall from the thanks before it.
 */
export function isUntroubled(r: MessageReading | undefined): boolean {
  return isReadable(r) && r.label !== 'negative' && !hasProblem(r)
}

/** An untroubled message that asks nothing: after a satisfied close, the customer is still done. */
export function isGoodbye(r: MessageReading | undefined): boolean {
  return isUntroubled(r) && r?.cues?.includes('question') !== true
}

/**
 * A reply that neither complains nor thanks nor praises ("ok", "ok. let me know.", "Ok. Hoping it
 * will come today."): after a complaint still open it acknowledges, it does not recover.
 */
export function isPlainReply(r: MessageReading | undefined): boolean {
  return isUntroubled(r) && r?.cues?.some((c) => c === 'praise' || c === 'gratitude') !== true
}

/** A message that names something still wrong (see {@link PROBLEM_CUES}). */
export function namesProblem(r: MessageReading | undefined): boolean {
  return isReadable(r) && hasProblem(r)
}

/**
 * The customer taking the agent's step ("ok, holding the button now", "Alright, going through it
 * now."): untroubled, asking nothing, an acknowledgement. The next move is the customer's, so no
 * wait starts on it: the plug that dropped off again three hours later had waited since the step,
 * "past the SLA", in the queue.
 */
export function takesStep(r: MessageReading | undefined): boolean {
  return isGoodbye(r) && r?.cues?.includes('acknowledgement') === true
}
