import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'

/** Increments to a workspace's running counts. */
export interface CounterDeltas {
  readonly messages?: number
  readonly readable?: number
  readonly readings?: number
  readonly conversations?: number
  readonly customers?: number
}

/**
 * Adds to a workspace's running counts (kept so /v1/stats answers without counting a million
 * rows). Callers pass exact numbers of rows their own statements inserted.
 */
export async function bumpCounters(db: Kysely<Database>, workspaceId: string, d: CounterDeltas): Promise<void> {
  const messages = d.messages ?? 0
  const readable = d.readable ?? 0
  const readings = d.readings ?? 0
  const conversations = d.conversations ?? 0
  const customers = d.customers ?? 0
  if (messages === 0 && readable === 0 && readings === 0 && conversations === 0 && customers === 0) return
  await db
    .insertInto('workspace_counters')
    .values({ workspace_id: workspaceId, messages, readable, readings, conversations, customers })
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({
        messages: sql`workspace_counters.messages + excluded.messages`,
        readable: sql`workspace_counters.readable + excluded.readable`,
        readings: sql`workspace_counters.readings + excluded.readings`,
        conversations: sql`workspace_counters.conversations + excluded.conversations`,
        customers: sql`workspace_counters.customers + excluded.customers`,
      }),
    )
    .execute()
}

/** Recounts every workspace's counters from the tables (migrations, repairs). */
export async function rebuildCounters(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('workspace_counters').execute()
  const counts = new Map<string, { messages: number; readable: number; readings: number; conversations: number; customers: number }>()
  const get = (ws: string) => {
    let c = counts.get(ws)
    if (c === undefined) {
      c = { messages: 0, readable: 0, readings: 0, conversations: 0, customers: 0 }
      counts.set(ws, c)
    }
    return c
  }
  for (const r of await db.selectFrom('messages').select(['workspace_id', sql<number>`count(*)`.as('n'), sql<number>`sum(case when role = 'customer' and internal = 0 then 1 else 0 end)`.as('r')]).groupBy('workspace_id').execute()) {
    get(r.workspace_id).messages = Number(r.n)
    get(r.workspace_id).readable = Number(r.r)
  }
  for (const r of await db.selectFrom('readings').select(['workspace_id', sql<number>`count(*)`.as('n')]).groupBy('workspace_id').execute()) get(r.workspace_id).readings = Number(r.n)
  for (const r of await db.selectFrom('conversations').select(['workspace_id', sql<number>`count(*)`.as('n')]).groupBy('workspace_id').execute()) get(r.workspace_id).conversations = Number(r.n)
  for (const r of await db.selectFrom('customers').select(['workspace_id', sql<number>`count(*)`.as('n')]).groupBy('workspace_id').execute()) get(r.workspace_id).customers = Number(r.n)
  for (const [ws, c] of counts) await bumpCounters(db, ws, c)
}
