import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { LearnJob } from '../learning/learning-jobs.js'
import { parseSettings } from '../workspace-settings.js'

/** Read messages a workspace needs before its topics are discovered by themselves. */
export const TOPICS_MIN_READINGS = 300

/** Queues topic discovery for a workspace that has none yet and enough read messages. */
export async function maybeQueueTopics(db: Kysely<Database>, workspaceId: string, enqueue: (job: LearnJob) => Promise<void>): Promise<boolean> {
  const ws = await db.selectFrom('workspaces').select('settings').where('id', '=', workspaceId).executeTakeFirst()
  if (ws === undefined || parseSettings(ws.settings).topics !== undefined) return false
  const c = await db.selectFrom('workspace_counters').select('readings').where('workspace_id', '=', workspaceId).executeTakeFirst()
  if (Number(c?.readings ?? 0) < TOPICS_MIN_READINGS) return false
  await enqueue({ kind: 'topics', workspaceId })
  return true
}
