/**
 * Reads an Intercom webhook notification: the envelope's `id` (`notif_…`) is the dedupe key, `topic`
 * says what happened, `data.item` is the conversation. Conversation-creating topics carry the opening
 * message in `source`; reply and note topics carry the new parts.
 */
import type { InboundRequest, ParsedEvent } from '../../vendor-adapter.js'
import { eventBody, fields, id, optionalString } from '../payload-fields.js'
import { intercomConversationMessages } from './intercom-conversation.js'

/** Topics whose conversation opens with a message someone wrote (read from `source`). */
const CREATED_TOPICS = new Set(['conversation.user.created', 'conversation.admin.single.created'])

/** Topics that add words as parts. */
const PART_TOPICS = new Set(['conversation.user.replied', 'conversation.admin.replied', 'conversation.admin.noted', 'conversation.operator.replied'])

/** Conversation topics that change state without words: acknowledged, nothing to read. */
const STATE_TOPICS = new Set([
  'conversation.admin.assigned',
  'conversation.admin.closed',
  'conversation.admin.opened',
  'conversation.admin.snoozed',
  'conversation.admin.unsnoozed',
  'conversation.deleted',
  'conversation_part.tag.created',
  'conversation_part.redacted',
  'conversation.rating.added',
])

/** Maps a verified Intercom notification. */
export function parseIntercomEvent(body: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  const envelope = fields(eventBody(body, request), 'the notification')
  const eventId = id(envelope['id'], 'id')
  const topic = optionalString(envelope['topic'], 'topic')?.toLowerCase() ?? ''
  if (STATE_TOPICS.has(topic)) return { eventId, messages: [], ignored: 'no-message' }
  const created = CREATED_TOPICS.has(topic)
  if (!created && !PART_TOPICS.has(topic)) return { eventId, messages: [], ignored: 'unknown-event' }
  const conversation = fields(fields(envelope['data'], 'data')['item'], 'data.item')
  const adminId = settings['adminId']
  const { messages, own } = intercomConversationMessages(conversation, created, adminId === '' ? undefined : adminId)
  if (messages.length > 0) return { eventId, messages }
  return { eventId, messages: [], ignored: own > 0 ? 'own-write-back' : 'no-message' }
}
