/**
 * The contract between the alert rules and the places alerts go: what one notice says, and how each
 * kind of destination is configured. Renderers and deliverers live one per file beside this one.
 */
import type { BoundedFetch } from '../vendor-adapter.js'

/** What an alert is about. */
export type AlertKind = 'conversation_escalated' | 'customer_at_risk' | 'change_detected' | 'sentiment_drop'

/** How loudly a destination should present it. */
export type AlertSeverity = 'info' | 'warning' | 'critical'

/**
 * One alert, ready to render. Every text field is plain text as a person or a vendor wrote it: each
 * renderer escapes for its own format, so no field may carry markup.
 */
export interface AlertNotice {
  /** Stable across retries and redeliveries: the receiver's idempotency key (`webhook-id`). */
  readonly id: string
  readonly kind: AlertKind
  readonly title: string
  readonly summary: string
  readonly severity: AlertSeverity
  readonly workspaceId: string
  /** When what the alert reports happened, milliseconds since the epoch. */
  readonly occurredAt: number
  readonly conversation?: {
    readonly id: string
    readonly externalId: string
    readonly dashboardUrl?: string
    readonly helpdeskUrl?: string
  }
  readonly customer?: {
    readonly id: string
    readonly externalId: string
    /** 0 to 1. */
    readonly churnRisk?: number
    /** The customer's value as the workspace records it (for example ARR). */
    readonly value?: number
  }
  /** Label and value pairs shown as a table, in order (Slack shows at most ten fields). */
  readonly facts: readonly { readonly label: string; readonly value: string }[]
}

/** A Slack incoming webhook. The URL is the credential. */
export interface SlackDestination {
  readonly kind: 'slack'
  readonly url: string
}

/** A Microsoft Teams "workflow" (Power Automate) webhook that posts an Adaptive Card. The URL is the credential. */
export interface TeamsDestination {
  readonly kind: 'teams'
  readonly url: string
}

/** E-mail over SMTP. */
export interface EmailDestination {
  readonly kind: 'email'
  readonly host: string
  readonly port: number
  /** TLS from the first byte (port 465); false means STARTTLS when the server offers it. */
  readonly secure: boolean
  readonly user?: string
  readonly password?: string
  readonly from: string
  readonly to: readonly string[]
}

/** A generic webhook signed per Standard Webhooks. */
export interface WebhookDestination {
  readonly kind: 'webhook'
  readonly url: string
  /** `whsec_` followed by base64 of the key bytes (see `generateWebhookSecret`). */
  readonly secret: string
}

/** Where alerts of a rule go, secrets included: store it encrypted, show it through `describeDestination`. */
export type DestinationConfig = SlackDestination | TeamsDestination | EmailDestination | WebhookDestination

/** The kinds of destination. */
export type DestinationKind = DestinationConfig['kind']

/** What one delivery needs from its caller. */
export interface DeliverOptions {
  /** The bounded fetch (timeout, no redirects, address policy) for the HTTP destinations. */
  readonly fetch: BoundedFetch
  /** Milliseconds since the epoch: the signature timestamp and the base of an HTTP-date `Retry-After`. */
  readonly now: number
  /** The same policy for SMTP, which does not go through fetch. Absent: private addresses refused, 15 s. */
  readonly smtp?: { readonly allowPrivateNetwork: boolean; readonly timeoutMs: number }
}
