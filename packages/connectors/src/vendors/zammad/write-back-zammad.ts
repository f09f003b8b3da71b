/**
 * Writes a reading back to a Zammad ticket: tags one call per tag (Zammad's tag API takes one item),
 * the priority by id, and an internal note that opens with our marker.
 */
import type { ConnectorContext, WriteBackChange } from '../../vendor-adapter.js'
import { markedNote } from '../own-note.js'
import { zammadIdValue, zammadJson } from './zammad-api.js'

/**
 * Zammad's seeded priorities: 1 low, 2 normal, 3 high. It has no urgent; high is the nearest, and a
 * ticket's own `priority_id` values for renamed or added priorities are not looked up.
 */
const PRIORITY_IDS = { low: 1, normal: 2, high: 3, urgent: 3 } as const

/** Tags, priority and note, in that order; a failed call throws `VendorHttpError` and the server retries the whole change. */
export async function writeBackZammad(context: ConnectorContext, ticketId: string, change: WriteBackChange): Promise<void> {
  const id = zammadIdValue(ticketId)
  for (const item of change.addTags) await zammadJson(context, 'POST', '/tags/add', 'zammad: tag', { object: 'Ticket', o_id: id, item })
  for (const item of change.removeTags) await zammadJson(context, 'DELETE', '/tags/remove', 'zammad: tag', { object: 'Ticket', o_id: id, item })
  if (change.priority !== undefined) {
    await zammadJson(context, 'PUT', `/tickets/${encodeURIComponent(ticketId)}`, 'zammad: priority', { priority_id: PRIORITY_IDS[change.priority] })
  }
  if (change.note !== undefined && change.note.trim() !== '') {
    await zammadJson(context, 'POST', '/ticket_articles', 'zammad: note', {
      ticket_id: id,
      body: markedNote(change.note),
      internal: true,
      type: 'note',
      content_type: 'text/plain',
    })
  }
}
