import { type Topic, assignTopic, discoverTopics } from '@undertone/analysis'
import { type Database, type RollupInput, addToRollups, driverSample } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { parseSettings } from '../workspace-settings.js'

const DAY = 86_400_000

/**
 * Discovers a workspace's topics from an even per-day sample of its recent customer messages,
 * stores them in its settings, and rebuilds the topic rollups of the last `backfillDays` so trends
 * by topic cover history, not only messages read from now on. Messages read later are assigned
 * as they arrive.
 */
export async function discoverWorkspaceTopics(db: Kysely<Database>, workspaceId: string, now: number, options: { days?: number; sample?: number; k?: number; backfillDays?: number } = {}): Promise<{ topics: Topic[]; sample: number; backfilled: number }> {
  const days = options.days ?? 30
  const sample = await driverSample(db, workspaceId, now - days * DAY, now, Math.ceil((options.sample ?? 6000) / days))
  const topics = discoverTopics(sample.map((r) => r.text), { k: options.k ?? 12 })
  const row = await db.selectFrom('workspaces').select('settings').where('id', '=', workspaceId).executeTakeFirstOrThrow()
  const settings = { ...parseSettings(row.settings), topics: { computedAt: now, sample: sample.length, topics } }
  await db.updateTable('workspaces').set({ settings: JSON.stringify(settings) }).where('id', '=', workspaceId).execute()
  await db.deleteFrom('rollups').where('workspace_id', '=', workspaceId).where('dimension', '=', 'topic').execute()
  let backfilled = 0
  if (topics.length === 0) return { topics, sample: sample.length, backfilled }
  let cursor = { at: now - (options.backfillDays ?? 90) * DAY, id: '' }
  for (;;) {
    const rows = await db
      .selectFrom('messages as m')
      .innerJoin('readings as r', 'r.message_id', 'm.id')
      .select(['m.id', 'm.created_at', 'm.text', 'r.score', 'r.label', 'r.emotions'])
      .where('m.workspace_id', '=', workspaceId)
      .where('m.role', '=', 'customer')
      .where((eb) => eb.or([eb('m.created_at', '>', cursor.at), eb.and([eb('m.created_at', '=', cursor.at), eb('m.id', '>', cursor.id)])]))
      .orderBy('m.created_at')
      .orderBy('m.id')
      .limit(5000)
      .execute()
    if (rows.length === 0) break
    const inputs: RollupInput[] = []
    for (const r of rows) {
      const topic = assignTopic(r.text, topics)
      if (topic !== undefined) inputs.push({ at: Number(r.created_at), score: Number(r.score), label: r.label as RollupInput['label'], emotions: JSON.parse(r.emotions) as Record<string, number>, dims: { topic } })
    }
    await addToRollups(db, workspaceId, inputs, { includeAll: false })
    backfilled += inputs.length
    const last = rows[rows.length - 1] as (typeof rows)[number]
    cursor = { at: Number(last.created_at), id: last.id }
  }
  return { topics, sample: sample.length, backfilled }
}
