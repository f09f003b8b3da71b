/** What a Chatwoot connector is configured with, for the CLI, the API and the dashboard. */
import type { VendorSpec } from '../../vendor-adapter.js'

/** Chatwoot (self-hosted or cloud): an account webhook in, the Application API out. */
export const chatwootSpec: VendorSpec = {
  kind: 'chatwoot',
  title: 'Chatwoot',
  options: [
    { key: 'accountId', flag: 'account-id', secret: false, required: true, help: 'The Chatwoot account id (the number after /app/accounts/ in the agent UI).' },
    {
      key: 'token',
      flag: 'token',
      secret: true,
      required: true,
      help: "An access token for the Application API (Profile settings → Access token, or an agent bot's token): reads conversations, writes labels, priority and private notes.",
    },
    {
      key: 'webhookSecret',
      flag: 'webhook-secret',
      secret: true,
      required: true,
      help: "The webhook's secret. Chatwoot builds that sign webhooks (X-Chatwoot-Signature): paste the secret Chatwoot shows for the webhook. Older builds: add ?token=<this secret> to the webhook URL.",
    },
    { key: 'agentBotId', flag: 'agent-bot-id', secret: false, required: false, help: 'When the token is an agent bot\'s: its id, so its messages are never read as conversation messages.' },
    { key: 'botUserId', flag: 'bot-user-id', secret: false, required: false, help: "When the token is a user's: that user's id, so its messages are never read as conversation messages." },
  ],
  webhookSecretKey: 'webhookSecret',
}
