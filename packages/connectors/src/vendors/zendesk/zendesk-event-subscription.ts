/**
 * Zendesk event-subscription webhooks (`zen:event-type:ticket.comment_added`, messaging's
 * `message_added`): a fixed envelope whose `id` is the event's own UUID, the dedupe key. Ids arrive as
 * strings and enums upper-cased; both are normalised.
 */
import { VendorPayloadError } from '../../connector-errors.js'
import type { AuthorRole, CanonicalMessage, ParsedEvent } from '../../vendor-adapter.js'
import { isOwnNote } from '../own-note.js'
import { canonicalStatus, enumValue, type Fields, fields, id, isoMillis, optionalBoolean, optionalFields, optionalId, optionalString, tagList } from '../payload-fields.js'
import { plainText } from '../plain-text.js'
import { zendeskChannel } from './zendesk-channel.js'
import { isZendeskAutomation } from './zendesk-roles.js'

export const ZENDESK_EVENT_TYPE_PREFIX = 'zen:event-type:'

/** Event types that change a ticket without adding words: acknowledged, nothing to read. */
const NO_MESSAGE_EVENTS = new Set([
  'ticket.created',
  'ticket.status_changed',
  'ticket.priority_changed',
  'ticket.tags_changed',
  'ticket.agent_assignment_changed',
  'ticket.group_assignment_changed',
  'ticket.custom_field_changed',
  'ticket.custom_status_changed',
  'ticket.subject_changed',
  'ticket.comment_made_private',
  'ticket.comment_redacted',
])

/** The ticket id from `detail.id`, else from `subject` (`zen:ticket:{id}`). */
function ticketIdOf(envelope: Fields, detail: Fields): string {
  const fromDetail = optionalId(detail['id'], 'detail.id')
  if (fromDetail !== undefined) return fromDetail
  const subject = optionalString(envelope['subject'], 'subject') ?? ''
  const match = /^zen:ticket:(\w{1,40})$/.exec(subject)
  if (match?.[1] === undefined) throw new VendorPayloadError('the event names no ticket (detail.id or subject)')
  return match[1]
}

/** What every message of the event shares: ticket, requester, status, channel, tags. */
function ticketContext(envelope: Fields) {
  const detail = fields(envelope['detail'], 'detail')
  const conversationId = ticketIdOf(envelope, detail)
  const status = canonicalStatus(enumValue(detail['status']))
  const channel = zendeskChannel(enumValue(optionalFields(detail['via'])?.['channel']))
  const tags = tagList(detail['tags'])
  return {
    conversationId,
    requesterId: optionalId(detail['requester_id'], 'detail.requester_id'),
    extra: { ...(status === undefined ? {} : { status }), ...(channel === undefined ? {} : { channel }), ...(tags === undefined ? {} : { tags: tags.map((tag) => tag.toLowerCase()) }) },
  }
}

function message(
  base: ReturnType<typeof ticketContext>,
  externalId: string,
  authorId: string | undefined,
  role: AuthorRole,
  text: string,
  createdAt: number,
  internal: boolean,
): CanonicalMessage {
  const customerId = base.requesterId ?? (role === 'customer' ? authorId : undefined)
  if (customerId === undefined) throw new VendorPayloadError('the event names no requester (detail.requester_id)')
  return {
    externalId,
    conversationId: base.conversationId,
    customerId,
    role,
    text,
    createdAt,
    ...base.extra,
    ...(role === 'agent' && authorId !== undefined ? { agentId: authorId } : {}),
    ...(internal ? { internal: true } : {}),
  }
}

/** Maps one event-subscription envelope (its `type` starts with `zen:event-type:`). */
export function parseZendeskSubscriptionEvent(envelope: Fields, settings: Readonly<Record<string, string>>): ParsedEvent {
  const type = (optionalString(envelope['type'], 'type') ?? '').slice(ZENDESK_EVENT_TYPE_PREFIX.length).toLowerCase()
  const eventId = id(envelope['id'], 'id')
  const botUserId = settings['botUserId']
  if (NO_MESSAGE_EVENTS.has(type)) {
    ticketContext(envelope)
    return { eventId, messages: [], ignored: 'no-message' }
  }
  if (type === 'ticket.comment_added') {
    const base = ticketContext(envelope)
    const createdAt = isoMillis(envelope['time'], 'time')
    const comment = fields(fields(envelope['event'], 'event')['comment'], 'event.comment')
    const author = optionalFields(comment['author']) ?? {}
    const authorId = optionalId(author['id'], 'event.comment.author.id')
    const body = optionalString(comment['body'], 'event.comment.body') ?? optionalString(comment['html_body'], 'event.comment.html_body') ?? ''
    if ((botUserId !== undefined && authorId === botUserId) || isOwnNote(body)) return { eventId, messages: [], ignored: 'own-write-back' }
    const text = plainText(body)
    if (text === '') return { eventId, messages: [], ignored: 'no-message' }
    const staff = optionalBoolean(author['is_staff'])
    const role: AuthorRole = isZendeskAutomation(authorId, undefined) ? 'bot' : staff === true || (staff === undefined && authorId !== base.requesterId) ? 'agent' : 'customer'
    const internal = optionalBoolean(comment['is_public']) === false
    return { eventId, messages: [message(base, id(comment['id'], 'event.comment.id'), authorId, role, text, createdAt, internal)] }
  }
  if (type === 'messaging_ticket.message_added') {
    const base = ticketContext(envelope)
    const createdAt = isoMillis(envelope['time'], 'time')
    const event = fields(envelope['event'], 'event')
    const actor = optionalFields(event['actor']) ?? {}
    const actorId = optionalId(actor['id'], 'event.actor.id')
    const item = fields(event['message'], 'event.message')
    const body = optionalString(item['body'], 'event.message.body') ?? ''
    if ((botUserId !== undefined && actorId === botUserId) || isOwnNote(body)) return { eventId, messages: [], ignored: 'own-write-back' }
    const text = plainText(body)
    if (text === '') return { eventId, messages: [], ignored: 'no-message' }
    const actorType = enumValue(actor['type'])
    const role: AuthorRole = actorType === 'end_user' || actorType === 'end-user' ? 'customer' : actorType === 'agent' ? 'agent' : 'bot'
    return { eventId, messages: [message(base, id(item['id'], 'event.message.id'), actorId, role, text, createdAt, false)] }
  }
  return { eventId, messages: [], ignored: 'unknown-event' }
}
