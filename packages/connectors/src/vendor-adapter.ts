/**
 * The contract every helpdesk adapter implements. An adapter is stateless: the server owns storage,
 * queues and secrets, and hands the adapter what one call needs.
 */

/** The helpdesks Undertone connects to, plus a generic signed webhook for anything else. */
export type VendorKind = 'zendesk' | 'freshdesk' | 'intercom' | 'chatwoot' | 'zammad' | 'generic'

/** Who wrote a message, in the canonical model. */
export type AuthorRole = 'customer' | 'agent' | 'bot' | 'system'

/** A conversation's status, in the canonical model Undertone stores. */
export type CanonicalStatus = 'open' | 'pending' | 'resolved' | 'closed'

/**
 * One message mapped from a vendor payload, in the shape `@undertone/storage` ingests
 * (`IncomingMessage`); the server adds `source` (the vendor kind).
 */
export interface CanonicalMessage {
  /** The vendor's own id of the comment, part or article (always a string). */
  readonly externalId: string
  /** The vendor's ticket or conversation id (always a string). */
  readonly conversationId: string
  /** The vendor's requester or contact id (always a string). */
  readonly customerId: string
  readonly role: AuthorRole
  /** Plain text: HTML stripped, quoted e-mail history and signatures removed. */
  readonly text: string
  /** Milliseconds since the epoch. */
  readonly createdAt: number
  readonly channel?: string
  /** The agent's id when an agent wrote it. */
  readonly agentId?: string
  readonly productArea?: string
  readonly tags?: readonly string[]
  /** An internal note or private comment: stored, never read as the customer's words. */
  readonly internal?: boolean
  readonly status?: CanonicalStatus
  readonly customer?: { readonly segment?: string; readonly plan?: string; readonly value?: number }
}

/** What one connector is configured with, secrets decrypted by the server for this call only. */
export interface ConnectorContext {
  /** The vendor's API root, e.g. `https://acme.zendesk.com` or `http://127.0.0.1:4100` in tests. */
  readonly baseUrl: string
  /** Credentials by option key (see `VendorSpec.options`), e.g. `{ email, token }`. */
  readonly credentials: Readonly<Record<string, string>>
  /** Non-secret settings by option key, e.g. `{ botUserId: '901' }`. */
  readonly settings: Readonly<Record<string, string>>
  /** The only way an adapter reaches the network: bounded (timeout, no redirects, address policy). */
  readonly fetch: BoundedFetch
}

/** `fetch` with the outbound policy applied (see `createBoundedFetch`). */
export type BoundedFetch = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<Response>

/** An inbound webhook request as the server received it. */
export interface InboundRequest {
  /** The exact bytes received: signatures are computed over them, never over re-serialised JSON. */
  readonly rawBody: Uint8Array
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>
  /** Milliseconds since the epoch, from the injected clock. */
  readonly now: number
}

/** Why a signature was refused; the server answers 401 with this code. */
export type SignatureFailure = 'UT_E_SIGNATURE_MISSING' | 'UT_E_SIGNATURE_INVALID' | 'UT_E_SIGNATURE_STALE'

/** What checking a request's signature found. */
export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly code: SignatureFailure }

/** What one inbound event means. */
export interface ParsedEvent {
  /**
   * The vendor's delivery or event id, the dedupe key. Where the vendor sends none, a stable id built
   * from what identifies the event (for example ticket id + comment id), never a timestamp of receipt.
   */
  readonly eventId: string
  /** The messages to store (possibly empty: a status change carries none but `status`). */
  readonly messages: readonly CanonicalMessage[]
  /** Set when the event is deliberately skipped: an unknown event type, or our own write-back. */
  readonly ignored?: 'unknown-event' | 'own-write-back' | 'no-message'
}

/** The change the server wants written back to one ticket. Computed only when something changed. */
export interface WriteBackChange {
  /** Tags to add, e.g. `undertone_negative`. */
  readonly addTags: readonly string[]
  /** Tags of ours to remove (a reading that no longer holds). */
  readonly removeTags: readonly string[]
  readonly priority?: 'low' | 'normal' | 'high' | 'urgent'
  /** An internal note (never a public reply): the reading and its reasons, plain text. */
  readonly note?: string
}

/** One page of a backfill. */
export interface BackfillPage {
  readonly messages: readonly CanonicalMessage[]
  /** The cursor to store and resume from; null when the export is finished. */
  readonly cursor: string | null
  /** How many tickets or conversations this page covered (progress). */
  readonly conversations: number
  /** The vendor's estimate of what is left or the total, when it gives one. */
  readonly total?: number
}

/** One configuration option of a vendor, shared by the CLI, the API and the dashboard. */
export interface VendorOption {
  /** camelCase key in `credentials` or `settings`. */
  readonly key: string
  /** The CLI flag, kebab-case without dashes, e.g. `webhook-secret`. */
  readonly flag: string
  readonly secret: boolean
  readonly required: boolean
  readonly help: string
}

/** What a vendor needs to be configured and how its admin UI is set up. */
export interface VendorSpec {
  readonly kind: VendorKind
  readonly title: string
  /** Options besides `baseUrl` (which every vendor but `generic` requires). */
  readonly options: readonly VendorOption[]
  /** The option key of the inbound webhook secret(s); rotation keeps two. */
  readonly webhookSecretKey: string
}

/** A helpdesk adapter. Every function is safe on hostile input: it throws `VendorPayloadError`, never anything else, for a bad payload. */
export interface VendorAdapter {
  readonly spec: VendorSpec
  /** Constant-time check of the request's signature against any of the active secrets (two during rotation). */
  verify(request: InboundRequest, secrets: readonly string[]): SignatureCheck
  /** Maps a verified, JSON-parsed event to canonical messages. */
  parseEvent(body: unknown, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent
  /** Writes tags, priority and an internal note to one ticket; throws `VendorHttpError` on a failed call. */
  writeBack(context: ConnectorContext, conversationId: string, change: WriteBackChange): Promise<void>
  /** Reads one page of the vendor's incremental export from `cursor` (null: from the start or `since`). */
  backfillPage(context: ConnectorContext, cursor: string | null, since: number): Promise<BackfillPage>
  /** The agent-UI link to a ticket, for alerts. */
  ticketUrl(baseUrl: string, conversationId: string, settings: Readonly<Record<string, string>>): string
}
