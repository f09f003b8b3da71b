/**
 * The generic connector's counterpart for tests: a receiver of its write-backs that verifies each one
 * with the `standardwebhooks` library as a customer's endpoint would (and can be scripted to answer 429,
 * 500 or not at all), and signed inbound batches as a sender signs them.
 */
import { randomUUID } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { bodyText, type SignedRequest } from './fake-helpdesk.js'
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js'

/** A verified write-back, its `data` read. */
export interface ReceivedWriteBack {
  /** `webhook-id`: the same on every retry of one change. */
  readonly id: string
  readonly type: unknown
  readonly conversationId: unknown
  readonly addTags: unknown
  readonly removeTags: unknown
  readonly priority: unknown
  readonly note: unknown
}

export interface GenericReceiver extends WebhookReceiver {
  /** The write-backs whose signature verified, in order of arrival. */
  writeBacks(): ReceivedWriteBack[]
}

/** Starts a receiver of write-backs signed with `secret` (`whsec_…`): 204 when the signature verifies, 401 when not. */
export async function startGenericReceiver(secret: string): Promise<GenericReceiver> {
  const receiver = await startWebhookReceiver(secret)
  return {
    ...receiver,
    writeBacks: () =>
      receiver.verified.map((delivery) => {
        const payload = (delivery.payload ?? {}) as { type?: unknown; data?: Record<string, unknown> }
        const data = payload.data ?? {}
        return { id: delivery.id, type: payload.type, conversationId: data.conversation_id, addTags: data.add_tags, removeTags: data.remove_tags, priority: data.priority, note: data.note }
      }),
  }
}

/** A fresh Standard Webhooks secret, as a sender would be given one. */
export function genericSecret(): string {
  return `whsec_${Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64')}`
}

/**
 * An inbound batch signed per Standard Webhooks: `webhook-id` (default a fresh one), `webhook-timestamp`
 * (unix seconds, default now) and one `v1,` signature per secret, as a sender in mid-rotation signs.
 */
export function signedGenericEvent(body: unknown, secrets: string | readonly string[], options: { id?: string; timestamp?: number } = {}): SignedRequest {
  const text = bodyText(body)
  const rawBody = new Uint8Array(Buffer.from(text, 'utf8'))
  const id = options.id ?? `msg_${randomUUID()}`
  const seconds = options.timestamp ?? Math.floor(Date.now() / 1000)
  const signatures = (typeof secrets === 'string' ? [secrets] : secrets).map((secret) => new Webhook(secret).sign(id, new Date(seconds * 1000), rawBody))
  return {
    rawBody,
    text,
    headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(seconds), 'webhook-signature': signatures.join(' ') },
  }
}
