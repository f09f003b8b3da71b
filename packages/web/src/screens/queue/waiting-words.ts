/** Whether, and since when, a customer waits for a reply, in words. */
import { durationWords } from './duration-words'

/** What the queue and the conversation know about a wait. */
export interface WaitFacts {
  readonly waiting: boolean
  /** Since when (ms since the epoch); null when not waiting. */
  readonly waitingSince: number | null
  /** Whether anyone has ever replied to the customer. */
  readonly answered: boolean
}

/** A headline under "waiting" ("2 h 10 min", "no, answered") and the sentence behind it. */
export interface WaitWords {
  readonly headline: string
  readonly detail: string
}

const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' })
const dayAndTime = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })

/** "2:21 PM" today, "Dec 3, 2:21 PM" before: a wait is read against today. */
export function sinceWords(t: number, now: number): string {
  return new Date(t).toDateString() === new Date(now).toDateString() ? time.format(t) : dayAndTime.format(t)
}

/**
 * The wait in words. A customer no one has answered is "waiting since …, never answered", however
 * short the wait so far (a fresh message is not "answered"); a customer who had the reply as the
 * last word, or closed with thanks, is not waiting.
 */
export function waitingWords(w: WaitFacts, now: number, format: (t: number) => string = (t) => sinceWords(t, now)): WaitWords {
  if (w.waiting) {
    const since = w.waitingSince ?? now
    const detail = `waiting since ${format(since)}${w.answered ? '' : ', never answered'}`
    return { headline: durationWords((now - since) / 60_000), detail }
  }
  return w.answered ? { headline: 'no, answered', detail: 'not waiting: the reply had the last word' } : { headline: 'no', detail: 'not waiting: nothing asked that needs a reply, never answered' }
}
