import { type IdempotentResponse, type IncomingMessage, type IngestResult, type StoredReading, completeIdempotentResponse, findIdempotentResponse, ingestMessages, isStorageError, recordIdempotentResponse } from '@undertone/storage'
import { ProblemError } from '../problem.js'
import { type BatchEntry, type StoredMessage, batchEntries, notInserted, storedMessages, unreadDuplicates, withReadings } from './batch-entries.js'
import { futureDateIssues } from './future-dates.js'
import { redactIncoming } from './privacy/redact-incoming.js'
import { workspaceRedactor } from './privacy/workspace-redactor.js'
import { readAndStore } from './read-and-store.js'
import type { Services } from './services.js'

/** How a batch was answered, for the route to send and count. */
export interface IngestAnswer {
  readonly status: 200 | 202
  readonly body: BatchAnswer
  /** Answered from an earlier request with the same Idempotency-Key. */
  readonly replayed: boolean
  readonly stored: number
  readonly duplicates: number
}

/** The answer's body: the counts, and one entry per message of the batch, in its order. */
export interface BatchAnswer {
  readonly accepted: number
  readonly duplicates: number
  readonly messages: readonly BatchEntry[]
}

/** What a batch request asks besides its messages. */
export interface BatchRequest {
  readonly requestHash: string
  readonly idempotencyKey?: string | undefined
  readonly wait: boolean
  /** How far after the server's clock a message's date may be; later ones refuse the batch. */
  readonly clockSkewMs: number
}

function answerOf(entries: readonly BatchEntry[]): BatchAnswer {
  const accepted = entries.filter((e) => e.status === 'stored').length
  return { accepted, duplicates: entries.length - accepted, messages: entries }
}

/** The answer kept before entries existed (`duplicate_external_ids`, `readings` apart): still replayed, in today's shape. */
interface LegacyAnswer {
  readonly messages: readonly { readonly external_id: string }[]
  readonly duplicate_external_ids: readonly string[]
  readonly readings?: readonly StoredReading[]
}

function isLegacy(body: unknown): body is LegacyAnswer {
  return typeof body === 'object' && body !== null && 'duplicate_external_ids' in body
}

/**
 * An answer kept under an Idempotency-Key before entries existed, in today's shape: the body is
 * the same batch (its hash matched), so its messages are looked up where they are stored now.
 */
async function upgradeLegacy(services: Pick<Services, 'db'>, workspaceId: string, batch: readonly IncomingMessage[], prior: IdempotentResponse & { body: LegacyAnswer }): Promise<BatchAnswer> {
  const stored = await storedMessages(services.db, workspaceId, batch, prior.status === 200)
  const storedNow = new Set(prior.body.messages.map((m) => m.external_id))
  const entries = batch.map((m): BatchEntry => {
    const copy = stored.get(`${m.source ?? 'api'}\u0000${m.externalId}`)
    // The first copy of an id the earlier request stored is its stored entry; repeats are duplicates.
    const fresh = storedNow.delete(m.externalId)
    return { externalId: m.externalId, id: copy?.id ?? null, conversationExternalId: m.conversationId, conversationId: copy?.conversationId ?? null, customerExternalId: m.customerId, status: fresh ? 'stored' : 'duplicate' }
  })
  return answerOf(prior.status === 200 ? withReadings(entries, prior.body.readings ?? [], stored) : entries)
}

/**
 * Stores a batch of messages, their texts redacted by the workspace's privacy settings, and queues their reading; with `wait`, reads them now and answers
 * each message's reading next to it (a duplicate's stored one, read now if it was not yet). Messages, their reading job and the answer kept under the Idempotency-Key commit
 * together: an acknowledged message is always read, and a retry after any failure is either
 * answered as this request was or does the work itself, never told its own messages are duplicates.
 * A message dated more than `clockSkewMs` after the clock refuses the batch (400, each such date named).
 */
export async function ingestBatch(services: Pick<Services, 'db' | 'clock' | 'scheduler' | 'pipeline'>, workspaceId: string, batch: readonly IncomingMessage[], request: BatchRequest): Promise<IngestAnswer> {
  const { db } = services
  const { requestHash, idempotencyKey: idemKey } = request
  const now = services.clock()
  const future = futureDateIssues(batch, now, request.clockSkewMs)
  if (future.length > 0) throw new ProblemError('UT_E_VALIDATION', `${future.length === 1 ? 'a message is' : `${future.length} messages are`} dated in the future`, future.slice(0, 50))
  const replay = async (prior: IdempotentResponse): Promise<IngestAnswer> => {
    if (prior.requestHash !== requestHash) throw new ProblemError('UT_E_IDEMPOTENCY_CONFLICT', 'this Idempotency-Key was used with a different body')
    const body = isLegacy(prior.body) ? await upgradeLegacy(services, workspaceId, batch, { ...prior, body: prior.body }) : (prior.body as BatchAnswer)
    return { status: prior.status as 200 | 202, body, replayed: true, stored: 0, duplicates: 0 }
  }
  if (idemKey !== undefined) {
    const prior = await findIdempotentResponse(db, workspaceId, idemKey)
    if (prior !== undefined) return replay(prior)
  }
  // Personal data is replaced before anything stores, reads or sends the texts.
  const redacted = redactIncoming(batch, await workspaceRedactor(db, workspaceId))
  let result: IngestResult
  let entries: BatchEntry[] = []
  let stored = new Map<string, StoredMessage>()
  try {
    result = await ingestMessages(db, workspaceId, redacted, now, async (trx, res) => {
      // Duplicates are answered with their stored copies' ids, found in this transaction.
      stored = await storedMessages(trx, workspaceId, notInserted(batch, res.inserted), request.wait)
      entries = batchEntries(batch, res.inserted, stored)
      if (idemKey !== undefined) await recordIdempotentResponse(trx, workspaceId, idemKey, { requestHash, status: 202, body: answerOf(entries) }, now)
      if (res.inserted.length > 0) await services.scheduler.reading(trx, { workspaceId, messageIds: res.inserted.map((m) => m.id) })
    })
  } catch (err) {
    // A concurrent request with the same key committed first; this one's work rolled back.
    const prior = idemKey !== undefined && isStorageError(err) && err.code === 'UT_E_CONFLICT' ? await findIdempotentResponse(db, workspaceId, idemKey) : undefined
    if (prior === undefined) throw err
    return replay(prior)
  }
  const counts = { replayed: false, stored: result.inserted.length, duplicates: entries.length - result.inserted.length }
  if (!request.wait) return { status: 202, body: answerOf(entries), ...counts }
  // A duplicate whose earlier request did not wait may still be queued: read now, as this caller waits for it.
  const readings = await readAndStore(services.pipeline, workspaceId, [...result.inserted.map((m) => m.id), ...unreadDuplicates(stored)])
  const read = answerOf(withReadings(entries, readings, stored))
  // The readings are known only now, after the commit. Until this lands (reading still under way,
  // or the process died while reading) a replay answers the 202 acceptance with the messages'
  // ids: true, since they are stored and their reading job is queued.
  if (idemKey !== undefined) await completeIdempotentResponse(db, workspaceId, idemKey, { requestHash, status: 200, body: read })
  return { status: 200, body: read, ...counts }
}
