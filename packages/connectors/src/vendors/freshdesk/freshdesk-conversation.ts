/**
 * One Freshdesk conversation entry (a reply or a note) as a canonical message, shared by the webhook and
 * the backfill. The ticket's description is message #1 and is not a conversation: it gets the id
 * `ticket:{id}:description`, the same from either path, so the two never store it twice.
 */
import type { AuthorRole, CanonicalMessage, CanonicalStatus } from '../../vendor-adapter.js'
import { isOwnNote } from '../own-note.js'
import { enumValue, type Fields, id, isoMillis, optionalBoolean, optionalId, optionalString } from '../payload-fields.js'
import { plainText } from '../plain-text.js'
import { FRESHDESK_SURVEY_SOURCE, freshdeskConversationChannel } from './freshdesk-codes.js'

/** What every message of one ticket shares. */
export interface FreshdeskTicketContext {
  readonly ticketId: string
  readonly requesterId: string
  readonly status?: CanonicalStatus
  readonly channel?: string
  readonly tags?: readonly string[]
}

/** What mapping one entry found: a message, our own write-back, or nothing to read (an empty body). */
export type FreshdeskMapped = { readonly message: CanonicalMessage } | { readonly ignored: 'own-write-back' | 'no-message' }

/** The id of a ticket's description, read as the conversation's first message. */
export function freshdeskDescriptionId(ticketId: string): string {
  return `ticket:${ticketId}:description`
}

function shared(ticket: FreshdeskTicketContext, channel: string | undefined) {
  return {
    conversationId: ticket.ticketId,
    customerId: ticket.requesterId,
    ...(channel === undefined ? {} : { channel }),
    ...(ticket.tags === undefined ? {} : { tags: ticket.tags }),
    ...(ticket.status === undefined ? {} : { status: ticket.status }),
  }
}

/** The description (HTML or its text) as the customer's first message. */
export function freshdeskDescriptionMessage(ticket: FreshdeskTicketContext, body: string, createdAt: number): FreshdeskMapped {
  const text = plainText(body)
  if (text === '') return { ignored: 'no-message' }
  return { message: { externalId: freshdeskDescriptionId(ticket.ticketId), role: 'customer', text, createdAt, ...shared(ticket, ticket.channel) } }
}

/**
 * A conversation entry. The author is the customer when the entry came from outside (`incoming`), was
 * written by the requester, or is a survey answer; otherwise an agent. Private notes are internal.
 */
export function freshdeskConversationMessage(ticket: FreshdeskTicketContext, conversation: Fields, botAgentId: string | undefined, fallbackTime: number): FreshdeskMapped {
  const userId = optionalId(conversation['user_id'], 'conversation.user_id')
  const body = optionalString(conversation['body_text'], 'conversation.body_text') ?? optionalString(conversation['body'], 'conversation.body') ?? ''
  if ((botAgentId !== undefined && userId === botAgentId) || isOwnNote(body)) return { ignored: 'own-write-back' }
  const text = plainText(body)
  if (text === '') return { ignored: 'no-message' }
  const source = enumValue(conversation['source'])
  const incoming = optionalBoolean(conversation['incoming'])
  const role: AuthorRole = incoming === true || source === FRESHDESK_SURVEY_SOURCE || (userId !== undefined && userId === ticket.requesterId) ? 'customer' : 'agent'
  const createdAt = conversation['created_at'] === undefined || conversation['created_at'] === '' ? fallbackTime : isoMillis(conversation['created_at'], 'conversation.created_at')
  return {
    message: {
      externalId: id(conversation['id'], 'conversation.id'),
      role,
      text,
      createdAt,
      ...shared(ticket, freshdeskConversationChannel(source) ?? ticket.channel),
      ...(role === 'agent' && userId !== undefined ? { agentId: userId } : {}),
      ...(optionalBoolean(conversation['private']) === true ? { internal: true } : {}),
    },
  }
}
