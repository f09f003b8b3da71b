import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Reader } from '@undertone/engine'
import { type JobQueue, PgBossJobQueue, SqliteJobQueue } from '@undertone/jobs'
import { type AppDeps, type BatchReader, CLI_ACTOR, EventBus, Metrics, WorkspaceAdaptations, audit, createApp, createRateLimits, outboxFollowUp, queueScheduler, runOutboxWorker, runReadingWorker, threadPoolBatchReader } from '@undertone/server'
import { type OpenDatabase, createApiKey, ensureWorkspace, findWorkspaceByName, hasWorkspaces, isStorageError, listApiKeys, migrateToLatest, openCounterPool, openDatabase, revokeApiKey } from '@undertone/storage'
import { CliError } from '../cli-error.js'
import type { ServiceConfig } from '../config.js'
import { connectorRuntime } from './connector-runtime.js'
import { serveBanner } from './serve-banner.js'

/** The built dashboard (`packages/web/dist`); the same depth from `src/commands` and `dist/commands`. */
const DASHBOARD_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url))

/**
 * Serves the dashboard's files, and its index.html for any other non-API path so a reload on a
 * deep link still opens the app. Undefined when the dashboard has not been built.
 */
export function dashboardHandler(root: string = DASHBOARD_DIR): AppDeps['staticHandler'] {
  if (!existsSync(join(root, 'index.html'))) return undefined
  const files = serveStatic({ root })
  const index = serveStatic({ root, path: 'index.html' })
  return async (c, next) => {
    if (c.req.path.startsWith('/v1/')) return next()
    const found = await files(c, async () => {})
    return found ?? index(c, next)
  }
}

/**
 * Opens the database of a config: embedded SQLite in `config.dataDir`, or PostgreSQL. With
 * `existing`, a data folder without a database is a {@link CliError} and nothing is created there.
 */
function openConfigured(config: ServiceConfig, existing: boolean): OpenDatabase {
  if (config.databaseUrl !== undefined) return openDatabase({ url: config.databaseUrl })
  try {
    return openDatabase({ dataDir: config.dataDir, mustExist: existing })
  } catch (err) {
    if (!isStorageError(err) || err.code !== 'UT_E_NOT_FOUND') throw err
    throw new CliError('UT_E_NO_DATABASE', `${err.message}; check --data or UNDERTONE_DATA_DIR, or create one with undertone import, demo or serve`)
  }
}

/**
 * Storage and queue for a config: embedded SQLite (queue in the same file) or PostgreSQL with
 * pg-boss. Commands that only use what is there pass `existing`, so that a wrong data folder is
 * reported instead of filled with an empty database.
 */
export async function openServices(config: ServiceConfig, opts: { existing?: boolean } = {}): Promise<{ open: OpenDatabase; queue: JobQueue; close(): Promise<void> }> {
  const open = openConfigured(config, opts.existing === true)
  await migrateToLatest(open.db, open.dialect)
  const queue: JobQueue = config.databaseUrl === undefined ? new SqliteJobQueue(open.db) : new PgBossJobQueue({ connectionString: config.databaseUrl })
  return {
    open,
    queue,
    close: async () => {
      await queue.close()
      await open.close()
    },
  }
}

/** `undertone serve`: the API (and, unless --no-worker, the reading worker) in one process. */
export async function runServe(config: ServiceConfig, reader: Reader, opts: { worker: boolean; modelFile?: string; onFresh?: (services: { open: OpenDatabase }) => Promise<void> }): Promise<void> {
  const services = await openServices(config)
  const fresh = !(await hasWorkspaces(services.open.db))
  if (fresh && opts.onFresh !== undefined) await opts.onFresh(services)
  const events = new EventBus()
  const metrics = new Metrics()
  // Reading runs on worker threads so the API's event loop stays free; each thread loads the same
  // model. Requests have a pool of their own, so a /v1/score never queues behind the worker's backlog.
  const model = opts.modelFile === undefined ? {} : { modelFile: opts.modelFile }
  const batchReader: BatchReader = threadPoolBatchReader({ ...model, threads: 1 })
  const workerReader: BatchReader | undefined = opts.worker ? threadPoolBatchReader(model) : undefined
  const staticHandler = dashboardHandler()
  // Rate limits are shared through PostgreSQL when there is one, on a pool of their own.
  const counterPool = config.databaseUrl === undefined ? undefined : openCounterPool(config.databaseUrl)
  // One per process, shared by the API and the worker, so a correction takes effect in both at once.
  const adaptations = new WorkspaceAdaptations(services.open.db, Date.now)
  const connectors = connectorRuntime(config, { createKey: true })
  const app = createApp({ db: services.open.db, dialect: services.open.dialect, queue: services.queue, reader, events, metrics, adaptations, connectors, limits: config.limits, readLimits: config.readLimits, clockSkewMs: config.clockSkewMs, rateLimits: await createRateLimits(config.limits, counterPool), ...(config.metricsToken === undefined ? {} : { metricsToken: config.metricsToken }), batchReader, ...(staticHandler === undefined ? {} : { staticHandler }) })
  const onError = (err: unknown) => process.stderr.write(`worker: ${(err as Error).message}\n`)
  const worker = opts.worker ? runReadingWorker(services.queue, { db: services.open.db, reader, clock: Date.now, events, adaptations, followUp: outboxFollowUp(connectors), batchReader: workerReader ?? batchReader }, { idempotencyRetentionMs: config.idempotencyRetentionMs, onError }) : undefined
  const outbox = opts.worker ? runOutboxWorker({ db: services.open.db, runtime: connectors, scheduler: queueScheduler(services.queue), clock: Date.now, random: Math.random, metrics }, { onError }) : undefined
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host })
  const stop = async (): Promise<void> => {
    server.close()
    await Promise.all([worker?.stop(), outbox?.stop()])
    await Promise.all([batchReader.close(), workerReader?.close(), counterPool?.end()])
    await services.close()
  }
  try {
    await once(server, 'listening')
  } catch (err) {
    // A port in use or not ours to take: said in one line, after letting go of everything opened.
    await stop()
    const code = (err as { code?: unknown }).code
    throw new CliError('UT_E_BAD_OPTION', `cannot listen on ${config.host}:${config.port}: ${code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`, { cause: err })
  }
  const demo = fresh ? undefined : await findWorkspaceByName(services.open.db, 'demo')
  process.stdout.write(
    serveBanner({
      url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
      dialect: services.open.dialect,
      worker: opts.worker,
      dashboardBuilt: staticHandler !== undefined,
      fresh,
      ...(config.databaseUrl === undefined ? { dataDir: config.dataDir } : {}),
      ...(demo === undefined ? {} : { workspace: demo.name }),
    }),
  )
  const shutdown = async (): Promise<void> => {
    await stop()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
}

/** `undertone worker`: reads queued messages; run several of these beside API processes on PostgreSQL. */
export async function runWorkerCommand(config: ServiceConfig, reader: Reader, threads: { modelFile?: string }): Promise<void> {
  const services = await openServices(config)
  const batchReader = threadPoolBatchReader(threads)
  const connectors = connectorRuntime(config)
  const onError = (err: unknown) => process.stderr.write(`worker: ${(err as Error).message}\n`)
  const worker = runReadingWorker(services.queue, { db: services.open.db, reader, clock: Date.now, events: new EventBus(), adaptations: new WorkspaceAdaptations(services.open.db, Date.now), followUp: outboxFollowUp(connectors), batchReader }, { idempotencyRetentionMs: config.idempotencyRetentionMs, onError })
  const outbox = runOutboxWorker({ db: services.open.db, runtime: connectors, scheduler: queueScheduler(services.queue), clock: Date.now, random: Math.random }, { onError })
  process.stdout.write(`Undertone worker reading from ${services.open.dialect} (${services.queue.kind})\n`)
  const stop = async (): Promise<void> => {
    await Promise.all([worker.stop(), outbox.stop()])
    await batchReader?.close()
    await services.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
}

/** `undertone migrate`: creates the database if needed and brings its schema up to date. */
export async function runMigrate(config: ServiceConfig): Promise<void> {
  const open = openConfigured(config, false)
  const applied = await migrateToLatest(open.db, open.dialect)
  await open.close()
  process.stdout.write(applied.length === 0 ? 'schema is up to date\n' : `applied: ${applied.join(', ')}\n`)
}

/** `undertone keys create|list|revoke --workspace NAME`. `create` prints the key alone on its last line. */
export async function runKeys(config: ServiceConfig, action: 'create' | 'list' | 'revoke', workspace: string, opts: { name?: string; id?: string }): Promise<number> {
  const open = openConfigured(config, action !== 'create')
  await migrateToLatest(open.db, open.dialect)
  try {
    const now = Date.now()
    if (action === 'create') {
      const ws = await ensureWorkspace(open.db, workspace, now)
      const { key, info } = await createApiKey(open.db, ws.id, opts.name ?? 'cli', now)
      await audit(open.db, ws.id, CLI_ACTOR, 'key.create', info.id, now, { name: info.name })
      process.stdout.write(`Created key ${info.id} for workspace "${workspace}". It is shown once; store it now:\n${key}\n`)
      return 0
    }
    const ws = await findWorkspaceByName(open.db, workspace)
    if (ws === undefined) {
      process.stderr.write(`no workspace named "${workspace}"\n`)
      return 2
    }
    if (action === 'list') {
      for (const k of await listApiKeys(open.db, ws.id)) {
        process.stdout.write(`${k.id}\t${k.name}\tcreated ${new Date(k.createdAt).toISOString()}\t${k.revokedAt === null ? 'active' : `revoked ${new Date(k.revokedAt).toISOString()}`}\n`)
      }
      return 0
    }
    if (opts.id === undefined) {
      process.stderr.write('give the key id to revoke: --id <id>\n')
      return 2
    }
    const ok = await revokeApiKey(open.db, ws.id, opts.id, now)
    if (ok) await audit(open.db, ws.id, CLI_ACTOR, 'key.revoke', opts.id, now)
    process.stdout.write(ok ? `revoked ${opts.id}\n` : `no active key ${opts.id} in "${workspace}"\n`)
    return ok ? 0 : 2
  } finally {
    await open.close()
  }
}

/** Where a command writes. */
export type Out = { write(s: string): unknown }

/**
 * Opens the services, finds the workspace by name and runs `fn` with its id; exit code 2 with a
 * message when there is no such workspace. A data folder without a database is reported as such
 * (a workspace cannot be in it) and left as it was. The services are closed whatever happens.
 */
export async function withWorkspace(config: ServiceConfig, workspace: string, err: Out, fn: (s: Awaited<ReturnType<typeof openServices>>, workspaceId: string) => Promise<number>): Promise<number> {
  const services = await openServices(config, { existing: true })
  try {
    const ws = await findWorkspaceByName(services.open.db, workspace)
    if (ws === undefined) {
      err.write(`no workspace named "${workspace}"\n`)
      return 2
    }
    return await fn(services, ws.id)
  } finally {
    await services.close()
  }
}
