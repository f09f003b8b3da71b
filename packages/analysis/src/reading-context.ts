/**
 * Which earlier messages a customer message is read with. The server and `undertone converse`
 * both ask here, so the same messages get the same readings and the same conversation analysis.
 */
import type { AuthorRole } from './conversation-input.js'

/** A message as the context rule needs it. */
export interface ContextMessage {
  readonly role: AuthorRole
  readonly internal?: boolean
  readonly text: string
}

/** How many earlier customer messages a reading looks back over. */
export const CONTEXT_MESSAGES = 5

/**
 * The texts of the customer's earlier messages in the same conversation (at most
 * {@link CONTEXT_MESSAGES}, oldest first), for the message at `index` of a conversation in time
 * order. Agent replies and internal notes are not the customer's words; earlier conversations
 * count at the customer level (repeat contacts), not inside a message's reading.
 */
export function readingContext(conversation: readonly ContextMessage[], index: number): string[] {
  const out: string[] = []
  for (let i = index - 1; i >= 0 && out.length < CONTEXT_MESSAGES; i--) {
    const m = conversation[i] as ContextMessage
    if (m.role === 'customer' && m.internal !== true) out.push(m.text)
  }
  return out.reverse()
}
