import { type AlertNotice, VendorHttpError, deliver } from '@undertone/connectors'
import { type Database, type DeliveryRecord, claimDeliveries, findDestination, settleDelivery } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { retryAt } from '../connectors/run-write-backs.js'
import type { ConnectorRuntime } from '../connectors/connector-runtime.js'
import { destinationConfig } from './destination-admin.js'

/** What a delivery pass needs. */
export interface DeliveryDeps {
  readonly db: Kysely<Database>
  readonly runtime: ConnectorRuntime
  readonly clock: () => number
  readonly random: () => number
  readonly onError?: (err: unknown) => void
}

async function deliverOne(deps: DeliveryDeps, d: DeliveryRecord): Promise<'delivered' | 'failed'> {
  const { db, runtime } = deps
  const destination = await findDestination(db, d.workspaceId, d.destinationId)
  if (destination === undefined) {
    await settleDelivery(db, d.id, { delivered: false, retryAt: null, error: 'the destination was removed', status: null })
    return 'failed'
  }
  try {
    await deliver(destinationConfig(runtime, destination), d.notice as AlertNotice, { fetch: runtime.fetchFor(destination.allowPrivateNetwork), now: deps.clock(), smtp: { allowPrivateNetwork: destination.allowPrivateNetwork, timeoutMs: runtime.timeoutMs } })
    await settleDelivery(db, d.id, { delivered: true, at: deps.clock(), status: null })
    return 'delivered'
  } catch (err) {
    const status = err instanceof VendorHttpError ? err.status : null
    await settleDelivery(db, d.id, { delivered: false, retryAt: retryAt(err, d.attempts, deps.clock(), deps.random), error: (err as Error).message ?? String(err), status })
    return 'failed'
  }
}

/**
 * One pass over the delivery outbox: at-least-once, each notice to each destination. A failure is
 * retried with exponential backoff and full jitter over about a day (`nextAttemptDelay`; a longer
 * Retry-After wins), then dead-lettered; a permanent failure (a 4xx, an address the policy
 * refuses) is dead-lettered at once. `POST /v1/deliveries/{id}/redeliver` puts one back.
 */
export async function runDeliveries(deps: DeliveryDeps, opts: { limit?: number; leaseMs?: number; parallel?: number } = {}): Promise<{ delivered: number; failed: number }> {
  const claimed = await claimDeliveries(deps.db, deps.clock(), opts.limit ?? 50, opts.leaseMs ?? 120_000)
  const counts = { delivered: 0, failed: 0 }
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < claimed.length) {
      const d = claimed[next++] as DeliveryRecord
      try {
        counts[await deliverOne(deps, d)]++
      } catch (err) {
        deps.onError?.(err)
        counts.failed++
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 4, claimed.length) }, lane))
  return counts
}
