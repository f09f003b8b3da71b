/** What a Freshdesk connector is configured with: an API key, the shared secret its automation rules send, the bot agent. */
import type { VendorSpec } from '../../vendor-adapter.js'

/** Freshdesk: options for the CLI, the API and the dashboard. */
export const freshdeskSpec: VendorSpec = {
  kind: 'freshdesk',
  title: 'Freshdesk',
  options: [
    { key: 'apiKey', flag: 'api-key', secret: true, required: true, help: "API key of the agent Undertone acts as (Profile settings → View API key; create a dedicated 'Undertone' agent)" },
    {
      key: 'webhookSecret',
      flag: 'webhook-secret',
      secret: true,
      required: true,
      help: "A secret you choose; the automation rule's webhook sends it in the X-Undertone-Secret header (or as the basic-auth password)",
    },
    { key: 'botAgentId', flag: 'bot-agent-id', secret: false, required: false, help: "Agent id of that agent: its notes and replies are never read" },
  ],
  webhookSecretKey: 'webhookSecret',
}
