/**
 * The JSON body Undertone asks a Zendesk trigger ("Notify webhook") to send, and how it is read.
 * Placeholders render as text, so every value arrives as a string; an empty one means Zendesk had
 * nothing to put there.
 */
import { VendorPayloadError } from '../../connector-errors.js'
import type { AuthorRole, ParsedEvent } from '../../vendor-adapter.js'
import { isOwnNote } from '../own-note.js'
import { canonicalStatus, enumValue, type Fields, id, isoMillis, optionalBoolean, optionalId, optionalString, tagList } from '../payload-fields.js'
import { plainText } from '../plain-text.js'
import { zendeskChannel } from './zendesk-channel.js'
import { zendeskUserRole } from './zendesk-roles.js'

/**
 * The body to paste into the trigger's "Notify webhook" action (conditions: ticket is created or updated,
 * comment is present, current user is not the Undertone agent). `comment_id` makes the dedupe key the
 * comment itself; without it the key is the ticket's update time.
 */
export const ZENDESK_TRIGGER_BODY = `{
  "source": "zendesk",
  "ticket_id": "{{ticket.id}}",
  "comment_id": "{{ticket.latest_comment.id}}",
  "comment_html": "{{ticket.latest_comment_html}}",
  "comment_public": "{{ticket.latest_comment.is_public}}",
  "actor_id": "{{current_user.id}}",
  "actor_role": "{{current_user.role}}",
  "requester_id": "{{ticket.requester.id}}",
  "status": "{{ticket.status}}",
  "via": "{{ticket.via}}",
  "tags": "{{ticket.tags}}",
  "updated_at": "{{ticket.updated_at_with_timestamp}}"
}`

/** Whether a body is one our trigger template produced (it carries `ticket_id`). */
export function isZendeskTriggerBody(body: Fields): boolean {
  return body['ticket_id'] !== undefined
}

/** Maps a trigger body. The event id is `ticket:{id}:comment:{commentId}`, or `ticket:{id}:updated:{updated_at}` without a comment id. */
export function parseZendeskTriggerBody(body: Fields, settings: Readonly<Record<string, string>>): ParsedEvent {
  const conversationId = id(body['ticket_id'], 'ticket_id')
  const commentId = optionalId(body['comment_id'], 'comment_id')
  const updatedAt = optionalString(body['updated_at'], 'updated_at')
  if (commentId === undefined && (updatedAt === undefined || updatedAt === '')) throw new VendorPayloadError('the trigger body has neither comment_id nor updated_at')
  const externalId = commentId ?? `ticket:${conversationId}:updated:${updatedAt}`
  const eventId = commentId === undefined ? externalId : `ticket:${conversationId}:comment:${commentId}`
  const actorId = optionalId(body['actor_id'], 'actor_id')
  const html = optionalString(body['comment_html'], 'comment_html') ?? optionalString(body['comment'], 'comment') ?? ''
  if ((settings['botUserId'] !== undefined && actorId === settings['botUserId']) || isOwnNote(html)) return { eventId, messages: [], ignored: 'own-write-back' }
  const text = plainText(html)
  if (text === '') return { eventId, messages: [], ignored: 'no-message' }
  const requesterId = optionalId(body['requester_id'], 'requester_id')
  const role: AuthorRole = zendeskUserRole(enumValue(body['actor_role'])) ?? (actorId !== undefined && requesterId !== undefined && actorId !== requesterId ? 'agent' : 'customer')
  const customerId = requesterId ?? (role === 'customer' ? actorId : undefined)
  if (customerId === undefined) throw new VendorPayloadError('the trigger body names no requester_id')
  const status = canonicalStatus(enumValue(body['status']))
  const channel = zendeskChannel(enumValue(body['via'])?.replace(/\s+/g, '_'))
  const tags = tagList(body['tags'])
  return {
    eventId,
    messages: [
      {
        externalId,
        conversationId,
        customerId,
        role,
        text,
        createdAt: isoMillis(updatedAt, 'updated_at'),
        ...(status === undefined ? {} : { status }),
        ...(channel === undefined ? {} : { channel }),
        ...(tags === undefined ? {} : { tags: tags.map((tag) => tag.toLowerCase()) }),
        ...(role === 'agent' && actorId !== undefined ? { agentId: actorId } : {}),
        ...(optionalBoolean(body['comment_public']) === false ? { internal: true } : {}),
      },
    ],
  }
}
