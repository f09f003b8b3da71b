/** What a generic connector is configured with, for the CLI, the API and the dashboard. */
import type { VendorSpec } from '../../vendor-adapter.js'

/**
 * Anything else: a system that can POST our canonical batch signed per Standard Webhooks. It has no
 * base URL and no backfill (send history as batches instead, or use `POST /v1/messages`).
 */
export const genericSpec: VendorSpec = {
  kind: 'generic',
  title: 'Generic webhook (Standard Webhooks)',
  options: [
    {
      key: 'webhookSecret',
      flag: 'webhook-secret',
      secret: true,
      required: true,
      help: 'A Standard Webhooks secret (whsec_<base64>): the sender signs each batch with it (webhook-id, webhook-timestamp, webhook-signature), and write-backs are signed with it. Body: {"messages":[…]} as POST /v1/messages takes it. No backfill: send history as batches.',
    },
    {
      key: 'writeBackUrl',
      flag: 'write-back-url',
      secret: false,
      required: false,
      help: 'Where to POST write-backs (tags, priority, internal note) as signed JSON; without it nothing is written back.',
    },
    {
      key: 'ticketUrlTemplate',
      flag: 'ticket-url',
      secret: false,
      required: false,
      help: "The link to a conversation in the sending system, for alerts: {id} is replaced by the conversation id (e.g. https://crm.example.com/cases/{id}).",
    },
    { key: 'botAgentId', flag: 'bot-agent-id', secret: false, required: false, help: 'An agent_id the sender uses for what it relays from our write-backs, so it is never read back.' },
  ],
  webhookSecretKey: 'webhookSecret',
}
