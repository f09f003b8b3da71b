import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** One completed day's drivers tally, as stored. */
export interface DriverDay {
  readonly day: number
  /** The day's read customer messages and negative ones when it was tallied. */
  readonly messages: number
  readonly negative: number
  /** How many of those messages the tally was counted from. */
  readonly sampled: number
  readonly topicsVersion: number
  readonly computedAt: number
  readonly body: unknown
}

/** Stores (or replaces) a day's tally. */
export async function saveDriverDay(db: Kysely<Database>, workspaceId: string, d: DriverDay): Promise<void> {
  const values = { workspace_id: workspaceId, day: d.day, messages: d.messages, negative: d.negative, sampled: d.sampled, topics_version: d.topicsVersion, computed_at: d.computedAt, body: JSON.stringify(d.body) }
  const { workspace_id: _w, day: _d, ...update } = values
  await db.insertInto('driver_days').values(values).onConflict((oc) => oc.columns(['workspace_id', 'day']).doUpdateSet(update)).execute()
}

/** The stored days in [fromDay, toDay), oldest first. */
export async function loadDriverDays(db: Kysely<Database>, workspaceId: string, fromDay: number, toDay: number): Promise<DriverDay[]> {
  const rows = await db.selectFrom('driver_days').selectAll().where('workspace_id', '=', workspaceId).where('day', '>=', fromDay).where('day', '<', toDay).orderBy('day').execute()
  return rows.map((r) => ({
    day: Number(r.day),
    messages: Number(r.messages),
    negative: Number(r.negative),
    sampled: Number(r.sampled),
    topicsVersion: Number(r.topics_version),
    computedAt: Number(r.computed_at),
    body: JSON.parse(r.body) as unknown,
  }))
}

/** The stored days' bookkeeping in [fromDay, toDay), without their bodies (to find stale days). */
export async function driverDayHeaders(db: Kysely<Database>, workspaceId: string, fromDay: number, toDay: number): Promise<Omit<DriverDay, 'body'>[]> {
  const rows = await db
    .selectFrom('driver_days')
    .select(['day', 'messages', 'negative', 'sampled', 'topics_version', 'computed_at'])
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .orderBy('day')
    .execute()
  return rows.map((r) => ({ day: Number(r.day), messages: Number(r.messages), negative: Number(r.negative), sampled: Number(r.sampled), topicsVersion: Number(r.topics_version), computedAt: Number(r.computed_at) }))
}

/** Read customer messages and negative ones per day in [fromDay, toDay), from the daily rollups. */
export async function dailyReadCounts(db: Kysely<Database>, workspaceId: string, fromDay: number, toDay: number): Promise<Map<number, { messages: number; negative: number }>> {
  const rows = await db
    .selectFrom('rollups')
    .select(['bucket', 'n', 'neg'])
    .where('workspace_id', '=', workspaceId)
    .where('granularity', '=', 'day')
    .where('dimension', '=', 'all')
    .where('value', '=', 'all')
    .where('bucket', '>=', fromDay)
    .where('bucket', '<', toDay)
    .execute()
  return new Map(rows.map((r) => [Number(r.bucket), { messages: Number(r.n), negative: Number(r.neg) }]))
}
