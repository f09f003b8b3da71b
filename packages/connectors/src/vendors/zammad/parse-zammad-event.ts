/**
 * Reads one Zammad trigger webhook (default payload: `ticket` and `article`). A ticket update without
 * an article (a state, tag or priority change) carries no message; a body without a ticket is not a
 * payload this adapter knows (a custom payload, a scheduler's), acknowledged and counted.
 */
import { createHash } from 'node:crypto'
import { VendorPayloadError } from '../../connector-errors.js'
import type { InboundRequest, ParsedEvent } from '../../vendor-adapter.js'
import { eventBody } from '../payload-fields.js'
import { zammadMessage } from './zammad-article.js'
import { parseZammad, ZammadArticle, ZammadTicket } from './zammad-payload.js'
import { isOwnZammadArticle, isOwnZammadUpdate } from './own-zammad-article.js'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The event's messages and its dedupe key: `X-Zammad-Delivery` (one per delivery, the same on Zammad's
 * retries), else the ticket and article ids, else the ticket's `updated_at`.
 */
export function parseZammadEvent(parsed: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  const body = eventBody(parsed, request)
  if (!isObject(body)) throw new VendorPayloadError('zammad: event: the body is not a JSON object')
  const delivery = request.headers['x-zammad-delivery']?.trim() || undefined
  if (body.ticket === undefined || body.ticket === null) {
    return { eventId: delivery ?? `zammad:${createHash('sha256').update(request.rawBody).digest('hex').slice(0, 24)}`, messages: [], ignored: 'unknown-event' }
  }
  const ticket = parseZammad(ZammadTicket, body.ticket, 'ticket')
  const rawArticle = body.article
  const noArticle = rawArticle === undefined || rawArticle === null || (isObject(rawArticle) && Object.keys(rawArticle).length === 0)
  if (noArticle) {
    const eventId = delivery ?? `ticket:${ticket.id}:updated:${ticket.updated_at ?? ''}`
    return { eventId, messages: [], ignored: isOwnZammadUpdate(ticket, settings) ? 'own-write-back' : 'no-message' }
  }
  const article = parseZammad(ZammadArticle, rawArticle, 'article')
  const eventId = delivery ?? `ticket:${ticket.id}:article:${article.id}`
  if (isOwnZammadArticle(article, settings)) return { eventId, messages: [], ignored: 'own-write-back' }
  const message = zammadMessage(article, ticket)
  return message === null ? { eventId, messages: [], ignored: 'no-message' } : { eventId, messages: [message] }
}
