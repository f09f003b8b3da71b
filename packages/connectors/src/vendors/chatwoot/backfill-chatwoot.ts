/**
 * Chatwoot's backfill: the account's conversations a page at a time, oldest created first (a
 * conversation that gets a new message does not move, so a page read again after a restart holds the
 * same conversations), with each conversation's messages read in id order.
 */
import { VendorPayloadError } from '../../connector-errors.js'
import type { BackfillPage, CanonicalMessage, ConnectorContext } from '../../vendor-adapter.js'
import { readingVendorAnswers } from '../http-failure.js'
import { chatwootJson } from './chatwoot-api.js'
import { chatwootMessage, conversationIdOf } from './chatwoot-message.js'
import { ChatwootConversation, ChatwootMessage, parseChatwoot } from './chatwoot-payload.js'
import { isOwnChatwootMessage } from './own-chatwoot-message.js'

/** Chatwoot answers `after=<id>` with at most this many messages: a shorter answer is the last. */
const MESSAGES_PER_CALL = 100

function pageOf(cursor: string | null): number {
  if (cursor === null) return 1
  const page = /^\{"page":(\d{1,9})\}$/.exec(cursor)?.[1]
  if (page === undefined || Number(page) < 1) throw new VendorPayloadError(`chatwoot: backfill: not a cursor of this adapter: ${cursor.slice(0, 80)}`)
  return Number(page)
}

function listOf(answer: unknown, where: 'data.payload' | 'payload', what: string): unknown[] {
  const holder = where === 'data.payload' ? (answer as { data?: unknown } | null)?.data : answer
  const list = (holder as { payload?: unknown } | null | undefined)?.payload
  if (!Array.isArray(list)) throw new VendorPayloadError(`chatwoot: ${what}: the answer has no ${where} list`)
  return list
}

/** Every message of one conversation from `since` on, ours left out. */
async function messagesOf(context: ConnectorContext, conversation: ChatwootConversation, since: number): Promise<CanonicalMessage[]> {
  const conversationId = conversationIdOf(conversation)
  const out: CanonicalMessage[] = []
  let after = 0
  for (;;) {
    const batch = listOf(await chatwootJson(context, 'GET', `/conversations/${encodeURIComponent(conversationId)}/messages?after=${after}`, 'chatwoot: messages'), 'payload', 'messages')
    let last = after
    for (const item of batch) {
      const message = parseChatwoot(ChatwootMessage, item, `message of conversation ${conversationId}`)
      const id = Number(message.id)
      if (Number.isFinite(id)) last = Math.max(last, id)
      if (message.created_at < since || isOwnChatwootMessage(message, context.settings)) continue
      const mapped = chatwootMessage(message, conversation)
      if (mapped !== null) out.push(mapped)
    }
    // A build that ignores `after` answers the same latest messages again, and ids that are not numbers
    // cannot move the window: either way the ids stop moving and the reading stops.
    if (batch.length < MESSAGES_PER_CALL || last <= after) return out
    after = last
  }
}

/** One page of conversations (Chatwoot's page size, 25 by default) with their messages; the cursor is the next page. */
export async function backfillChatwoot(context: ConnectorContext, cursor: string | null, since: number): Promise<BackfillPage> {
  const page = pageOf(cursor)
  // An answer of a shape we cannot read is Chatwoot's failure, retried like any other, not a bad event.
  return readingVendorAnswers('chatwoot: backfill', async () => {
    const answer = await chatwootJson(context, 'GET', `/conversations?status=all&assignee_type=all&sort_by=created_at_asc&page=${page}`, 'chatwoot: conversations')
    const conversations = listOf(answer, 'data.payload', 'conversations').map((item) => parseChatwoot(ChatwootConversation, item, 'conversation'))
    const allCount = (answer as { data?: { meta?: { all_count?: unknown } } }).data?.meta?.all_count
    const total = typeof allCount === 'number' && Number.isFinite(allCount) ? { total: allCount } : {}
    if (conversations.length === 0) return { messages: [], cursor: null, conversations: 0, ...total }
    const messages: CanonicalMessage[] = []
    for (const conversation of conversations) {
      if (since > 0 && conversation.last_activity_at !== undefined && conversation.last_activity_at !== null && conversation.last_activity_at < since) continue
      messages.push(...(await messagesOf(context, conversation, since)))
    }
    return { messages, cursor: JSON.stringify({ page: page + 1 }), conversations: conversations.length, ...total }
  })
}
