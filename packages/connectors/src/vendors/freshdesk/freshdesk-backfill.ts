/**
 * One page of a Freshdesk backfill: tickets by `updated_at` ascending, then each ticket's description
 * and conversations. Freshdesk caps deep pages, so instead of paging on, each full page moves the
 * window: the next query starts at the last ticket's `updated_at`, and the cursor remembers the ids
 * already read at that second so the overlap is not read twice.
 */
import { VendorHttpError } from '../../connector-errors.js'
import type { BackfillPage, CanonicalMessage, ConnectorContext } from '../../vendor-adapter.js'
import { readingVendorAnswers, vendorJson } from '../http-failure.js'
import { enumValue, type Fields, fields, id, isoMillis, list, optionalString, tagList } from '../payload-fields.js'
import { freshdeskRequest } from './freshdesk-api.js'
import { freshdeskStatus, freshdeskTicketChannel } from './freshdesk-codes.js'
import { type FreshdeskTicketContext, freshdeskConversationMessage, freshdeskDescriptionMessage } from './freshdesk-conversation.js'

const PER_PAGE = 100

/** Where a backfill stands: the window start, the page within it, and the ids already read at exactly `since`. */
interface FreshdeskCursor {
  readonly since: string
  readonly page: number
  readonly seen: readonly string[]
}

function encodeCursor(cursor: FreshdeskCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url')
}

/** The stored cursor; one this adapter did not write is a permanent failure, since no retry can read it. */
function decodeCursor(cursor: string): FreshdeskCursor {
  try {
    const value = fields(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown, 'cursor')
    const since = optionalString(value['since'], 'cursor.since') ?? ''
    isoMillis(since, 'cursor.since')
    const page = typeof value['page'] === 'number' && Number.isInteger(value['page']) && value['page'] >= 1 ? value['page'] : 1
    return { since, page, seen: list(value['seen'] ?? [], 'cursor.seen').map((s) => id(s, 'cursor.seen')) }
  } catch {
    throw new VendorHttpError('freshdesk: the stored backfill cursor is not one this adapter wrote', null, null, true)
  }
}

/** Freshdesk's `updated_since` wants seconds precision, UTC. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

async function ticketMessages(context: ConnectorContext, ticket: Fields): Promise<CanonicalMessage[]> {
  const ticketId = id(ticket['id'], 'ticket.id')
  const status = freshdeskStatus(enumValue(ticket['status']))
  const channel = freshdeskTicketChannel(enumValue(ticket['source']))
  const tags = tagList(ticket['tags'])
  const shared: FreshdeskTicketContext = {
    ticketId,
    requesterId: id(ticket['requester_id'], `ticket ${ticketId} requester_id`),
    ...(status === undefined ? {} : { status }),
    ...(channel === undefined ? {} : { channel }),
    ...(tags === undefined ? {} : { tags }),
  }
  const createdAt = isoMillis(ticket['created_at'], 'ticket.created_at')
  const messages: CanonicalMessage[] = []
  const description = optionalString(ticket['description_text'], 'description_text') ?? optionalString(ticket['description'], 'description') ?? ''
  const first = freshdeskDescriptionMessage(shared, description, createdAt)
  if ('message' in first) messages.push(first.message)
  const botAgentId = context.settings['botAgentId']
  for (let page = 1; page <= 100; page++) {
    const path = `/api/v2/tickets/${encodeURIComponent(ticketId)}/conversations?per_page=${PER_PAGE}&page=${page}`
    const entries = list(await vendorJson(context.fetch, freshdeskRequest(context, 'GET', path), 'freshdesk: read conversations'), 'conversations')
    for (const entry of entries) {
      const mapped = freshdeskConversationMessage(shared, fields(entry, 'conversation'), botAgentId, createdAt)
      if ('message' in mapped) messages.push(mapped.message)
    }
    if (entries.length < PER_PAGE) break
  }
  return messages
}

/** Reads one page of tickets updated since the cursor's window (or `since`); the cursor is null once a page comes back short. */
export async function freshdeskBackfillPage(context: ConnectorContext, cursor: string | null, since: number): Promise<BackfillPage> {
  return readingVendorAnswers('freshdesk: backfill', async () => {
    const at: FreshdeskCursor = cursor === null ? { since: isoSeconds(Math.max(0, since)), page: 1, seen: [] } : decodeCursor(cursor)
    const query = `updated_since=${encodeURIComponent(at.since)}&order_by=updated_at&order_type=asc&per_page=${PER_PAGE}&page=${at.page}`
    const tickets = list(await vendorJson(context.fetch, freshdeskRequest(context, 'GET', `/api/v2/tickets?${query}`), 'freshdesk: list tickets'), 'tickets').map((t) => fields(t, 'ticket'))
    const seen = new Set(at.seen)
    const messages: CanonicalMessage[] = []
    for (const ticket of tickets) {
      const ticketId = id(ticket['id'], 'ticket.id')
      if (seen.has(ticketId) && isoSeconds(isoMillis(ticket['updated_at'], 'ticket.updated_at')) === at.since) continue
      messages.push(...(await ticketMessages(context, ticket)))
    }
    if (tickets.length < PER_PAGE) return { messages, cursor: null, conversations: tickets.length }
    const last = tickets[tickets.length - 1] as Fields
    const lastSecond = isoSeconds(isoMillis(last['updated_at'], 'ticket.updated_at'))
    const atLastSecond = tickets.filter((t) => isoSeconds(isoMillis(t['updated_at'], 'ticket.updated_at')) === lastSecond).map((t) => id(t['id'], 'ticket.id'))
    // A whole page within one second cannot move the window: page on inside it instead.
    const next: FreshdeskCursor =
      lastSecond === at.since ? { since: at.since, page: at.page + 1, seen: [...at.seen, ...atLastSecond] } : { since: lastSecond, page: 1, seen: atLastSecond }
    return { messages, cursor: encodeCursor(next), conversations: tickets.length }
  })
}
