/** The Chatwoot adapter: its parts assembled into the `VendorAdapter` contract. */
import type { VendorAdapter } from '../../vendor-adapter.js'
import { apiUrl } from '../http-failure.js'
import { backfillChatwoot } from './backfill-chatwoot.js'
import { chatwootSpec } from './chatwoot-spec.js'
import { parseChatwootEvent } from './parse-chatwoot-event.js'
import { verifyChatwootSignature } from './verify-chatwoot-signature.js'
import { writeBackChatwoot } from './write-back-chatwoot.js'

/** Chatwoot: account webhooks in (signed, or with a URL token on older builds), labels, priority and private notes out. */
export const chatwootAdapter: VendorAdapter = {
  spec: chatwootSpec,
  verify: verifyChatwootSignature,
  parseEvent: parseChatwootEvent,
  writeBack: writeBackChatwoot,
  backfillPage: backfillChatwoot,
  ticketUrl: (baseUrl, conversationId, settings) =>
    apiUrl(baseUrl, `/app/accounts/${encodeURIComponent(settings.accountId?.trim() ?? '')}/conversations/${encodeURIComponent(conversationId)}`),
}
