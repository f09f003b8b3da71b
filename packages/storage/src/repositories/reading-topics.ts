import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { byKey } from './by-key.js'

/** The topic a reading is counted under ('' for none). */
export interface TopicMark {
  readonly messageId: string
  readonly topic: string
}

/**
 * Records that these readings are counted in the topic rollups under topic model `version`
 * (migration 0015), so a recount skips them and a re-read takes them out under the same topic.
 */
export async function markTopicsCounted(db: Kysely<Database>, workspaceId: string, version: number, marks: readonly TopicMark[]): Promise<void> {
  const byTopic = new Map<string, string[]>()
  for (const m of marks) {
    const list = byTopic.get(m.topic) ?? []
    list.push(m.messageId)
    byTopic.set(m.topic, list)
  }
  for (const [topic, ids] of [...byTopic].sort(byKey)) {
    for (let i = 0; i < ids.length; i += 500) {
      await db
        .updateTable('readings')
        .set({ topic, topic_version: version })
        .where('workspace_id', '=', workspaceId)
        .where('message_id', 'in', ids.slice(i, i + 500))
        .execute()
    }
  }
}
