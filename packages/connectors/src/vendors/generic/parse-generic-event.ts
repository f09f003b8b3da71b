/**
 * Reads one generic webhook: a canonical batch, deduped on its Standard Webhooks `webhook-id`. The loop
 * guard: a receiver that files our write-back note somewhere and relays that system's messages back
 * would feed us our own words, so internal messages that open with our marker, and messages from the
 * configured `botAgentId`, are left out.
 */
import { VendorPayloadError } from '../../connector-errors.js'
import type { CanonicalMessage, InboundRequest, ParsedEvent } from '../../vendor-adapter.js'
import { isOwnNote } from '../own-note.js'
import { eventBody } from '../payload-fields.js'
import { genericBatch } from './generic-batch.js'

function isOwn(message: CanonicalMessage, settings: Readonly<Record<string, string>>): boolean {
  const bot = settings.botAgentId?.trim()
  return (Boolean(bot) && message.agentId === bot) || (message.internal === true && isOwnNote(message.text))
}

/** The batch's messages, our own left out; `webhook-id` is the event id. */
export function parseGenericEvent(parsed: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  const eventId = request.headers['webhook-id']?.trim()
  if (!eventId) throw new VendorPayloadError('generic event: no webhook-id header')
  const all = genericBatch(eventBody(parsed, request))
  const messages = all.filter((message) => !isOwn(message, settings))
  return messages.length === 0 ? { eventId, messages, ignored: 'own-write-back' } : { eventId, messages }
}
