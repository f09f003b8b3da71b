/** Reads one Zendesk webhook body, whichever of the two flavours sent it (event subscription or our trigger template). */
import { VendorPayloadError } from '../../connector-errors.js'
import type { InboundRequest, ParsedEvent } from '../../vendor-adapter.js'
import { eventBody, fields, id, optionalString } from '../payload-fields.js'
import { parseZendeskSubscriptionEvent, ZENDESK_EVENT_TYPE_PREFIX } from './zendesk-event-subscription.js'
import { isZendeskTriggerBody, parseZendeskTriggerBody } from './zendesk-trigger-body.js'

/** Maps a verified Zendesk webhook; an event type the adapter does not read is `ignored: 'unknown-event'`. */
export function parseZendeskEvent(body: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  const event = fields(eventBody(body, request), 'the event')
  const type = optionalString(event['type'], 'type')
  if (type?.toLowerCase().startsWith(ZENDESK_EVENT_TYPE_PREFIX)) return parseZendeskSubscriptionEvent(event, settings)
  if (isZendeskTriggerBody(event)) return parseZendeskTriggerBody(event, settings)
  if (type !== undefined && event['id'] !== undefined) {
    // A Zendesk event family this adapter does not read (users, organizations, …): acknowledged, skipped.
    return { eventId: id(event['id'], 'id'), messages: [], ignored: 'unknown-event' }
  }
  throw new VendorPayloadError('neither a Zendesk event (type, id) nor the trigger body (ticket_id)')
}
