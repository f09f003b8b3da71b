/**
 * Reads one Chatwoot webhook event: `message_created` and `message_updated` carry a message to store;
 * the `conversation_*` events carry none Undertone needs (their messages arrive as `message_created`);
 * anything else is an event this adapter does not know, acknowledged and counted.
 */
import { createHash } from 'node:crypto'
import { VendorPayloadError } from '../../connector-errors.js'
import type { InboundRequest, ParsedEvent } from '../../vendor-adapter.js'
import { eventBody } from '../payload-fields.js'
import { chatwootMessage, conversationIdOf } from './chatwoot-message.js'
import { ChatwootConversation, ChatwootMessage, parseChatwoot } from './chatwoot-payload.js'
import { isOwnChatwootMessage } from './own-chatwoot-message.js'

const MESSAGE_EVENTS = new Set(['message_created', 'message_updated'])
const CONVERSATION_EVENTS = new Set(['conversation_created', 'conversation_updated', 'conversation_status_changed', 'conversation_opened', 'conversation_resolved'])

function digest(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 24)
}

/**
 * The event's messages and its dedupe key: `X-Chatwoot-Delivery` where Chatwoot sends one, else built
 * from the event name and the message id (an edit adds a digest of the new text, so each edit is its own
 * event), or from the body's digest for events without a message.
 */
export function parseChatwootEvent(parsed: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  const body = eventBody(parsed, request)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new VendorPayloadError('chatwoot: event: the body is not a JSON object')
  const name = (body as { event?: unknown }).event
  if (typeof name !== 'string' || name.trim() === '') throw new VendorPayloadError('chatwoot: event: no "event" name')
  const event = name.trim().toLowerCase()
  const delivery = request.headers['x-chatwoot-delivery']?.trim() || undefined
  if (MESSAGE_EVENTS.has(event)) {
    const message = parseChatwoot(ChatwootMessage, body, event)
    if (!message.conversation) throw new VendorPayloadError(`chatwoot: ${event}: message ${message.id} has no conversation`)
    const eventId = delivery ?? `${event}:${conversationIdOf(message.conversation)}:${message.id}${event === 'message_updated' ? `:${digest(message.content ?? '')}` : ''}`
    if (isOwnChatwootMessage(message, settings)) return { eventId, messages: [], ignored: 'own-write-back' }
    const mapped = chatwootMessage(message, message.conversation)
    return mapped === null ? { eventId, messages: [], ignored: 'no-message' } : { eventId, messages: [mapped] }
  }
  const eventId = delivery ?? `${event}:${digest(request.rawBody)}`
  if (CONVERSATION_EVENTS.has(event)) {
    // Checked all the same: a malformed conversation event is a sender's bug worth a 400, not a silent 2xx.
    parseChatwoot(ChatwootConversation, body, event)
    return { eventId, messages: [], ignored: 'no-message' }
  }
  return { eventId, messages: [], ignored: 'unknown-event' }
}
