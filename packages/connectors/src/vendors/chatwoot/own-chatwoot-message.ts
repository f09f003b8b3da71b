/**
 * The loop guard for Chatwoot: what Undertone writes back (a private note, labels, a priority) fires
 * Chatwoot's webhooks again, and must never come back in as a message. Ours are recognised by the
 * sender (the agent bot or user whose token we write with) and, for a token whose id was not
 * configured, by the marker every note of ours opens with.
 */
import { isOwnNote } from '../own-note.js'
import { messageTypeOf, senderIdOf, senderTypeOf } from './chatwoot-message.js'
import type { ChatwootMessage } from './chatwoot-payload.js'

/**
 * Whether the message is one of ours: written by the configured agent bot (`agentBotId`) or user
 * (`botUserId`), or an outgoing private note that opens with our marker (a customer's own words never
 * count, whatever they start with).
 */
export function isOwnChatwootMessage(message: ChatwootMessage, settings: Readonly<Record<string, string>>): boolean {
  const senderId = senderIdOf(message)
  const senderType = senderTypeOf(message)
  if (senderId !== undefined && senderType === 'agent_bot' && senderId === settings.agentBotId?.trim()) return true
  if (senderId !== undefined && senderType === 'user' && senderId === settings.botUserId?.trim()) return true
  return messageTypeOf(message) === 'outgoing' && message.private === true && isOwnNote(message.content ?? '')
}
