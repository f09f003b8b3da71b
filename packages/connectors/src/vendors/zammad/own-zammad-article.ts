/**
 * The loop guard for Zammad: the note, tags and priority Undertone writes fire the same triggers that
 * send us webhooks. Ours are recognised by the API user whose token we write with (`botUserId`) and, for
 * a token whose user id was not configured, by the marker every note of ours opens with.
 */
import { isOwnNote } from '../own-note.js'
import { senderOf } from './zammad-article.js'
import { type ZammadArticle, type ZammadTicket, userIdOf } from './zammad-payload.js'

/** Whether the article is ours: created by our API user, or an internal agent note that opens with the marker. */
export function isOwnZammadArticle(article: ZammadArticle, settings: Readonly<Record<string, string>>): boolean {
  const bot = settings.botUserId?.trim()
  if (bot && userIdOf(article.created_by_id, article.created_by) === bot) return true
  return article.internal === true && senderOf(article) === 'agent' && isOwnNote(article.body ?? '')
}

/** Whether a ticket update that carries no article was ours (our tags or priority). */
export function isOwnZammadUpdate(ticket: ZammadTicket, settings: Readonly<Record<string, string>>): boolean {
  const bot = settings.botUserId?.trim()
  return Boolean(bot) && ticket.updated_by_id === bot
}
