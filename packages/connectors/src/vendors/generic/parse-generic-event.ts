/**
 * Reads one generic webhook: a canonical batch, deduped on its Standard Webhooks `webhook-id`; an
 * envelope of another type is acknowledged as an unknown event. The loop guard: a receiver that files
 * our write-back note somewhere and relays that system's messages back would feed us our own words, so
 * internal messages that open with our marker, and messages from the configured `botAgentId`, are
 * left out.
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

function isEnvelopeWithoutMessages(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false
  const { type, messages } = body as { type?: unknown; messages?: unknown }
  return typeof type === 'string' && type.trim() !== '' && messages === undefined
}

/** The batch's messages, our own left out; `webhook-id` is the event id. */
export function parseGenericEvent(parsed: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  const eventId = request.headers['webhook-id']?.trim()
  if (!eventId) throw new VendorPayloadError('generic: event: no webhook-id header')
  const body = eventBody(parsed, request)
  // A Standard Webhooks envelope (`{type, timestamp, data}`) without messages is an event of the
  // sender's we do not read: a ping, a test event from its admin UI.
  if (isEnvelopeWithoutMessages(body)) return { eventId, messages: [], ignored: 'unknown-event' }
  const all = genericBatch(body)
  const messages = all.filter((message) => !isOwn(message, settings))
  return messages.length === 0 ? { eventId, messages, ignored: 'own-write-back' } : { eventId, messages }
}
