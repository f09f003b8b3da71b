import { customerMessageIdsSince, loadWorkspaceSettings } from '@undertone/storage'
import { type PipelineDeps, readAndStore } from '../read-and-store.js'
import { learningSettings } from './learning-settings.js'

/**
 * Reads a workspace's recent customer messages again (the window its settings give), so readings,
 * conversation and customer readings, and rollups show the active version's picture. Batched and
 * idempotent: a rescore that stops half-way is simply run again.
 */
export async function rescoreWorkspace(deps: PipelineDeps, workspaceId: string, options: { days?: number; batch?: number; max?: number } = {}): Promise<{ messages: number; since: number }> {
  const days = options.days ?? learningSettings(await loadWorkspaceSettings(deps.db, workspaceId)).rescoreDays
  const since = deps.clock() - days * 86_400_000
  const ids = await customerMessageIdsSince(deps.db, workspaceId, since, options.max ?? 200_000)
  deps.adaptations?.invalidate(workspaceId)
  const batch = options.batch ?? 500
  for (let i = 0; i < ids.length; i += batch) await readAndStore(deps, workspaceId, ids.slice(i, i + batch))
  return { messages: ids.length, since }
}
