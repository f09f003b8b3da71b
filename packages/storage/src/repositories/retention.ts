/**
 * Retention: removes the texts of messages older than a cutoff, a small chunk per transaction, and
 * every copy of them: the message row keeps its place (readings, rollups, conversation and customer
 * readings, analytics stay) with its text emptied; a correction's own copy of the text is cleared;
 * the drivers' day tallies (which hold the messages' phrases) of the days texts went from are
 * dropped, to be tallied again from what is left, and the drivers snapshots are marked stale.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { secureDeleteTransaction } from './secure-delete.js'

const DAY = 86_400_000

/** What a retention pass removed. */
export interface RetentionResult {
  /** Messages whose text was emptied. */
  readonly messages: number
  /** Corrections whose copy of the text was cleared. */
  readonly corrections: number
  /** Drivers day tallies dropped. */
  readonly driverDays: number
}

/**
 * Empties the texts of the workspace's messages created before `cutoff`, `chunk` at a time (each
 * its own short transaction, so a pass never holds a lock for long), at most `maxChunks` chunks of
 * messages per call (run again to go on: a pass is idempotent and resumes where it stopped).
 */
export async function removeTextsBefore(db: Kysely<Database>, workspaceId: string, cutoff: number, options: { chunk?: number; maxChunks?: number } = {}): Promise<RetentionResult & { done: boolean }> {
  const chunk = options.chunk ?? 200
  const maxChunks = options.maxChunks ?? Number.POSITIVE_INFINITY
  let messages = 0
  let corrections = 0
  let from = Number.NEGATIVE_INFINITY
  let done = false
  const days = new Set<number>()
  for (let n = 0; n < maxChunks; n++) {
    // Oldest first; the lower bound only spares walking the rows emptied by earlier chunks.
    let q = db.selectFrom('messages').select(['id', 'created_at']).where('workspace_id', '=', workspaceId).where('created_at', '<', cutoff).where('text', '<>', '')
    if (from !== Number.NEGATIVE_INFINITY) q = q.where('created_at', '>=', from)
    const rows = await q.orderBy('created_at').limit(chunk).execute()
    if (rows.length === 0) {
      done = true
      break
    }
    from = Number((rows.at(-1) as { created_at: number }).created_at)
    const ids = rows.map((r) => r.id)
    for (const r of rows) days.add(Math.floor(Number(r.created_at) / DAY) * DAY)
    await secureDeleteTransaction(db, async (trx) => {
      const m = await trx.updateTable('messages').set({ text: '' }).where('workspace_id', '=', workspaceId).where('id', 'in', ids).executeTakeFirst()
      messages += Number(m.numUpdatedRows)
      const k = await trx.updateTable('corrections').set({ text: null }).where('workspace_id', '=', workspaceId).where('message_id', 'in', ids).where('text', 'is not', null).executeTakeFirst()
      corrections += Number(k.numUpdatedRows)
    })
  }
  // Imported corrections may carry a text with no stored message behind it: cleared by their own age.
  for (;;) {
    const rows = await db.selectFrom('corrections').select('id').where('workspace_id', '=', workspaceId).where('created_at', '<', cutoff).where('text', 'is not', null).limit(chunk).execute()
    if (rows.length === 0) break
    const k = await secureDeleteTransaction(db, (trx) => trx.updateTable('corrections').set({ text: null }).where('workspace_id', '=', workspaceId).where('id', 'in', rows.map((r) => r.id)).executeTakeFirst())
    corrections += Number(k.numUpdatedRows)
  }
  const driverDays = await secureDeleteTransaction(db, async (trx) => {
    const n = await dropDriverDays(trx, workspaceId, [...days])
    if (messages + corrections + n > 0) await staleDriverSnapshots(trx, workspaceId)
    return n
  })
  return { messages, corrections, driverDays, done }
}

/** Marks the workspace's drivers rankings stale (their phrases came from texts now gone): computed again when next asked. */
export async function staleDriverSnapshots(db: Kysely<Database>, workspaceId: string): Promise<void> {
  await db.updateTable('driver_snapshots').set({ computed_at: 0, body: JSON.stringify({ now: 0, drivers: [] }) }).where('workspace_id', '=', workspaceId).execute()
}

/** Drops the drivers day tallies of these days (UTC day starts); they are tallied again from the texts left. */
export async function dropDriverDays(db: Kysely<Database>, workspaceId: string, days: readonly number[]): Promise<number> {
  let n = 0
  for (let i = 0; i < days.length; i += 500) {
    const d = await db.deleteFrom('driver_days').where('workspace_id', '=', workspaceId).where('day', 'in', days.slice(i, i + 500)).executeTakeFirst()
    n += Number(d.numDeletedRows)
  }
  return n
}
