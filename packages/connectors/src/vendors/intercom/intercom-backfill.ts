/**
 * One page of an Intercom backfill: conversations updated after `since` from the search API (cursor
 * pagination, `pages.next.starting_after`), then each conversation in full, since search results carry
 * no parts. The stored cursor keeps the search's `since` with Intercom's cursor, because the cursor is
 * only valid for the query that produced it.
 */
import { VendorHttpError } from '../../connector-errors.js'
import type { BackfillPage, CanonicalMessage, ConnectorContext } from '../../vendor-adapter.js'
import { readingVendorAnswers, vendorJson } from '../http-failure.js'
import { fields, id, list, optionalFields, optionalString } from '../payload-fields.js'
import { intercomRequest } from './intercom-api.js'
import { intercomConversationMessages } from './intercom-conversation.js'

/** Conversations per search page: each costs one more call to read it in full. */
const DEFAULT_PAGE_SIZE = 50

interface IntercomCursor {
  /** The search's lower bound, unix seconds. */
  readonly since: number
  readonly startingAfter: string
}

function decodeCursor(cursor: string): IntercomCursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { since?: unknown; startingAfter?: unknown }
    if (typeof value.since === 'number' && Number.isInteger(value.since) && typeof value.startingAfter === 'string' && value.startingAfter !== '') {
      return { since: value.since, startingAfter: value.startingAfter }
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new VendorHttpError('intercom: the stored backfill cursor is not one this adapter wrote', null, null, true)
}

function pageSize(settings: Readonly<Record<string, string>>): number {
  const n = Number(settings['backfillPageSize'])
  return Number.isInteger(n) && n >= 1 && n <= 150 ? n : DEFAULT_PAGE_SIZE
}

/** Reads one search page from `cursor` (or conversations updated after `since`); the cursor is null when no next page is named. */
export async function intercomBackfillPage(context: ConnectorContext, cursor: string | null, since: number): Promise<BackfillPage> {
  return readingVendorAnswers('intercom: backfill', async () => {
    const at = cursor === null ? null : decodeCursor(cursor)
    const sinceSeconds = at?.since ?? Math.max(0, Math.floor(since / 1000))
    const search = {
      query: { field: 'updated_at', operator: '>', value: sinceSeconds },
      pagination: { per_page: pageSize(context.settings), ...(at === null ? {} : { starting_after: at.startingAfter }) },
    }
    const page = fields(await vendorJson(context.fetch, intercomRequest(context, 'POST', '/conversations/search', search), 'intercom: search conversations'), 'the search answer')
    const found = list(page['conversations'], 'conversations')
    const adminId = context.settings['adminId']
    const messages: CanonicalMessage[] = []
    for (const item of found) {
      const conversationId = id(fields(item, 'conversation')['id'], 'conversation.id')
      const path = `/conversations/${encodeURIComponent(conversationId)}?display_as=html`
      const conversation = fields(await vendorJson(context.fetch, intercomRequest(context, 'GET', path), 'intercom: read conversation'), 'the conversation')
      messages.push(...intercomConversationMessages(conversation, true, adminId === '' ? undefined : adminId).messages)
    }
    const next = optionalString(optionalFields(optionalFields(page['pages'])?.['next'])?.['starting_after'], 'pages.next.starting_after')
    const total = page['total_count']
    return {
      messages,
      cursor: next === undefined || next === '' || found.length === 0 ? null : Buffer.from(JSON.stringify({ since: sinceSeconds, startingAfter: next }), 'utf8').toString('base64url'),
      conversations: found.length,
      ...(typeof total === 'number' && Number.isFinite(total) ? { total } : {}),
    }
  })
}
