/** Reads one generic webhook: a canonical batch, deduped on its Standard Webhooks `webhook-id`. */
import { VendorPayloadError } from '../../connector-errors.js'
import type { InboundRequest, ParsedEvent } from '../../vendor-adapter.js'
import { genericBatch } from './generic-batch.js'
import { isOwnGenericMessage } from './own-generic-message.js'

/** The batch's messages, our own notes left out; `webhook-id` is the event id. */
export function parseGenericEvent(body: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  const eventId = request.headers['webhook-id']?.trim()
  if (!eventId) throw new VendorPayloadError('generic event: no webhook-id header')
  const all = genericBatch(body)
  const messages = all.filter((message) => !isOwnGenericMessage(message, settings))
  return messages.length === 0 ? { eventId, messages, ignored: 'own-write-back' } : { eventId, messages }
}
