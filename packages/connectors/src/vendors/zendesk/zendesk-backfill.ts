/**
 * One page of a Zendesk backfill: the cursor-based incremental ticket export (no duplicates across
 * pages, resumable from `after_cursor`), then each ticket's comments with their authors side-loaded,
 * since the export carries no comments and a comment carries no author role.
 */
import type { BackfillPage, CanonicalMessage, ConnectorContext } from '../../vendor-adapter.js'
import { readingVendorAnswers, vendorJson } from '../http-failure.js'
import { isOwnNote } from '../own-note.js'
import { canonicalStatus, enumValue, type Fields, fields, id, isoMillis, list, optionalBoolean, optionalFields, optionalId, optionalString, tagList } from '../payload-fields.js'
import { plainText } from '../plain-text.js'
import { zendeskRequest } from './zendesk-api.js'
import { zendeskChannel } from './zendesk-channel.js'
import { isZendeskAutomation, zendeskUserRole } from './zendesk-roles.js'

/** Tickets per export page: each costs a comments call, so a page stays well inside one worker step. */
const DEFAULT_PAGE_SIZE = 100

function pageSize(settings: Readonly<Record<string, string>>): number {
  const n = Number(settings['backfillPageSize'])
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : DEFAULT_PAGE_SIZE
}

/** Every comment of one ticket (following the comments' own cursor), mapped; our notes and empty bodies left out. */
async function ticketMessages(context: ConnectorContext, ticket: Fields): Promise<CanonicalMessage[]> {
  const ticketId = id(ticket['id'], 'ticket.id')
  const requesterId = id(ticket['requester_id'], `ticket ${ticketId} requester_id`)
  const status = canonicalStatus(enumValue(ticket['status']))
  const tags = tagList(ticket['tags'])?.map((tag) => tag.toLowerCase())
  const ticketChannel = enumValue(optionalFields(ticket['via'])?.['channel'])
  const botUserId = context.settings['botUserId']
  const messages: CanonicalMessage[] = []
  let after: string | undefined
  for (let page = 0; page < 100; page++) {
    const query = `page[size]=100&include=users${after === undefined ? '' : `&page[after]=${encodeURIComponent(after)}`}`
    const path = `/api/v2/tickets/${encodeURIComponent(ticketId)}/comments.json?${query}`
    const answer = fields(await vendorJson(context.fetch, zendeskRequest(context, 'GET', path), 'zendesk: read comments'), 'the answer')
    const roles = new Map<string, string | undefined>()
    for (const user of list(answer['users'] ?? [], 'users')) {
      const u = fields(user, 'user')
      roles.set(id(u['id'], 'user.id'), enumValue(u['role']))
    }
    for (const item of list(answer['comments'], 'comments')) {
      const comment = fields(item, 'comment')
      const authorId = optionalId(comment['author_id'], 'comment.author_id')
      const body = optionalString(comment['plain_body'], 'plain_body') ?? optionalString(comment['html_body'], 'html_body') ?? optionalString(comment['body'], 'body') ?? ''
      if ((botUserId !== undefined && authorId === botUserId) || isOwnNote(body)) continue
      const text = plainText(body)
      if (text === '') continue
      const via = enumValue(optionalFields(comment['via'])?.['channel']) ?? ticketChannel
      const role = isZendeskAutomation(authorId, via) ? 'bot' : (zendeskUserRole(roles.get(authorId ?? '')) ?? (authorId === requesterId ? 'customer' : 'agent'))
      const channel = zendeskChannel(via)
      messages.push({
        externalId: id(comment['id'], 'comment.id'),
        conversationId: ticketId,
        customerId: requesterId,
        role,
        text,
        createdAt: isoMillis(comment['created_at'], 'comment.created_at'),
        ...(channel === undefined ? {} : { channel }),
        ...(role === 'agent' && authorId !== undefined ? { agentId: authorId } : {}),
        ...(tags === undefined ? {} : { tags }),
        ...(optionalBoolean(comment['public']) === false ? { internal: true } : {}),
        ...(status === undefined ? {} : { status }),
      })
    }
    const meta = optionalFields(answer['meta'])
    after = optionalString(meta?.['after_cursor'], 'meta.after_cursor')
    if (optionalBoolean(meta?.['has_more']) !== true || after === undefined) break
  }
  return messages
}

/** Reads one export page from `cursor` (or from `since` when null); the next cursor is null at the end of the stream. */
export async function zendeskBackfillPage(context: ConnectorContext, cursor: string | null, since: number): Promise<BackfillPage> {
  return readingVendorAnswers('zendesk: backfill', async () => {
    const size = pageSize(context.settings)
    const from = cursor === null ? `start_time=${Math.max(0, Math.floor(since / 1000))}` : `cursor=${encodeURIComponent(cursor)}`
    const path = `/api/v2/incremental/tickets/cursor.json?${from}&per_page=${size}&exclude_deleted=true`
    const page = fields(await vendorJson(context.fetch, zendeskRequest(context, 'GET', path), 'zendesk: incremental export'), 'the answer')
    const tickets = list(page['tickets'], 'tickets')
    const messages: CanonicalMessage[] = []
    for (const item of tickets) {
      const ticket = fields(item, 'ticket')
      if (enumValue(ticket['status']) === 'deleted') continue
      messages.push(...(await ticketMessages(context, ticket)))
    }
    const after = optionalString(page['after_cursor'], 'after_cursor')
    const next = optionalBoolean(page['end_of_stream']) === true || after === undefined || after === '' ? null : after
    return { messages, cursor: next, conversations: tickets.length }
  })
}
