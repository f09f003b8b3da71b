import { type Database, type IncomingMessage, type IngestResult, type StoredReading, conversationTimelines, messagesByKey } from '@undertone/storage'
import type { Kysely } from 'kysely'

// The answer to a batch, one entry per message in the order they came, in the caller's ids and
// ours: an integrator finds each message (and with `?wait=true` its reading) by the ids it sent,
// without joining lists.

/** One message of a batch as answered. */
export interface BatchEntry {
  readonly externalId: string
  /** Our id; null only for a duplicate whose stored copy was erased while this request ran. */
  readonly id: string | null
  readonly conversationExternalId: string
  readonly conversationId: string | null
  readonly customerExternalId: string
  readonly status: 'stored' | 'duplicate'
  /** With `?wait=true`: the message's reading, or null (not a customer message, an internal note). */
  readonly reading?: StoredReading | null
}

/** A message already stored, as a duplicate's entry needs it. */
export interface StoredMessage {
  readonly id: string
  readonly conversationId: string
  readonly role: IncomingMessage['role']
  readonly internal: boolean
  readonly reading?: StoredReading
}

const keyOf = (source: string, externalId: string): string => `${source}\u0000${externalId}`
const sourceOf = (m: IncomingMessage): string => m.source ?? 'api'

/**
 * The stored copies of the given messages, keyed by `(source, external id)`: one query per 500
 * keys, and with `withReadings` one for their conversations' readings.
 */
export async function storedMessages(db: Kysely<Database>, workspaceId: string, messages: readonly IncomingMessage[], withReadings: boolean): Promise<Map<string, StoredMessage>> {
  const out = new Map<string, StoredMessage>()
  if (messages.length === 0) return out
  const found = await messagesByKey(db, workspaceId, messages.map((m) => ({ source: sourceOf(m), externalId: m.externalId })))
  const readings = new Map<string, StoredReading>()
  if (withReadings) {
    const timelines = await conversationTimelines(db, workspaceId, [...new Set(found.map((f) => f.conversationId))])
    for (const list of timelines.values()) for (const t of list) if (t.reading !== undefined) readings.set(t.id, t.reading)
  }
  for (const f of found) {
    const reading = readings.get(f.id)
    out.set(keyOf(f.source, f.externalId), { id: f.id, conversationId: f.conversationId, role: f.role, internal: f.internal, ...(reading === undefined ? {} : { reading }) })
  }
  return out
}

/**
 * The batch's entries: a message this request stored takes the ids storage gave it (a repeat
 * within the batch is a duplicate of it); any other is a duplicate of its stored copy in `stored`.
 */
export function batchEntries(batch: readonly IncomingMessage[], inserted: IngestResult['inserted'], stored: ReadonlyMap<string, StoredMessage>): BatchEntry[] {
  const fresh = new Map(inserted.map((m) => [keyOf(m.source, m.externalId), m]))
  const seen = new Set<string>()
  return batch.map((m) => {
    const k = keyOf(sourceOf(m), m.externalId)
    const mine = fresh.get(k)
    const first = mine !== undefined && !seen.has(k)
    seen.add(k)
    const copy = mine ?? stored.get(k)
    return {
      externalId: m.externalId,
      id: copy?.id ?? null,
      conversationExternalId: m.conversationId,
      conversationId: copy?.conversationId ?? null,
      customerExternalId: m.customerId,
      status: first ? 'stored' : 'duplicate',
    }
  })
}

/** The batch's messages that are not new in `inserted` (each a duplicate of a stored message, or of one earlier in the batch). */
export function notInserted(batch: readonly IncomingMessage[], inserted: IngestResult['inserted']): IncomingMessage[] {
  const fresh = new Set(inserted.map((m) => keyOf(m.source, m.externalId)))
  return batch.filter((m) => !fresh.has(keyOf(sourceOf(m), m.externalId)))
}

/** The entries with their readings: each message's, else its stored one, else null. */
export function withReadings(entries: readonly BatchEntry[], readings: readonly StoredReading[], stored: ReadonlyMap<string, StoredMessage>): BatchEntry[] {
  const byId = new Map<string, StoredReading>()
  for (const s of stored.values()) if (s.reading !== undefined) byId.set(s.id, s.reading)
  for (const r of readings) byId.set(r.messageId, r)
  return entries.map((e) => ({ ...e, reading: e.id === null ? null : (byId.get(e.id) ?? null) }))
}

/** Stored duplicates a waiting caller still needs read: customer messages, not internal notes, with no reading yet. */
export function unreadDuplicates(stored: ReadonlyMap<string, StoredMessage>): string[] {
  return [...stored.values()].filter((s) => s.reading === undefined && s.role === 'customer' && !s.internal).map((s) => s.id)
}
