import { type Database, markRetentionRun, retentionDue, sweepErasures } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { WorkspaceAdaptations } from '../learning/workspace-adaptations.js'
import { runRetention } from './retention.js'

/** How often the reading worker runs `privacySweep` when idle. */
export const PRIVACY_SWEEP_EVERY_MS = 60_000

/** How often each workspace's expired texts are swept. */
export const RETENTION_EVERY_MS = 3_600_000

/** How long after an erasure the worker sweeps it again (a reading under way lasts seconds). */
export const ERASURE_SWEEP_MS = 3_600_000

/** Chunks of messages one workspace's sweep empties per call, so a worker tick stays short. */
const CHUNKS_PER_TICK = 50

/**
 * The worker's privacy chores, run when it is idle: erasures of the last hour are swept again
 * (a reading that had loaded a customer's messages before their erasure may have stored after it),
 * and each workspace with a retention period whose sweep is due has its expired texts emptied, a
 * bounded number of small chunks per tick (it is marked done only when nothing is left), and the
 * workspace's correction memory in this process is rebuilt without them.
 */
export async function privacySweep(db: Kysely<Database>, now: number, adaptations?: WorkspaceAdaptations): Promise<{ erasureRows: number; texts: number }> {
  const erasureRows = await sweepErasures(db, now - ERASURE_SWEEP_MS)
  let texts = 0
  for (const { workspaceId, days } of await retentionDue(db, now - RETENTION_EVERY_MS)) {
    const r = await runRetention(db, workspaceId, now, { days, maxChunks: CHUNKS_PER_TICK })
    texts += r.messages
    // The correction memory this process holds keeps the texts it was given: rebuilt from what is left.
    if (r.messages + r.corrections > 0) adaptations?.forget(workspaceId)
    if (r.done) await markRetentionRun(db, workspaceId, now)
  }
  return { erasureRows, texts }
}
