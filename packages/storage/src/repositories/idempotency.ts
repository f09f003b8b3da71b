import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../schema.js'
import { StorageError } from '../storage-error.js'

// The answers kept under clients' Idempotency-Keys: a request sent again (after a timeout, a lost
// response, a crash) gets the answer the first one got instead of being done twice.

/** An answer recorded under an Idempotency-Key. */
export interface IdempotentResponse {
  /** Fingerprint of the request (the SHA-256 of its body): the key reused for another request is a conflict, not a replay. */
  readonly requestHash: string
  readonly status: number
  readonly body: unknown
}

// `hash` is the name the rows written before this module (by the API itself) already use.
function toColumn(r: IdempotentResponse): string {
  return JSON.stringify({ hash: r.requestHash, status: r.status, body: r.body })
}

function fromColumn(text: string, key: string): IdempotentResponse {
  const v = JSON.parse(text) as { hash?: unknown; status?: unknown; body?: unknown } | null
  if (v === null || typeof v.hash !== 'string' || typeof v.status !== 'number' || !Number.isInteger(v.status)) throw new Error(`the answer recorded under Idempotency-Key ${JSON.stringify(key)} is malformed`)
  return { requestHash: v.hash, status: v.status, body: v.body }
}

/** The answer recorded under `key` in this workspace, if any. */
export async function findIdempotentResponse(db: Kysely<Database>, workspaceId: string, key: string): Promise<IdempotentResponse | undefined> {
  const row = await db.selectFrom('idempotency_keys').select('response').where('workspace_id', '=', workspaceId).where('key', '=', key).executeTakeFirst()
  return row === undefined ? undefined : fromColumn(row.response, key)
}

/**
 * Records the answer to a request under `key`, in the transaction that does the request's work:
 * the answer is there exactly when the work committed, so a retry after any failure either
 * replays it or does the work itself, never finding the work done and its answer lost. When
 * another request recorded the key first (on PostgreSQL this waits until that one commits or rolls
 * back), throws a {@link StorageError} `UT_E_CONFLICT`: roll back, then answer what
 * {@link findIdempotentResponse} finds.
 */
export async function recordIdempotentResponse(trx: Transaction<Database>, workspaceId: string, key: string, response: IdempotentResponse, now: number): Promise<void> {
  const recorded = await trx
    .insertInto('idempotency_keys')
    .values({ workspace_id: workspaceId, key, response: toColumn(response), created_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst()
  if (recorded === undefined) throw new StorageError('UT_E_CONFLICT', 'another request recorded this Idempotency-Key first', { workspaceId, key })
}

/**
 * Replaces the answer recorded under `key` with a fuller one of the same request, for what is
 * known only after the work committed (readings); the first answer stands if this never runs.
 */
export async function completeIdempotentResponse(db: Kysely<Database>, workspaceId: string, key: string, response: IdempotentResponse): Promise<void> {
  await db.updateTable('idempotency_keys').set({ response: toColumn(response) }).where('workspace_id', '=', workspaceId).where('key', '=', key).execute()
}

/**
 * Deletes every workspace's answers recorded before `before` (ms since the epoch), `limit` rows per
 * statement, each its own short transaction, until none is left; returns how many it deleted.
 */
export async function deleteExpiredIdempotencyKeys(db: Kysely<Database>, before: number, limit = 500): Promise<number> {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive whole number, not ${limit}`)
  let deleted = 0
  for (;;) {
    const r = await db
      .deleteFrom('idempotency_keys')
      .where(({ eb, refTuple, selectFrom }) => eb(refTuple('workspace_id', 'key'), 'in', selectFrom('idempotency_keys').select(['workspace_id', 'key']).where('created_at', '<', before).limit(limit).$asTuple('workspace_id', 'key')))
      .executeTakeFirst()
    const n = Number(r.numDeletedRows)
    deleted += n
    if (n < limit) return deleted
  }
}
