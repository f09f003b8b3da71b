/** The Freshdesk adapter: automation-rule webhooks in (shared secret), merged tags, priority and private notes out, updated-since listing for backfill. */
import type { VendorAdapter } from '../../vendor-adapter.js'
import { apiUrl } from '../http-failure.js'
import { freshdeskBackfillPage } from './freshdesk-backfill.js'
import { parseFreshdeskEvent } from './freshdesk-event.js'
import { verifyFreshdeskSecret } from './freshdesk-signature.js'
import { freshdeskSpec } from './freshdesk-spec.js'
import { freshdeskWriteBack } from './freshdesk-write-back.js'

/** Freshdesk. Credential `apiKey`; setting `botAgentId` (loop guard). */
export const freshdeskAdapter: VendorAdapter = {
  spec: freshdeskSpec,
  verify: verifyFreshdeskSecret,
  parseEvent: parseFreshdeskEvent,
  writeBack: freshdeskWriteBack,
  backfillPage: freshdeskBackfillPage,
  ticketUrl: (baseUrl, conversationId) => apiUrl(baseUrl, `/a/tickets/${encodeURIComponent(conversationId)}`),
}
