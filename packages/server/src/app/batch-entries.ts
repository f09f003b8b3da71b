import { type Database, type IncomingMessage, type IngestResult, type StoredReading, conversationTimelines, findConversation } from '@undertone/storage'
import type { Kysely } from 'kysely'

// The answer to a batch, one entry per message in the order they came, in the caller's ids and
// ours: an integrator finds each message (and with `?wait=true` its reading) by the ids it sent,
// without joining lists.

/** One message of a batch as answered. */
export interface BatchEntry {
  readonly externalId: string
  /** Our id; null only for a duplicate whose earlier copy is stored under another conversation than this request names. */
  readonly id: string | null
  readonly conversationExternalId: string
  readonly conversationId: string | null
  readonly customerExternalId: string
  readonly status: 'stored' | 'duplicate'
  /** With `?wait=true`: the message's reading, or null (not a customer message, an internal note, or a duplicate not found). */
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
 * The stored copies of the given messages, looked up by the conversation each names (a message's
 * external id is unique within its conversation's source): one lookup per conversation and one
 * query for their timelines. Keyed by `(source, external id)`.
 */
export async function storedMessages(db: Kysely<Database>, workspaceId: string, messages: readonly IncomingMessage[]): Promise<Map<string, StoredMessage>> {
  const out = new Map<string, StoredMessage>()
  if (messages.length === 0) return out
  const wanted = new Set(messages.map((m) => keyOf(sourceOf(m), m.externalId)))
  const conversations = new Map<string, { source: string; externalId: string }>()
  for (const m of messages) conversations.set(keyOf(sourceOf(m), m.conversationId), { source: sourceOf(m), externalId: m.conversationId })
  const found: { id: string; source: string }[] = []
  for (const c of conversations.values()) {
    const row = await findConversation(db, workspaceId, c.externalId, c.source)
    // findConversation also takes our own id; a caller's id that happens to be one of ours is not theirs.
    if (row !== undefined && row.source === c.source && row.external_id === c.externalId) found.push({ id: row.id, source: row.source })
  }
  const timelines = await conversationTimelines(db, workspaceId, found.map((c) => c.id))
  for (const c of found) {
    for (const t of timelines.get(c.id) ?? []) {
      if (!wanted.has(keyOf(c.source, t.externalId))) continue
      out.set(keyOf(c.source, t.externalId), { id: t.id, conversationId: c.id, role: t.role, internal: t.internal, ...(t.reading === undefined ? {} : { reading: t.reading }) })
    }
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
