/** What a Zendesk connector is configured with: an agent's e-mail and API token, the webhook signing secret, the bot agent. */
import type { VendorSpec } from '../../vendor-adapter.js'

/** Zendesk Support: options for the CLI, the API and the dashboard. */
export const zendeskSpec: VendorSpec = {
  kind: 'zendesk',
  title: 'Zendesk Support',
  options: [
    { key: 'email', flag: 'email', secret: false, required: true, help: "E-mail of the agent the API token acts as (create a dedicated 'Undertone' agent)" },
    { key: 'token', flag: 'token', secret: true, required: true, help: 'Zendesk API token (Admin Center → Apps and integrations → Zendesk API)' },
    { key: 'webhookSecret', flag: 'webhook-secret', secret: true, required: true, help: "The webhook's signing secret (Admin Center → Webhooks → the webhook → Reveal secret)" },
    { key: 'botUserId', flag: 'bot-user-id', secret: false, required: false, help: "User id of that agent: its comments are never read, and internal notes are written as it" },
  ],
  webhookSecretKey: 'webhookSecret',
}
