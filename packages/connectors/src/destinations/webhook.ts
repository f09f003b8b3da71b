/**
 * Our own outbound webhooks, signed per Standard Webhooks so receivers verify them with an off-the-shelf
 * library: `webhook-id` (the notice id, stable across retries: the receiver's dedupe key),
 * `webhook-timestamp` (seconds, when this attempt was sent) and `webhook-signature` (`v1,<base64 HMAC>`).
 */
import { randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { VendorHttpError } from '../connector-errors.js'
import type { BoundedFetch } from '../vendor-adapter.js'
import type { AlertKind, AlertNotice, AlertSeverity, WebhookDestination } from './destination.js'
import { postJson } from './post-json.js'

/** Event types, `noun.verb` as the Standard Webhooks convention names them. */
export const WEBHOOK_EVENT_TYPE: Record<AlertKind, string> = {
  conversation_escalated: 'conversation.escalated',
  customer_at_risk: 'customer.at_risk',
  change_detected: 'change.detected',
  sentiment_drop: 'customer.sentiment_dropped',
}

/** The JSON body of a delivery. It depends on the notice only, so every retry sends the same bytes. */
export interface WebhookEnvelope {
  readonly type: string
  /** When the event happened (ISO 8601), not when this attempt was sent. */
  readonly timestamp: string
  readonly data: {
    readonly alert_id: string
    readonly kind: AlertKind
    readonly severity: AlertSeverity
    readonly title: string
    readonly summary: string
    readonly workspace_id: string
    readonly occurred_at: string
    readonly conversation?: { readonly id: string; readonly external_id: string }
    readonly customer?: { readonly id: string; readonly external_id: string; readonly churn_risk?: number; readonly value?: number }
    readonly facts: readonly { readonly label: string; readonly value: string }[]
    readonly links: { readonly dashboard?: string; readonly helpdesk?: string }
  }
}

/** A new signing secret in the `whsec_<base64>` form receivers' libraries expect (24 random bytes). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`
}

/** The envelope for a notice, in snake_case like the rest of our public JSON. */
export function renderWebhook(notice: AlertNotice): WebhookEnvelope {
  const occurredAt = new Date(notice.occurredAt).toISOString()
  const conv = notice.conversation
  const cust = notice.customer
  return {
    type: WEBHOOK_EVENT_TYPE[notice.kind],
    timestamp: occurredAt,
    data: {
      alert_id: notice.id,
      kind: notice.kind,
      severity: notice.severity,
      title: notice.title,
      summary: notice.summary,
      workspace_id: notice.workspaceId,
      occurred_at: occurredAt,
      ...(conv !== undefined ? { conversation: { id: conv.id, external_id: conv.externalId } } : {}),
      ...(cust !== undefined
        ? {
            customer: {
              id: cust.id,
              external_id: cust.externalId,
              ...(cust.churnRisk !== undefined ? { churn_risk: cust.churnRisk } : {}),
              ...(cust.value !== undefined ? { value: cust.value } : {}),
            },
          }
        : {}),
      facts: notice.facts.map((f) => ({ label: f.label, value: f.value })),
      links: {
        ...(conv?.dashboardUrl !== undefined ? { dashboard: conv.dashboardUrl } : {}),
        ...(conv?.helpdeskUrl !== undefined ? { helpdesk: conv.helpdeskUrl } : {}),
      },
    },
  }
}

function signer(secret: string): Webhook {
  try {
    return new Webhook(secret)
  } catch {
    throw new VendorHttpError('webhook destination: the signing secret is not whsec_ followed by base64', null, null, true)
  }
}

/** Signs the envelope with the destination's secret at `now` and posts it. */
export async function deliverWebhook(config: WebhookDestination, notice: AlertNotice, fetch: BoundedFetch, now: number): Promise<void> {
  const body = JSON.stringify(renderWebhook(notice))
  const signature = signer(config.secret).sign(notice.id, new Date(now), body)
  await postJson(fetch, 'webhook', config.url, body, now, {
    'webhook-id': notice.id,
    'webhook-timestamp': String(Math.floor(now / 1000)),
    'webhook-signature': signature,
  })
}
