/**
 * Reads the body a Freshdesk automation rule's "Trigger webhook" sends. Freshdesk has no fixed webhook
 * schema: the admin pastes `FRESHDESK_WEBHOOK_BODY` (Advanced content) into one rule per event, with the
 * event's name written in literally. Freshdesk sends no delivery id, so the event id is built from the
 * ticket and the entry: the conversation id when the body carries one, else a hash of the comment text.
 */
import { createHash } from 'node:crypto'
import { VendorPayloadError } from '../../connector-errors.js'
import type { InboundRequest, ParsedEvent } from '../../vendor-adapter.js'
import { enumValue, eventBody, type Fields, fields, id, isoMillis, optionalFields, optionalId, optionalString, tagList } from '../payload-fields.js'
import { freshdeskStatus, freshdeskTicketChannel } from './freshdesk-codes.js'
import { type FreshdeskMapped, type FreshdeskTicketContext, freshdeskConversationMessage, freshdeskDescriptionId, freshdeskDescriptionMessage } from './freshdesk-conversation.js'

/**
 * The Advanced JSON body for the rule's "Trigger webhook" action (encoding JSON, header
 * `X-Undertone-Secret: <secret>`). Make one rule per event and set `event` to `ticket_created`,
 * `customer_reply`, `agent_reply` or `note_added`.
 */
export const FRESHDESK_WEBHOOK_BODY = `{
  "source": "freshdesk",
  "event": "customer_reply",
  "ticket_id": "{{ticket.id}}",
  "status": "{{ticket.status}}",
  "priority": "{{ticket.priority}}",
  "ticket_source": "{{ticket.source}}",
  "tags": "{{ticket.tags}}",
  "requester_id": "{{ticket.requester.id}}",
  "requester_email": "{{ticket.requester.email}}",
  "description": "{{ticket.description}}",
  "latest_public_comment": "{{ticket.latest_public_comment}}"
}`

/** The events a rule may name; anything else is acknowledged and skipped. */
const EVENTS = new Set(['ticket_created', 'customer_reply', 'agent_reply', 'note_added', 'conversation_created', 'ticket_updated'])

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24)
}

function ticketContext(body: Fields, ticketId: string): FreshdeskTicketContext {
  const requesterId = id(body['requester_id'], 'requester_id')
  const status = freshdeskStatus(enumValue(body['status']))
  const channel = freshdeskTicketChannel(enumValue(body['ticket_source']))
  const tags = tagList(body['tags'])
  return { ticketId, requesterId, ...(status === undefined ? {} : { status }), ...(channel === undefined ? {} : { channel }), ...(tags === undefined ? {} : { tags }) }
}

function toEvent(eventId: string, mapped: FreshdeskMapped): ParsedEvent {
  return 'message' in mapped ? { eventId, messages: [mapped.message] } : { eventId, messages: [], ignored: mapped.ignored }
}

/** Maps a verified Freshdesk webhook body (ours, or Freshdesk's Simple body wrapped in `freshdesk_webhook`). */
export function parseFreshdeskEvent(body: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  const outer = fields(eventBody(body, request), 'the event')
  const event = optionalFields(outer['freshdesk_webhook']) ?? outer
  const ticketId = id(event['ticket_id'], 'ticket_id')
  const name = enumValue(event['event'])?.replace(/[^a-z0-9]+/g, '_')
  const conversation = optionalFields(event['conversation'])
  const at = event['created_at'] === undefined || event['created_at'] === '' ? request.now : isoMillis(event['created_at'], 'created_at')
  if (name === 'ticket_created' || (name === undefined && conversation === undefined && event['latest_public_comment'] === undefined)) {
    const description = optionalString(event['description_text'], 'description_text') ?? optionalString(event['description'], 'description')
    if (description === undefined) throw new VendorPayloadError('a ticket_created body without description')
    return toEvent(freshdeskDescriptionId(ticketId), freshdeskDescriptionMessage(ticketContext(event, ticketId), description, at))
  }
  if (name !== undefined && !EVENTS.has(name)) return { eventId: `ticket:${ticketId}:${name.slice(0, 60)}:${hashOf(JSON.stringify(event))}`, messages: [], ignored: 'unknown-event' }
  const botAgentId = settings['botAgentId']
  if (conversation !== undefined) {
    const conversationId = id(conversation['id'], 'conversation.id')
    return toEvent(`ticket:${ticketId}:conversation:${conversationId}`, freshdeskConversationMessage(ticketContext(event, ticketId), conversation, botAgentId, at))
  }
  const text = optionalString(event['latest_public_comment'], 'latest_public_comment') ?? ''
  const hashed = `ticket:${ticketId}:comment:${hashOf(text)}`
  // The placeholder renders the comment only; who wrote it is the rule's event.
  const byCustomer = name === 'customer_reply'
  const requesterId = optionalId(event['requester_id'], 'requester_id')
  const entry = {
    id: hashed,
    body: text,
    incoming: byCustomer,
    private: name === 'note_added',
    ...(byCustomer && requesterId !== undefined ? { user_id: requesterId } : {}),
  }
  return toEvent(hashed, freshdeskConversationMessage(ticketContext(event, ticketId), entry, botAgentId, at))
}
