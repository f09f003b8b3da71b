import type { ConversationReading } from '@undertone/analysis'
import { OutboundRefusedError, VendorHttpError, nextAttemptDelay } from '@undertone/connectors'
import { type ClaimedWriteBack, type Database, claimWriteBacks, conversationAnalysis, failWriteBack, findConnector, finishWriteBack } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { connectorContext } from './connector-admin.js'
import { type ConnectorRuntime, dashboardLink } from './connector-runtime.js'
import { parseWritten, planWriteBack } from './write-back-plan.js'

/** What a write-back pass needs. */
export interface WriteBackDeps {
  readonly db: Kysely<Database>
  readonly runtime: ConnectorRuntime
  readonly clock: () => number
  readonly random: () => number
  readonly onError?: (err: unknown) => void
}

/** What one pass did. */
export interface WriteBackPass {
  readonly written: number
  readonly unchanged: number
  readonly failed: number
}

/** The next try after a failed write-back, or null to give up (a permanent failure, or the schedule is spent). */
export function retryAt(err: unknown, attempts: number, now: number, random: () => number): number | null {
  if (err instanceof OutboundRefusedError) return null
  if (err instanceof VendorHttpError && err.permanent) return null
  const delay = nextAttemptDelay(attempts + 1, random)
  if (delay === null) return null
  const asked = err instanceof VendorHttpError && err.retryAfterMs !== null ? err.retryAfterMs : 0
  return now + Math.max(delay, asked)
}

async function writeOne(deps: WriteBackDeps, w: ClaimedWriteBack): Promise<'written' | 'unchanged' | 'failed'> {
  const { db, runtime } = deps
  const connector = await findConnector(db, w.workspaceId, w.connectorId)
  const reading = (await conversationAnalysis(db, w.workspaceId, w.conversationId)) as ConversationReading | undefined
  const before = parseWritten(w.written)
  const plan = connector === undefined || reading == null ? undefined : planWriteBack(reading, before, dashboardLink(runtime, w.conversationId))
  if (connector === undefined || plan === undefined) {
    await finishWriteBack(db, w, JSON.stringify(before))
    return 'unchanged'
  }
  const adapter = runtime.adapters.get(connector.kind)
  try {
    if (adapter === undefined) throw new OutboundRefusedError(`no adapter for connector kind "${connector.kind}"`)
    await adapter.writeBack(connectorContext(runtime, connector), w.externalId, plan.change)
    await finishWriteBack(db, w, JSON.stringify(plan.written))
    return 'written'
  } catch (err) {
    const now = deps.clock()
    await failWriteBack(db, w, (err as Error).message ?? String(err), retryAt(err, w.attempts, now, deps.random))
    return 'failed'
  }
}

/**
 * One pass over the write-back outbox: each due conversation's current reading is compared with
 * what was last written to its ticket, and only a change is written (tags, priority, internal
 * note). A failure is retried with backoff and jitter (a vendor's Retry-After wins when longer)
 * and never touches reading: the outbox is apart from the reading queue.
 */
export async function runWriteBacks(deps: WriteBackDeps, opts: { limit?: number; leaseMs?: number; parallel?: number } = {}): Promise<WriteBackPass> {
  const claimed = await claimWriteBacks(deps.db, deps.clock(), opts.limit ?? 50, opts.leaseMs ?? 120_000)
  const counts = { written: 0, unchanged: 0, failed: 0 }
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < claimed.length) {
      const w = claimed[next++] as ClaimedWriteBack
      try {
        counts[await writeOne(deps, w)]++
      } catch (err) {
        // A storage failure: the lease runs out and another pass takes it again.
        deps.onError?.(err)
        counts.failed++
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 4, claimed.length) }, lane))
  return counts
}
