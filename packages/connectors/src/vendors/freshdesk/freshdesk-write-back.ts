/**
 * Writes a reading back to a Freshdesk ticket. `tags` in a ticket update replaces the whole list, so the
 * current tags are read and merged first; priority travels in the same update. The private note is a
 * separate call, last, because it is the one write a retry would repeat. Freshdesk offers no
 * conditional update, so a tag an agent adds between our read and write can be lost (a short window).
 */
import type { ConnectorContext, WriteBackChange } from '../../vendor-adapter.js'
import { readingVendorAnswers, vendorJson, vendorWrite } from '../http-failure.js'
import { markedNoteHtml } from '../own-note.js'
import { fields, tagList } from '../payload-fields.js'
import { freshdeskRequest } from './freshdesk-api.js'
import { FRESHDESK_PRIORITY } from './freshdesk-codes.js'

/** The ticket's tags after `change`, or undefined when they would not change. */
async function mergedTags(context: ConnectorContext, ticketPath: string, change: WriteBackChange): Promise<string[] | undefined> {
  const current = await readingVendorAnswers('freshdesk: read ticket', async () => {
    const ticket = fields(await vendorJson(context.fetch, freshdeskRequest(context, 'GET', ticketPath), 'freshdesk: read ticket'), 'the ticket')
    return tagList(ticket['tags']) ?? []
  })
  const removed = new Set(change.removeTags)
  const merged = [...new Set([...current, ...change.addTags])].filter((tag) => !removed.has(tag))
  const same = merged.length === current.length && merged.every((tag) => current.includes(tag))
  return same ? undefined : merged
}

/** Applies `change` to ticket `ticketId`; throws `VendorHttpError` when a call fails. */
export async function freshdeskWriteBack(context: ConnectorContext, ticketId: string, change: WriteBackChange): Promise<void> {
  const ticketPath = `/api/v2/tickets/${encodeURIComponent(ticketId)}`
  const tags = change.addTags.length > 0 || change.removeTags.length > 0 ? await mergedTags(context, ticketPath, change) : undefined
  if (tags !== undefined || change.priority !== undefined) {
    const update = { ...(tags === undefined ? {} : { tags }), ...(change.priority === undefined ? {} : { priority: FRESHDESK_PRIORITY[change.priority] }) }
    await vendorWrite(context.fetch, freshdeskRequest(context, 'PUT', ticketPath, update), 'freshdesk: update ticket')
  }
  if (change.note !== undefined) {
    await vendorWrite(context.fetch, freshdeskRequest(context, 'POST', `${ticketPath}/notes`, { body: markedNoteHtml(change.note), private: true }), 'freshdesk: add note')
  }
}
