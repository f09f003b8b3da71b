import { type Database, runningBackfills } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { runDeliveries } from '../app/alerts-out/run-deliveries.js'
import type { ConnectorRuntime } from '../app/connectors/connector-runtime.js'
import { backfillStep } from '../app/connectors/run-backfill.js'
import { runWriteBacks } from '../app/connectors/run-write-backs.js'
import type { Scheduler } from '../app/scheduler.js'
import type { Metrics } from '../metrics.js'
import type { WorkerHandle } from './reading-worker.js'

/** What the outbox worker needs. */
export interface OutboxDeps {
  readonly db: Kysely<Database>
  readonly runtime: ConnectorRuntime
  readonly scheduler: Scheduler
  readonly clock: () => number
  readonly random: () => number
  /** Where write-back and delivery outcomes are counted (`/metrics`). */
  readonly metrics?: Metrics
}

/**
 * Runs the outboxes beside the reading worker: write-backs to helpdesks, alert deliveries, and
 * backfills under way (one page per connector per turn, so one large backfill does not starve the
 * others). Apart from reading on purpose: a vendor that hangs or fails slows only this loop.
 */
export function runOutboxWorker(deps: OutboxDeps, options: { pollMs?: number; onError?: (err: unknown) => void } = {}): WorkerHandle {
  let stopping = false
  let wake: (() => void) | undefined
  const backfillWaits = new Map<string, { until: number; waits: number }>()
  const onError = (err: unknown): void => options.onError?.(err)
  let idleWaiters: (() => void)[] = []

  const backfills = async (): Promise<boolean> => {
    let worked = false
    for (const c of await runningBackfills(deps.db)) {
      const wait = backfillWaits.get(c.id)
      if (wait !== undefined && wait.until > deps.clock()) continue
      const step = await backfillStep(deps, c, wait?.waits ?? 0)
      if (step.kind === 'wait') backfillWaits.set(c.id, { until: deps.clock() + step.ms, waits: (wait?.waits ?? 0) + 1 })
      else backfillWaits.delete(c.id)
      worked ||= step.kind === 'page'
    }
    return worked
  }

  const loop = (async () => {
    while (!stopping) {
      let worked = false
      try {
        const w = await runWriteBacks({ ...deps, onError })
        const d = await runDeliveries({ ...deps, onError })
        for (const [outcome, n] of Object.entries(w)) if (n > 0) deps.metrics?.counter('undertone_write_backs_total', 'Helpdesk write-backs by outcome', { outcome }, n)
        for (const [outcome, n] of Object.entries(d)) if (n > 0) deps.metrics?.counter('undertone_alert_deliveries_total', 'Alert deliveries by outcome', { outcome }, n)
        worked = w.written + w.failed + w.unchanged + d.delivered + d.failed > 0
        worked = (await backfills()) || worked
      } catch (err) {
        onError(err)
      }
      if (worked) continue
      for (const w of idleWaiters) w()
      idleWaiters = []
      await new Promise<void>((r) => {
        wake = r
        setTimeout(r, options.pollMs ?? 500)
      })
    }
  })()
  return {
    stop: async () => {
      stopping = true
      wake?.()
      await loop
    },
    idle: () => new Promise<void>((resolve) => idleWaiters.push(resolve)),
  }
}
