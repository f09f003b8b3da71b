/**
 * The conversation's current urgency: what the queue ranks by. A deadline stays urgent until the
 * customer says the problem is solved or the conversation is resolved; a thank-you on the way
 * ("Thank you. Please keep me posted, the clock is ticking.") does not close it.
 */
import type { MessageReading } from './conversation-input.js'
import { closesDeadline, isReadable } from './customer-turn.js'

/**
 * Folds the customer's readings (oldest first) into one 0..1 urgency, as the conversation fold does:
 * the highest urgency since the last message that said the problem is solved (that message's own
 * urgency included), or 0 once the conversation is resolved or closed. Readings in a language the
 * reader does not read are skipped.
 *
 * Praise that asks on ("Perfect, that's a great idea. Can you also check the evening ferry?") says
 * nothing is solved, and a later message still waiting on the outcome ("Fingers crossed they confirm
 * it before noon.") takes back the praise before it: the deadline set aside is open again.
 */
export function conversationUrgency(readings: readonly (MessageReading | undefined)[], resolved: boolean): number {
  if (resolved) return 0
  let open = 0
  let setAside = 0
  for (const r of readings) {
    if (!isReadable(r)) continue
    const u = r.emotions?.urgency ?? 0
    if (closesDeadline(r)) {
      setAside = Math.max(setAside, open)
      open = u
      continue
    }
    open = Math.max(open, u)
    if (r.cues?.includes('awaiting') === true) open = Math.max(open, setAside)
    setAside = 0
  }
  return open
}
