/**
 * The loop guard for the generic connector: a receiver that files our write-back note somewhere and
 * sends that system's messages back in would otherwise feed us our own words. Our notes start with a
 * marker; an internal message that starts with it is ours.
 */
import type { CanonicalMessage } from '../../vendor-adapter.js'

/** What every note Undertone writes back starts with. */
export const GENERIC_NOTE_MARKER = '[Undertone]'

/** The note as sent: the marker, then the reading. */
export function markedGenericNote(note: string): string {
  return `${GENERIC_NOTE_MARKER} ${note}`
}

/** Whether a message is our own note come back: internal (or from our configured `botAgentId`) and marked. */
export function isOwnGenericMessage(message: CanonicalMessage, settings: Readonly<Record<string, string>>): boolean {
  const bot = settings.botAgentId?.trim()
  if (bot && message.agentId === bot) return true
  return message.internal === true && message.text.trimStart().startsWith(GENERIC_NOTE_MARKER)
}
