/**
 * The recount of topic rollups after a topic discovery: the old counts cleared, then the readings
 * not yet counted under the new topics, chunk by chunk in time order.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../schema.js'

/** Drops a workspace's topic rollups (their topics are about to change). */
export async function clearTopicRollups(trx: Transaction<Database>, workspaceId: string): Promise<void> {
  await trx.deleteFrom('rollups').where('workspace_id', '=', workspaceId).where('dimension', '=', 'topic').execute()
}

/** A customer message with its reading, not yet counted under the current topics. */
export interface UncountedReading {
  readonly id: string
  readonly at: number
  readonly text: string
  readonly score: number
  readonly label: string
  readonly emotions: Record<string, number>
}

/**
 * Up to `limit` read customer messages after `cursor` (by time, then id) whose readings were not
 * counted under topic version `version`.
 */
export async function uncountedTopicReadings(db: Kysely<Database> | Transaction<Database>, workspaceId: string, version: number, cursor: { at: number; id: string }, limit: number): Promise<UncountedReading[]> {
  const rows = await db
    .selectFrom('messages as m')
    .innerJoin('readings as r', 'r.message_id', 'm.id')
    .select(['m.id', 'm.created_at', 'm.text', 'r.score', 'r.label', 'r.emotions'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.role', '=', 'customer')
    .where((eb) => eb.or([eb('m.created_at', '>', cursor.at), eb.and([eb('m.created_at', '=', cursor.at), eb('m.id', '>', cursor.id)])]))
    .where((eb) => eb.or([eb('r.topic_version', 'is', null), eb('r.topic_version', '<>', version)]))
    .orderBy('m.created_at')
    .orderBy('m.id')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ id: r.id, at: Number(r.created_at), text: r.text, score: Number(r.score), label: r.label, emotions: JSON.parse(r.emotions) as Record<string, number> }))
}
