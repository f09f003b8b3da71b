import { type Database, loadNamedWorkspaceSettings, readMessageCount } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { LearningTask } from '../scheduler.js'

/** Read messages a workspace needs before its topics are discovered by themselves. */
export const TOPICS_MIN_READINGS = 300

/** Queues topic discovery for a workspace that has none yet and enough read messages. */
export async function maybeQueueTopics(db: Kysely<Database>, workspaceId: string, enqueue: (task: LearningTask) => Promise<void>): Promise<boolean> {
  const ws = await loadNamedWorkspaceSettings(db, workspaceId)
  if (ws === undefined || ws.settings.topics !== undefined) return false
  if ((await readMessageCount(db, workspaceId)) < TOPICS_MIN_READINGS) return false
  await enqueue({ kind: 'topics', workspaceId })
  return true
}
