/**
 * The conversation's current urgency: what the queue ranks by. A deadline stays urgent until the
 * customer says the problem is solved or the conversation is resolved; a thank-you on the way
 * ("Thank you. Please keep me posted, the clock is ticking.") does not close it.
 */
import type { MessageReading } from './conversation-input.js'
import { isReadable, saysResolved } from './customer-turn.js'

/**
 * Folds the customer's readings (oldest first) into one 0..1 urgency: the highest urgency since
 * the last message that said the problem is solved (that message's own urgency included), or 0
 * once the conversation is resolved or closed. Readings in a language the reader does not read
 * are skipped.
 */
export function conversationUrgency(readings: readonly (MessageReading | undefined)[], resolved: boolean): number {
  if (resolved) return 0
  let open = 0
  for (const r of readings) {
    if (!isReadable(r)) continue
    const u = r.emotions?.urgency ?? 0
    open = saysResolved(r) ? u : Math.max(open, u)
  }
  return open
}
