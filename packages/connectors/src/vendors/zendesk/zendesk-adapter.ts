/** The Zendesk Support adapter: signed webhooks in (event subscriptions and trigger bodies), tags, priority and internal notes out, incremental export for backfill. */
import type { VendorAdapter } from '../../vendor-adapter.js'
import { apiUrl } from '../http-failure.js'
import { zendeskBackfillPage } from './zendesk-backfill.js'
import { parseZendeskEvent } from './zendesk-event.js'
import { verifyZendeskSignature } from './zendesk-signature.js'
import { zendeskSpec } from './zendesk-spec.js'
import { zendeskWriteBack } from './zendesk-write-back.js'

/** Zendesk Support. Credentials `email`, `token`; settings `botUserId` (loop guard, note author), `backfillPageSize`. */
export const zendeskAdapter: VendorAdapter = {
  spec: zendeskSpec,
  verify: verifyZendeskSignature,
  parseEvent: parseZendeskEvent,
  writeBack: zendeskWriteBack,
  backfillPage: zendeskBackfillPage,
  ticketUrl: (baseUrl, conversationId) => apiUrl(baseUrl, `/agent/tickets/${encodeURIComponent(conversationId)}`),
}
