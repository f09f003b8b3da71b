/**
 * The loop guard for Chatwoot: what Undertone writes back (a private note, labels, a priority) fires
 * Chatwoot's webhooks again, and must never come back in as a message. Our notes are recognised by the
 * sender (the agent bot or user whose token we write with) and, for a token whose id was not
 * configured, by the marker every note of ours starts with.
 */
import type { ChatwootMessage } from './chatwoot-payload.js'
import { messageTypeOf, senderIdOf, senderTypeOf } from './chatwoot-message.js'

/** What every note Undertone writes starts with. */
export const CHATWOOT_NOTE_MARKER = '[Undertone]'

/** The note as posted: the marker, then the reading. */
export function markedChatwootNote(note: string): string {
  return `${CHATWOOT_NOTE_MARKER} ${note}`
}

/**
 * Whether the message is one of ours: written by the configured agent bot (`agentBotId`) or user
 * (`botUserId`), or an outgoing private note that starts with the marker (a customer's own words never
 * count, whatever they start with).
 */
export function isOwnChatwootMessage(message: ChatwootMessage, settings: Readonly<Record<string, string>>): boolean {
  const senderId = senderIdOf(message)
  const senderType = senderTypeOf(message)
  if (senderId !== undefined && senderType === 'agent_bot' && settings.agentBotId !== undefined && senderId === settings.agentBotId.trim()) return true
  if (senderId !== undefined && senderType === 'user' && settings.botUserId !== undefined && senderId === settings.botUserId.trim()) return true
  return messageTypeOf(message) === 'outgoing' && message.private === true && (message.content ?? '').trimStart().startsWith(CHATWOOT_NOTE_MARKER)
}
