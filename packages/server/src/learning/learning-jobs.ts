import type { Reader } from '@undertone/engine'
import type { PipelineDeps } from '../read-and-store.js'
import { rescoreWorkspace } from './rescore-workspace.js'
import { retrainWorkspace } from './retrain-workspace.js'
import { discoverWorkspaceTopics } from '../topics/discover-workspace-topics.js'

/** The queue learning jobs go to. */
export const LEARN_QUEUE = 'learning'

/** A background learning job. */
export interface LearnJob {
  readonly kind: 'train' | 'rescore' | 'topics'
  readonly workspaceId: string
}

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
