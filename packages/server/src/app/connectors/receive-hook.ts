import { VendorPayloadError } from '@undertone/connectors'
import { type Database, findConnectorByHook, ingestMessages, recordConnectorEvent, recordRefusal } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../../problem.js'
import type { Scheduler } from '../scheduler.js'
import { connectorSecrets } from './connector-admin.js'
import { type ConnectorRuntime, adapterOf } from './connector-runtime.js'
import { workspaceRedactor } from '../privacy/workspace-redactor.js'
import { clampFutureDates } from '../future-dates.js'
import { toIncoming } from './to-incoming.js'
import { OWN_NOTE_MARK } from './write-back-plan.js'

/** What the vendor is answered: fast, before any reading. */
export interface HookAnswer {
  readonly outcome: 'stored' | 'duplicate' | 'ignored'
  readonly eventId: string
  readonly stored: number
  readonly reason?: string
}

/**
 * Takes one inbound helpdesk event: checks the vendor's signature over the exact bytes, maps the
 * event, and stores its messages with their reading job and the event id in one transaction; the
 * reading happens in the worker, so the vendor is answered in milliseconds. An event id seen
 * before stores nothing. Our own write-backs (notes we wrote, updates by our bot user) are
 * recognised and dropped, so they never come back as customer messages.
 */
export async function receiveHook(
  deps: { readonly db: Kysely<Database>; readonly runtime: ConnectorRuntime; readonly scheduler: Scheduler; readonly clock: () => number },
  hookToken: string,
  request: { readonly rawBody: Uint8Array; readonly headers: Readonly<Record<string, string>> },
): Promise<HookAnswer> {
  const { db, runtime } = deps
  const connector = hookToken.length > 200 ? undefined : await findConnectorByHook(db, hookToken)
  if (connector === undefined) throw new ProblemError('UT_E_NOT_FOUND', 'no connector has this inbound URL')
  const adapter = adapterOf(runtime, connector.kind)
  const now = deps.clock()
  const inbound = { rawBody: request.rawBody, headers: request.headers, now }
  const check = adapter.verify(inbound, connectorSecrets(runtime, connector).webhookSecrets)
  if (!check.ok) {
    await recordRefusal(db, connector.id, check.code, now)
    throw new ProblemError(check.code, check.code === 'UT_E_SIGNATURE_STALE' ? 'the signature timestamp is outside the tolerance' : check.code === 'UT_E_SIGNATURE_MISSING' ? 'the request carries no signature' : 'the signature does not match')
  }
  let body: unknown
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(request.rawBody))
  } catch {
    throw new ProblemError('UT_E_BAD_JSON', 'the event body is not valid UTF-8 JSON')
  }
  let parsed: ReturnType<typeof adapter.parseEvent>
  try {
    parsed = adapter.parseEvent(body, inbound, connector.settings)
  } catch (err) {
    if (err instanceof VendorPayloadError) throw new ProblemError('UT_E_VENDOR_PAYLOAD', err.message)
    throw err
  }
  const eventId = parsed.eventId.slice(0, 512)
  // A note we wrote carries our mark, whatever the adapter made of its author.
  const messages = parsed.messages.filter((m) => !m.text.includes(OWN_NOTE_MARK))
  const ignored = parsed.ignored ?? (messages.length === 0 ? (parsed.messages.length > 0 ? 'own-write-back' : 'no-message') : undefined)
  if (ignored !== undefined) {
    const fresh = await recordConnectorEvent(db, connector.id, connector.workspaceId, { eventId, receivedAt: now, outcome: 'ignored', messages: 0, detail: ignored })
    return { outcome: fresh ? 'ignored' : 'duplicate', eventId, stored: 0, reason: ignored }
  }
  const redact = await workspaceRedactor(db, connector.workspaceId)
  const batch = clampFutureDates(messages.map((m) => toIncoming(m, connector.kind, redact)), now)
  let fresh = false
  const result = await ingestMessages(db, connector.workspaceId, batch, now, async (trx, res) => {
    fresh = await recordConnectorEvent(trx, connector.id, connector.workspaceId, { eventId, receivedAt: now, outcome: 'stored', messages: res.inserted.length, detail: null })
    if (res.inserted.length > 0) await deps.scheduler.reading(trx, { workspaceId: connector.workspaceId, messageIds: res.inserted.map((m) => m.id) })
  })
  return { outcome: fresh ? 'stored' : 'duplicate', eventId, stored: result.inserted.length }
}
