import type { Reader } from '@undertone/engine'
import type { PipelineDeps } from '../app/read-and-store.js'
import { rescoreWorkspace } from '../app/learning/rescore-workspace.js'
import { retrainWorkspace } from '../app/learning/retrain-workspace.js'
import { discoverWorkspaceTopics } from '../app/topics/discover-workspace-topics.js'
import type { LearnJob } from './queues.js'

/**
 * Runs one background job: a full retrain (which queues a rescore when it promotes), a rescore
 * of the workspace's recent messages, or topic discovery. `baseReader` must read without any adaptation.
 */
export async function runLearnJob(deps: PipelineDeps & { readonly baseReader: Reader; readonly enqueue: (job: LearnJob) => Promise<void> }, job: LearnJob): Promise<void> {
  if (job.kind === 'train') {
    const r = await retrainWorkspace(deps.db, deps.baseReader, job.workspaceId, deps.clock)
    if (r.promoted) {
      deps.adaptations?.invalidate(job.workspaceId)
      await deps.enqueue({ kind: 'rescore', workspaceId: job.workspaceId })
    }
    return
  }
  if (job.kind === 'topics') {
    await discoverWorkspaceTopics(deps.db, job.workspaceId, deps.clock())
    return
  }
  await rescoreWorkspace(deps, job.workspaceId)
}
