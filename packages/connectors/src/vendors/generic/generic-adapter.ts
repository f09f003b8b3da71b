/** The generic adapter: its parts assembled into the `VendorAdapter` contract. */
import type { VendorAdapter } from '../../vendor-adapter.js'
import { genericSpec } from './generic-spec.js'
import { parseGenericEvent } from './parse-generic-event.js'
import { verifyGenericSignature } from './verify-generic-signature.js'
import { writeBackGeneric } from './write-back-generic.js'

/** Anything else: canonical batches in (Standard Webhooks), signed JSON write-backs out, no backfill. */
export const genericAdapter: VendorAdapter = {
  spec: genericSpec,
  verify: verifyGenericSignature,
  parseEvent: parseGenericEvent,
  writeBack: writeBackGeneric,
  // A generic sender has no export to read: the backfill is finished before it starts.
  backfillPage: async () => ({ messages: [], cursor: null, conversations: 0 }),
  // Only the sender knows where its conversations live: a template it configured, or no link.
  ticketUrl: (_baseUrl, conversationId, settings) => settings.ticketUrlTemplate?.trim().replaceAll('{id}', encodeURIComponent(conversationId)) ?? '',
}
