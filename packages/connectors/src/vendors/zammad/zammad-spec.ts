/** What a Zammad connector is configured with, for the CLI, the API and the dashboard. */
import type { VendorSpec } from '../../vendor-adapter.js'

/** Zammad (self-hosted): a trigger webhook in, the REST API out. */
export const zammadSpec: VendorSpec = {
  kind: 'zammad',
  title: 'Zammad',
  options: [
    {
      key: 'token',
      flag: 'token',
      secret: true,
      required: true,
      help: 'A token for the REST API (Profile → Token Access) with ticket.agent permission: reads tickets and articles, writes tags, priority and internal notes.',
    },
    {
      key: 'webhookSecret',
      flag: 'webhook-secret',
      secret: true,
      required: true,
      help: "The webhook's HMAC SHA1 Signature Token (Manage → Webhook); a trigger (Manage → Trigger) must call the webhook.",
    },
    {
      key: 'botUserId',
      flag: 'bot-user-id',
      secret: false,
      required: false,
      help: "The id of the Zammad user the token belongs to, so our notes and tag changes are never read back (also add the trigger condition 'Updated by is not' that user).",
    },
  ],
  webhookSecretKey: 'webhookSecret',
}
