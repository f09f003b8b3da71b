/**
 * Zammad's backfill: `GET /api/v1/tickets` a page of 100 at a time (ordered by id, so a ticket updated
 * during the backfill does not move between pages, and it needs no Elasticsearch, which the
 * `updated_at` search does), then each ticket's articles. Tickets not updated since `since` are skipped
 * without reading their articles.
 */
import { VendorPayloadError } from '../../connector-errors.js'
import type { BackfillPage, CanonicalMessage, ConnectorContext } from '../../vendor-adapter.js'
import { readingVendorAnswers } from '../http-failure.js'
import { isOwnZammadArticle } from './own-zammad-article.js'
import { zammadMessage } from './zammad-article.js'
import { zammadJson } from './zammad-api.js'
import { parseZammad, ZammadArticle, ZammadTicket } from './zammad-payload.js'

/** Zammad's largest page for the ticket list: a shorter page is the last. */
const TICKETS_PER_PAGE = 100

function pageOf(cursor: string | null): number {
  if (cursor === null) return 1
  const page = /^\{"page":(\d{1,9})\}$/.exec(cursor)?.[1]
  if (page === undefined || Number(page) < 1) throw new VendorPayloadError(`zammad: backfill: not a cursor of this adapter: ${cursor.slice(0, 80)}`)
  return Number(page)
}

function arrayOf(answer: unknown, what: string): unknown[] {
  if (!Array.isArray(answer)) throw new VendorPayloadError(`zammad: ${what}: the answer is not a list`)
  return answer
}

/** One page of tickets with their articles; the cursor is the next page, null after a short page. */
export async function backfillZammad(context: ConnectorContext, cursor: string | null, since: number): Promise<BackfillPage> {
  const page = pageOf(cursor)
  // An answer of a shape we cannot read is Zammad's failure, retried like any other, not a bad event.
  return readingVendorAnswers('zammad: backfill', async () => {
    const list = arrayOf(await zammadJson(context, 'GET', `/tickets?page=${page}&per_page=${TICKETS_PER_PAGE}&expand=true`, 'zammad: tickets'), 'tickets')
    const messages: CanonicalMessage[] = []
    for (const item of list) {
      const ticket = parseZammad(ZammadTicket, item, 'ticket')
      if (since > 0 && ticket.updated_at && Date.parse(ticket.updated_at) < since) continue
      const articles = arrayOf(await zammadJson(context, 'GET', `/ticket_articles/by_ticket/${encodeURIComponent(ticket.id)}?expand=true`, 'zammad: articles'), 'articles')
      for (const raw of articles) {
        const article = parseZammad(ZammadArticle, raw, `article of ticket ${ticket.id}`)
        if (Date.parse(article.created_at) < since || isOwnZammadArticle(article, context.settings)) continue
        const message = zammadMessage(article, ticket)
        if (message !== null) messages.push(message)
      }
    }
    return { messages, cursor: list.length < TICKETS_PER_PAGE ? null : JSON.stringify({ page: page + 1 }), conversations: list.length }
  })
}
