import { OutboundRefusedError, VendorHttpError } from '@undertone/connectors'
import { type ConnectorRecord, type Database, findConnector, ingestMessages, saveBackfill } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../../problem.js'
import type { Scheduler } from '../scheduler.js'
import { connectorContext, connectorOrNotFound } from './connector-admin.js'
import { type ConnectorRuntime, adapterOf } from './connector-runtime.js'
import { workspaceRedactor } from '../privacy/workspace-redactor.js'
import { clampFutureDates } from '../future-dates.js'
import { toIncoming } from './to-incoming.js'

/** What a backfill needs. */
export interface BackfillDeps {
  readonly db: Kysely<Database>
  readonly runtime: ConnectorRuntime
  readonly scheduler: Scheduler
  readonly clock: () => number
}

/** The outcome of one page. */
export type BackfillStep =
  | { readonly kind: 'page'; readonly stored: number; readonly conversations: number; readonly done: boolean }
  /** The vendor asked to wait (429 with Retry-After, or a transient failure). */
  | { readonly kind: 'wait'; readonly ms: number; readonly error: string }
  | { readonly kind: 'failed'; readonly error: string }

/**
 * Starts (or restarts from the beginning) a connector's backfill of everything updated since
 * `since`. The worker, or `undertone connectors backfill`, then runs it page by page.
 */
export async function startBackfill(db: Kysely<Database>, workspaceId: string, idOrName: string, since: number, now: number): Promise<ConnectorRecord> {
  const c = await connectorOrNotFound(db, workspaceId, idOrName)
  await saveBackfill(db, c.id, { state: 'running', cursor: null, since, conversations: 0, messages: 0, total: null, error: null }, now)
  return (await findConnector(db, workspaceId, c.id)) as ConnectorRecord
}

/**
 * Reads one page of the vendor's incremental export from the stored cursor and stores its messages,
 * their reading job and the next cursor in one transaction: a backfill killed at any point resumes
 * where the last committed page ended, and a page read twice stores nothing twice (messages dedupe
 * on their ids).
 */
export async function backfillStep(deps: BackfillDeps, connector: ConnectorRecord, waits: number): Promise<BackfillStep> {
  const { db, runtime } = deps
  if (connector.backfill.state !== 'running') throw new ProblemError('UT_E_CONFLICT', `connector "${connector.name}" has no backfill running`)
  const adapter = adapterOf(runtime, connector.kind)
  const context = connectorContext(runtime, connector)
  let page: Awaited<ReturnType<typeof adapter.backfillPage>>
  try {
    page = await adapter.backfillPage(context, connector.backfill.cursor, connector.backfill.since ?? 0)
  } catch (err) {
    const message = (err as Error).message ?? String(err)
    const permanent = err instanceof OutboundRefusedError || (err instanceof VendorHttpError && err.permanent) || !(err instanceof VendorHttpError)
    if (permanent || waits >= 8) {
      await saveBackfill(db, connector.id, { state: 'error', error: message.slice(0, 500) }, deps.clock())
      return { kind: 'failed', error: message }
    }
    // Exponential while the vendor keeps failing, or what its Retry-After says.
    const asked = err instanceof VendorHttpError ? err.retryAfterMs : null
    return { kind: 'wait', ms: Math.min(asked ?? 1_000 * 2 ** waits, 300_000), error: message }
  }
  const now = deps.clock()
  const redact = await workspaceRedactor(db, connector.workspaceId)
  const batch = clampFutureDates(page.messages.map((m) => toIncoming(m, connector.kind, redact)), now)
  const done = page.cursor === null
  const result = await ingestMessages(db, connector.workspaceId, batch, now, async (trx, res) => {
    if (res.inserted.length > 0) await deps.scheduler.reading(trx, { workspaceId: connector.workspaceId, messageIds: res.inserted.map((m) => m.id) })
    await saveBackfill(
      trx,
      connector.id,
      {
        cursor: page.cursor,
        conversations: connector.backfill.conversations + page.conversations,
        messages: connector.backfill.messages + res.inserted.length,
        ...(page.total === undefined ? {} : { total: page.total }),
        ...(done ? { state: 'done' } : {}),
        error: null,
      },
      now,
    )
  })
  return { kind: 'page', stored: result.inserted.length, conversations: page.conversations, done }
}

/**
 * Runs a backfill to its end (or until `signal` stops it), waiting as the vendor asks, and
 * reports progress after each page.
 */
export async function runBackfill(deps: BackfillDeps, workspaceId: string, connectorId: string, opts: { onProgress?: (c: ConnectorRecord, step: BackfillStep) => void; sleep?: (ms: number) => Promise<void>; signal?: AbortSignal } = {}): Promise<ConnectorRecord> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  let waits = 0
  for (;;) {
    const c = (await findConnector(deps.db, workspaceId, connectorId)) as ConnectorRecord
    if (c.backfill.state !== 'running' || opts.signal?.aborted === true) return c
    const step = await backfillStep(deps, c, waits)
    opts.onProgress?.((await findConnector(deps.db, workspaceId, connectorId)) as ConnectorRecord, step)
    if (step.kind === 'wait') {
      waits++
      await sleep(step.ms)
    } else waits = 0
  }
}
