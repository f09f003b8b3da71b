/**
 * Writes a reading back to a Zendesk ticket: tags through the Tags API (add with PUT, remove with DELETE,
 * so other tags are never replaced), then priority and the internal note in one ticket update guarded by
 * `safe_update`: if someone changed the ticket since we read it, Zendesk answers 409 and we re-read once.
 * The note goes last because it is the one write a retry would repeat.
 */
import { VendorHttpError } from '../../connector-errors.js'
import type { ConnectorContext, WriteBackChange } from '../../vendor-adapter.js'
import { readingVendorAnswers, vendorJson, vendorWrite } from '../http-failure.js'
import { markedNote } from '../own-note.js'
import { fields, optionalString } from '../payload-fields.js'
import { zendeskRequest } from './zendesk-api.js'

/** Zendesk wants user ids as integers; one past 2^53 is sent as its digits rather than rounded. */
function userIdValue(userId: string): number | string {
  const n = Number(userId)
  return Number.isSafeInteger(n) ? n : userId
}

/** Applies `change` to ticket `ticketId`; throws `VendorHttpError` when a call fails. */
export async function zendeskWriteBack(context: ConnectorContext, ticketId: string, change: WriteBackChange): Promise<void> {
  const ticketPath = `/api/v2/tickets/${encodeURIComponent(ticketId)}`
  if (change.addTags.length > 0) await vendorWrite(context.fetch, zendeskRequest(context, 'PUT', `${ticketPath}/tags`, { tags: change.addTags }), 'zendesk: add tags')
  if (change.removeTags.length > 0) await vendorWrite(context.fetch, zendeskRequest(context, 'DELETE', `${ticketPath}/tags`, { tags: change.removeTags }), 'zendesk: remove tags')
  if (change.priority === undefined && change.note === undefined) return
  const botUserId = context.settings['botUserId']
  for (let attempt = 1; attempt <= 2; attempt++) {
    const updatedStamp = await readingVendorAnswers('zendesk: read ticket', async () => {
      const answer = fields(await vendorJson(context.fetch, zendeskRequest(context, 'GET', ticketPath), 'zendesk: read ticket'), 'the answer')
      return optionalString(fields(answer['ticket'], 'ticket')['updated_at'], 'ticket.updated_at')
    })
    const ticket = {
      ...(change.priority === undefined ? {} : { priority: change.priority }),
      ...(change.note === undefined
        ? {}
        : { comment: { public: false, body: markedNote(change.note), ...(botUserId === undefined || botUserId === '' ? {} : { author_id: userIdValue(botUserId) }) } }),
      ...(updatedStamp === undefined ? {} : { safe_update: true, updated_stamp: updatedStamp }),
    }
    const status = await vendorWrite(context.fetch, zendeskRequest(context, 'PUT', ticketPath, { ticket }), 'zendesk: update ticket', [409])
    if (status !== 409) return
  }
  throw new VendorHttpError('zendesk: update ticket: the ticket changed again while we wrote (409 twice)', 409, null, false)
}
