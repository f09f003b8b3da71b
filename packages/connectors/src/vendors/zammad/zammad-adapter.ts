/** The Zammad adapter: its parts assembled into the `VendorAdapter` contract. */
import type { VendorAdapter } from '../../vendor-adapter.js'
import { apiUrl } from '../http-failure.js'
import { backfillZammad } from './backfill-zammad.js'
import { parseZammadEvent } from './parse-zammad-event.js'
import { verifyZammadSignature } from './verify-zammad-signature.js'
import { writeBackZammad } from './write-back-zammad.js'
import { zammadSpec } from './zammad-spec.js'

/** Zammad: trigger webhooks in (HMAC-SHA1), tags, priority and internal notes out. */
export const zammadAdapter: VendorAdapter = {
  spec: zammadSpec,
  verify: verifyZammadSignature,
  parseEvent: parseZammadEvent,
  writeBack: writeBackZammad,
  backfillPage: backfillZammad,
  ticketUrl: (baseUrl, ticketId) => apiUrl(baseUrl, `/#ticket/zoom/${encodeURIComponent(ticketId)}`),
}
