import { type Database, listModelVersions, modelVersion } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../../problem.js'
import type { Services } from '../services.js'
import { promoteVersion, retrainWorkspace, rollbackVersion } from './retrain-workspace.js'

/** The workspace's model versions with their held-out metrics, newest first, and which is active. */
export async function modelVersions(db: Kysely<Database>, workspaceId: string, baseVersion: string) {
  const versions = await listModelVersions(db, workspaceId)
  return { base: baseVersion, active: versions.find((v) => v.status === 'active')?.id ?? null, versions }
}

/** One model version with its metrics and learned terms (not its weights). */
export async function modelVersionDetail(db: Kysely<Database>, workspaceId: string, id: string) {
  const v = await modelVersion(db, workspaceId, id)
  if (v === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no model version ${id} in this workspace`)
  const { weights: _w, ...rest } = v
  return rest
}

type LearningServices = Pick<Services, 'db' | 'clock' | 'reader' | 'adaptations' | 'scheduler'>

/** Retrains the workspace's adapter from its corrections now; a promotion has recent messages read again. */
export async function trainNow(services: LearningServices, workspaceId: string) {
  const r = await retrainWorkspace(services.db, services.reader, workspaceId, services.clock)
  if (r.promoted) {
    services.adaptations.invalidate(workspaceId)
    await services.scheduler.learning({ kind: 'rescore', workspaceId })
  }
  return { version: r.version, decision: r.decision, promoted: r.promoted }
}

/** Promotes a version that beat the one active when it was trained; recent messages are then read again. */
export async function promote(services: LearningServices, workspaceId: string, id: string) {
  const v = await modelVersion(services.db, workspaceId, id)
  if (v === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no model version ${id} in this workspace`)
  if (v.status === 'active') return { active: v.id, changed: false }
  if (v.status === 'rejected') throw new ProblemError('UT_E_CONFLICT', `version ${v.number} did not beat the version active when it was trained: ${String((v.metrics.decision as { reason?: string } | undefined)?.reason ?? '')}`)
  await promoteVersion(services.db, workspaceId, v.id, services.clock())
  services.adaptations.invalidate(workspaceId)
  await services.scheduler.learning({ kind: 'rescore', workspaceId })
  return { active: v.id, changed: true, rescore: 'queued' as const }
}

/** Goes back to the version active before the current one (or the base model); recent messages are then read again. */
export async function rollback(services: LearningServices, workspaceId: string) {
  const r = await rollbackVersion(services.db, workspaceId, services.clock())
  if (r === undefined) throw new ProblemError('UT_E_CONFLICT', 'this workspace already reads with the base model')
  services.adaptations.invalidate(workspaceId)
  await services.scheduler.learning({ kind: 'rescore', workspaceId })
  return { ...r, rescore: 'queued' as const }
}
