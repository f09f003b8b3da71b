/**
 * Maps one Zammad article of a ticket to a canonical message: the role from the article's sender, its
 * `internal` flag, its body as plain text (HTML stripped, quoted history cut), the ticket's state and
 * the channel from the article type. The webhook and the backfill share it.
 */
import { VendorPayloadError } from '../../connector-errors.js'
import type { AuthorRole, CanonicalMessage, CanonicalStatus } from '../../vendor-adapter.js'
import { plainText } from '../plain-text.js'
import { type ZammadArticle, type ZammadTicket, userIdOf } from './zammad-payload.js'

const SENDERS_BY_ID: Readonly<Record<string, string>> = { '1': 'agent', '2': 'customer', '3': 'system' }

const ROLES: Readonly<Record<string, AuthorRole>> = { customer: 'customer', agent: 'agent', system: 'system' }

/** Zammad's default states; a custom state Undertone cannot place is left unset. */
const STATES: Readonly<Record<string, CanonicalStatus>> = {
  new: 'open',
  open: 'open',
  'pending reminder': 'pending',
  'pending close': 'pending',
  closed: 'closed',
  merged: 'closed',
  removed: 'closed',
}

/** Article types (and a ticket's `create_article_type`) to canonical channels. */
const CHANNELS: Readonly<Record<string, string>> = {
  email: 'email',
  phone: 'phone',
  web: 'web_form',
  chat: 'chat',
  sms: 'sms',
  fax: 'other',
  'twitter status': 'social_twitter',
  'twitter direct-message': 'social_twitter',
  'facebook feed post': 'social_facebook',
  'facebook feed comment': 'social_facebook',
  'telegram personal-message': 'messaging',
  'whatsapp message': 'whatsapp',
}

/** `customer`, `agent` or `system`, from the sender's name in any case or its seeded id. */
export function senderOf(article: ZammadArticle): string | undefined {
  if (article.sender) return article.sender.toLowerCase()
  return article.sender_id ? SENDERS_BY_ID[article.sender_id] : undefined
}

/** The canonical status of a ticket's state. */
export function statusOf(ticket: ZammadTicket): CanonicalStatus | undefined {
  return ticket.state ? STATES[ticket.state.toLowerCase()] : undefined
}

function channelOf(article: ZammadArticle, ticket: ZammadTicket): string | undefined {
  const type = article.type?.toLowerCase()
  if (type !== undefined && type !== 'note') return CHANNELS[type] ?? 'other'
  const created = ticket.create_article_type?.toLowerCase()
  return created === undefined ? undefined : (CHANNELS[created] ?? 'other')
}

/** The article's text: Zammad stores HTML for e-mail and web articles, plain text for the rest. */
export function articleText(article: ZammadArticle): string {
  return plainText(article.body ?? '')
}

/** The canonical message, or null when the article has no text to read (an attachment alone). */
export function zammadMessage(article: ZammadArticle, ticket: ZammadTicket): CanonicalMessage | null {
  const sender = senderOf(article)
  const role = sender === undefined ? undefined : ROLES[sender]
  if (role === undefined) throw new VendorPayloadError(`zammad: article ${article.id}: unknown sender "${article.sender ?? article.sender_id ?? ''}"`)
  const text = articleText(article)
  if (text === '') return null
  const customerId = userIdOf(ticket.customer_id, ticket.customer)
  if (customerId === undefined) throw new VendorPayloadError(`zammad: ticket ${ticket.id}: no customer_id`)
  const agentId = role === 'agent' ? userIdOf(article.created_by_id, article.created_by) : undefined
  const status = statusOf(ticket)
  const channel = channelOf(article, ticket)
  const tags = ticket.tags ?? undefined
  return {
    externalId: article.id,
    conversationId: ticket.id,
    customerId,
    role,
    text,
    createdAt: Date.parse(article.created_at),
    ...(channel === undefined ? {} : { channel }),
    ...(agentId === undefined ? {} : { agentId }),
    ...(tags === undefined || tags.length === 0 ? {} : { tags }),
    ...(article.internal === true ? { internal: true } : {}),
    ...(status === undefined ? {} : { status }),
  }
}
