import { type IdempotentResponse, type IncomingMessage, type IngestResult, completeIdempotentResponse, findIdempotentResponse, ingestMessages, isStorageError, recordIdempotentResponse } from '@undertone/storage'
import { ProblemError } from '../problem.js'
import { redactIncoming } from './privacy/redact-incoming.js'
import { workspaceRedactor } from './privacy/workspace-redactor.js'
import { readAndStore } from './read-and-store.js'
import type { Services } from './services.js'

/** How a batch was answered, for the route to send and count. */
export interface IngestAnswer {
  readonly status: 200 | 202
  readonly body: unknown
  /** Answered from an earlier request with the same Idempotency-Key. */
  readonly replayed: boolean
  readonly stored: number
  readonly duplicates: number
}

/** The acceptance of a batch: its new messages' ids and the duplicates left out. */
function acceptance(res: IngestResult) {
  const messages = res.inserted.map((m) => ({ external_id: m.externalId, id: m.id, conversation_id: m.conversationId }))
  return { accepted: messages.length, duplicates: res.duplicates.length, messages, duplicate_external_ids: res.duplicates }
}

/**
 * Stores a batch of messages, their texts redacted by the workspace's privacy settings, and queues their reading; with `wait`, reads them now and answers
 * the readings. Messages, their reading job and the answer kept under the Idempotency-Key commit
 * together: an acknowledged message is always read, and a retry after any failure is either
 * answered as this request was or does the work itself, never told its own messages are duplicates.
 */
export async function ingestBatch(
  services: Pick<Services, 'db' | 'clock' | 'scheduler' | 'pipeline'>,
  workspaceId: string,
  batch: readonly IncomingMessage[],
  request: { readonly requestHash: string; readonly idempotencyKey?: string | undefined; readonly wait: boolean },
): Promise<IngestAnswer> {
  const { db } = services
  const { requestHash, idempotencyKey: idemKey } = request
  const replay = (prior: IdempotentResponse): IngestAnswer => {
    if (prior.requestHash !== requestHash) throw new ProblemError('UT_E_IDEMPOTENCY_CONFLICT', 'this Idempotency-Key was used with a different body')
    return { status: prior.status as 200 | 202, body: prior.body, replayed: true, stored: 0, duplicates: 0 }
  }
  if (idemKey !== undefined) {
    const prior = await findIdempotentResponse(db, workspaceId, idemKey)
    if (prior !== undefined) return replay(prior)
  }
  // Personal data is replaced before anything stores, reads or sends the texts.
  const redacted = redactIncoming(batch, await workspaceRedactor(db, workspaceId))
  const now = services.clock()
  let result: IngestResult
  try {
    result = await ingestMessages(db, workspaceId, redacted, now, async (trx, res) => {
      if (idemKey !== undefined) await recordIdempotentResponse(trx, workspaceId, idemKey, { requestHash, status: 202, body: acceptance(res) }, now)
      if (res.inserted.length > 0) await services.scheduler.reading(trx, { workspaceId, messageIds: res.inserted.map((m) => m.id) })
    })
  } catch (err) {
    // A concurrent request with the same key committed first; this one's work rolled back.
    const prior = idemKey !== undefined && isStorageError(err) && err.code === 'UT_E_CONFLICT' ? await findIdempotentResponse(db, workspaceId, idemKey) : undefined
    if (prior === undefined) throw err
    return replay(prior)
  }
  const counts = { replayed: false, stored: result.inserted.length, duplicates: result.duplicates.length }
  if (!request.wait) return { status: 202, body: acceptance(result), ...counts }
  const read = { ...acceptance(result), readings: await readAndStore(services.pipeline, workspaceId, result.inserted.map((m) => m.id)) }
  // The readings are known only now, after the commit. Until this lands (reading still under way,
  // or the process died while reading) a replay answers the 202 acceptance with the messages'
  // ids: true, since they are stored and their reading job is queued.
  if (idemKey !== undefined) await completeIdempotentResponse(db, workspaceId, idemKey, { requestHash, status: 200, body: read })
  return { status: 200, body: read, ...counts }
}
