import { type Topic, assignTopic, discoverTopics } from '@undertone/analysis'
import { type Database, type RollupInput, type TopicMark, addToRollups, clearTopicRollups, driverSample, holdCheckedWorkspaceSettings, markTopicsCounted, uncountedTopicReadings } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { updateSettings } from '../workspace-settings.js'

const DAY = 86_400_000

/**
 * Discovers a workspace's topics from an even per-day sample of its recent customer messages,
 * stores them in its settings, and recounts the topic rollups of the last `backfillDays` so trends
 * by topic cover history, not only messages read from now on. Messages read later are assigned
 * as they arrive.
 *
 * Safe beside the reading pipeline: the switch to the new topics (settings and the old counts
 * gone) is one transaction holding the settings, and the recount goes in small transactions that
 * each hold them too and count only readings nobody has counted under the new topics yet, marking
 * them, so a message the pipeline reads meanwhile is counted exactly once, and the database stays
 * available throughout (no transaction spans the whole recount).
 */
export async function discoverWorkspaceTopics(db: Kysely<Database>, workspaceId: string, now: number, options: { days?: number; sample?: number; k?: number; backfillDays?: number; chunk?: number } = {}): Promise<{ topics: Topic[]; sample: number; backfilled: number }> {
  const days = options.days ?? 30
  const sample = await driverSample(db, workspaceId, now - days * DAY, now, Math.ceil((options.sample ?? 6000) / days))
  const topics = discoverTopics(sample.map((r) => r.text), { k: options.k ?? 12 })
  const next = await updateSettings(
    db,
    workspaceId,
    // The topics' computedAt doubles as their version; it must change even within one millisecond.
    (previous) => ({ ...previous, topics: { computedAt: Math.max(now, (previous.topics?.computedAt ?? 0) + 1), sample: sample.length, topics } }),
    (trx) => clearTopicRollups(trx, workspaceId),
  )
  const version = next.topics.computedAt
  let backfilled = 0
  if (topics.length === 0) return { topics, sample: sample.length, backfilled }
  const chunk = options.chunk ?? 2000
  let cursor = { at: now - (options.backfillDays ?? 90) * DAY, id: '' }
  for (;;) {
    const more = await db.transaction().execute(async (trx) => {
      // Held exclusively: a chunk and a pipeline write never run at once (they lock the same readings
      // and rollup rows in opposite orders), and a chunk is small, so the pipeline waits briefly.
      // A newer discovery took over when the version moved on: its own recount covers everything.
      if ((await holdCheckedWorkspaceSettings(trx, workspaceId, 'update')).topics?.computedAt !== version) return false
      const rows = await uncountedTopicReadings(trx, workspaceId, version, cursor, chunk)
      if (rows.length === 0) return false
      const inputs: RollupInput[] = []
      const marks: TopicMark[] = []
      for (const r of rows) {
        const topic = assignTopic(r.text, topics)
        marks.push({ messageId: r.id, topic: topic ?? '' })
        if (topic !== undefined) inputs.push({ at: r.at, score: r.score, label: r.label as RollupInput['label'], emotions: r.emotions, dims: { topic } })
      }
      await addToRollups(trx, workspaceId, inputs, { includeAll: false })
      await markTopicsCounted(trx, workspaceId, version, marks)
      backfilled += inputs.length
      const last = rows[rows.length - 1] as (typeof rows)[number]
      cursor = { at: last.at, id: last.id }
      return rows.length === chunk
    })
    if (!more) break
  }
  return { topics, sample: sample.length, backfilled }
}
