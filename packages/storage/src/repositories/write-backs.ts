import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'

/** A connector conversation whose reading changed and may need writing back to the helpdesk. */
export interface WriteBackKey {
  readonly connectorId: string
  readonly conversationId: string
  readonly workspaceId: string
  /** The helpdesk's own ticket or conversation id. */
  readonly externalId: string
}

/** A claimed write-back: what was written last, and the mark that tells whether it changed since. */
export interface ClaimedWriteBack extends WriteBackKey {
  readonly written: string | null
  readonly attempts: number
  readonly markedAt: number
}

/**
 * Marks conversations due for a write-back at `dueAt`, in the transaction that stored their
 * readings (so a reading is never left unwritten). One that is backing off keeps its schedule.
 */
export async function markWriteBacksDue(db: Kysely<Database>, keys: readonly WriteBackKey[], dueAt: number, now: number): Promise<void> {
  if (keys.length === 0) return
  await db
    .insertInto('write_backs')
    .values(keys.map((k) => ({ connector_id: k.connectorId, conversation_id: k.conversationId, workspace_id: k.workspaceId, external_id: k.externalId, state: 'due', written: null, attempts: 0, next_attempt_at: dueAt, lease_until: null, last_error: null, updated_at: now })))
    .onConflict((oc) =>
      oc.columns(['connector_id', 'conversation_id']).doUpdateSet({
        state: 'due',
        updated_at: now,
        next_attempt_at: sql<number>`case when write_backs.attempts > 0 then write_backs.next_attempt_at else ${dueAt} end`,
      }),
    )
    .execute()
}

/**
 * Claims up to `limit` due write-backs for `leaseMs`. A row is claimed by one caller only (the
 * lease is taken with a conditional update), so several workers never write the same ticket at once.
 */
export async function claimWriteBacks(db: Kysely<Database>, now: number, limit: number, leaseMs: number): Promise<ClaimedWriteBack[]> {
  const rows = await db
    .selectFrom('write_backs')
    .selectAll()
    .where('state', '=', 'due')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute()
  const claimed: ClaimedWriteBack[] = []
  for (const r of rows) {
    const u = await db
      .updateTable('write_backs')
      .set({ lease_until: now + leaseMs })
      .where('connector_id', '=', r.connector_id)
      .where('conversation_id', '=', r.conversation_id)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst()
    if (Number(u.numUpdatedRows) === 1) {
      claimed.push({ connectorId: r.connector_id, conversationId: r.conversation_id, workspaceId: r.workspace_id, externalId: r.external_id, written: r.written, attempts: r.attempts, markedAt: Number(r.updated_at) })
    }
  }
  return claimed
}

/**
 * Records what was written. The row goes back to rest only if no newer reading marked it while
 * the call was in flight; otherwise it stays due and the next pass writes the newer change.
 */
export async function finishWriteBack(db: Kysely<Database>, w: ClaimedWriteBack, written: string): Promise<void> {
  await db
    .updateTable('write_backs')
    .set({ written, attempts: 0, lease_until: null, last_error: null })
    .where('connector_id', '=', w.connectorId)
    .where('conversation_id', '=', w.conversationId)
    .execute()
  await db.updateTable('write_backs').set({ state: 'done' }).where('connector_id', '=', w.connectorId).where('conversation_id', '=', w.conversationId).where('updated_at', '=', w.markedAt).execute()
}

/** A failed attempt: tried again at `nextAttemptAt`, or given up (`null`: state 'failed'). */
export async function failWriteBack(db: Kysely<Database>, w: ClaimedWriteBack, error: string, nextAttemptAt: number | null): Promise<void> {
  await db
    .updateTable('write_backs')
    .set({ attempts: w.attempts + 1, lease_until: null, last_error: error.slice(0, 500), ...(nextAttemptAt === null ? { state: 'failed' } : { next_attempt_at: nextAttemptAt }) })
    .where('connector_id', '=', w.connectorId)
    .where('conversation_id', '=', w.conversationId)
    .execute()
}

/** How many of a connector's write-backs are done, due and failed, with the latest error. */
export async function writeBackSummary(db: Kysely<Database>, workspaceId: string, connectorId: string): Promise<{ done: number; due: number; failed: number; lastError: string | null }> {
  const rows = await db
    .selectFrom('write_backs')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('connector_id', '=', connectorId)
    .groupBy('state')
    .execute()
  const n = (s: string) => Number(rows.find((r) => r.state === s)?.n ?? 0)
  const last = await db
    .selectFrom('write_backs')
    .select('last_error')
    .where('workspace_id', '=', workspaceId)
    .where('connector_id', '=', connectorId)
    .where('last_error', 'is not', null)
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  return { done: n('done'), due: n('due'), failed: n('failed'), lastError: last?.last_error ?? null }
}
