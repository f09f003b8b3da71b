import type { Reader } from '@undertone/engine'
import type { JobQueue } from '@undertone/jobs'
import type { Database, Dialect } from '@undertone/storage'
import { OpenAPIHono } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import type { ConnectorRuntime } from './app/connectors/connector-runtime.js'
import { WorkspaceAdaptations } from './app/learning/workspace-adaptations.js'
import { outboxFollowUp } from './app/outbox-follow-up.js'
import type { Services } from './app/services.js'
import { type BatchReader, inProcessBatchReader } from './batch-reader.js'
import { EventBus } from './event-bus.js'
import { invalid } from './http/contract.js'
import type { ApiEnv } from './http/env.js'
import { authenticate } from './http/middleware/authenticate.js'
import { type LogError, logToStderr, noRoute, problemErrors } from './http/middleware/problem-errors.js'
import { rateLimit } from './http/middleware/rate-limit.js'
import { requestMetrics } from './http/middleware/request-metrics.js'
import { safeRequest } from './http/middleware/safe-request.js'
import { dashboardSecureHeaders } from './http/middleware/secure-headers.js'
import { alertsRoutes } from './http/routes/alerts.js'
import { analyticsRoutes } from './http/routes/analytics.js'
import { registerApiDocs } from './http/routes/api-docs.js'
import { connectorsRoutes } from './http/routes/connectors.js'
import { conversationsRoutes } from './http/routes/conversations.js'
import { destinationsRoutes } from './http/routes/destinations.js'
import { hooksRoutes } from './http/routes/hooks.js'
import { correctionsRoutes } from './http/routes/corrections.js'
import { customersRoutes } from './http/routes/customers.js'
import { driversRoutes } from './http/routes/drivers.js'
import { registerHealth } from './http/routes/health.js'
import { keysRoutes } from './http/routes/keys.js'
import { learningAccuracyRoutes } from './http/routes/learning-accuracy.js'
import { messagesRoutes } from './http/routes/messages.js'
import { registerMetricsEndpoint } from './http/routes/metrics-endpoint.js'
import { modelsRoutes } from './http/routes/models.js'
import { outcomesRoutes } from './http/routes/outcomes.js'
import { privacyRoutes } from './http/routes/privacy.js'
import { queueRoutes } from './http/routes/queue.js'
import { reviewRoutes } from './http/routes/review.js'
import { scoreRoutes } from './http/routes/score.js'
import { settingsRoutes } from './http/routes/settings.js'
import { streamRoutes } from './http/routes/stream.js'
import { targetsRoutes } from './http/routes/targets.js'
import { topicsRoutes } from './http/routes/topics.js'
import { trendsRoutes } from './http/routes/trends.js'
import { workspaceRoutes } from './http/routes/workspace.js'
import { Metrics } from './metrics.js'
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js'
import { DEFAULT_LIMITS, type RateLimits, type ServiceLimits, memoryRateLimits } from './service-limits.js'
import { queueScheduler } from './worker/queues.js'

export { READ_QUEUE, type ReadJob } from './worker/queues.js'

/** Everything the app needs; `createApp` has no side effects of its own. */
export interface AppDeps {
  readonly db: Kysely<Database>
  readonly dialect: Dialect
  readonly queue: JobQueue
  readonly reader: Reader
  readonly clock?: () => number
  readonly events?: EventBus
  readonly metrics?: Metrics
  /** Limits not given take their defaults (`DEFAULT_LIMITS`). */
  readonly limits?: Partial<ServiceLimits>
  /** The request counters; in this process's memory when not given (pass PostgreSQL ones when several processes serve). */
  readonly rateLimits?: RateLimits
  /** The bearer token `/metrics` asks for; without one `/metrics` is off. */
  readonly metricsToken?: string
  /** Where unexpected errors go (never with request headers or bodies); stderr when not given. */
  readonly logError?: LogError
  /**
   * Reads texts off the event loop (a worker-thread pool) for every request that reads: `/v1/score`,
   * `?wait=true`, corrections. Without one the event loop reads (tests, small deployments).
   */
  readonly batchReader?: BatchReader
  /** What one request may read, and for how long (`DEFAULT_READ_LIMITS` for those not given). */
  readonly readLimits?: Partial<ReadLimits>
  /** Each workspace's learned adaptation (share one per process with the worker); created when not given. */
  readonly adaptations?: WorkspaceAdaptations
  /** Helpdesk adapters, the secret box and the outbound policy; without one, connectors and destinations answer 503. */
  readonly connectors?: ConnectorRuntime
  /** How far after the server's clock a message's date may be (`DEFAULT_CLOCK_SKEW_MS` when not given); later ones are refused. */
  readonly clockSkewMs?: number
  /** Static files for the dashboard, served at `/` when given. */
  readonly staticHandler?: MiddlewareHandler
}

/** The connector runtime given, or one that knows no helpdesk and keeps no secret (everything answers 503). */
function connectorsOf(deps: AppDeps): ConnectorRuntime {
  return deps.connectors ?? { adapters: new Map(), secretBox: undefined, allowPrivateNetwork: false, fetchFor: () => () => Promise.reject(new Error('no outbound access configured')), publicUrl: undefined, timeoutMs: 10_000 }
}

/** The use cases' services from the app's dependencies. */
function servicesOf(deps: AppDeps, clock: () => number, events: EventBus): Services {
  const adaptations = deps.adaptations ?? new WorkspaceAdaptations(deps.db, clock)
  return {
    db: deps.db,
    clock,
    reader: deps.reader,
    // Requests read here; without a thread pool (tests, the smallest set-ups) on the event loop in slices.
    requestPool: deps.batchReader ?? inProcessBatchReader(deps.reader),
    readLimits: { ...DEFAULT_READ_LIMITS, ...deps.readLimits },
    pipeline: { db: deps.db, reader: deps.reader, clock, events, adaptations, followUp: outboxFollowUp(connectorsOf(deps)), ...(deps.batchReader === undefined ? {} : { batchReader: deps.batchReader }) },
    adaptations,
    scheduler: queueScheduler(deps.queue),
    events,
  }
}

/**
 * Builds the HTTP API. Pure wiring: give it storage, a queue, a reader and a clock; it opens no
 * ports and starts nothing. Every `/v1` route needs `Authorization: Bearer <workspace key>` and
 * sees only that workspace's data; each is declared once (`http/routes/`), and `/openapi.json` is
 * generated from those declarations.
 */
export function createApp(deps: AppDeps) {
  const clock = deps.clock ?? Date.now
  const events = deps.events ?? new EventBus()
  const metrics = deps.metrics ?? new Metrics()
  const limits: ServiceLimits = { ...DEFAULT_LIMITS, ...deps.limits }
  const rate = deps.rateLimits ?? memoryRateLimits(limits)
  const logError = deps.logError ?? logToStderr
  const services = servicesOf(deps, clock, events)
  const { db } = deps
  const connectors = connectorsOf(deps)
  // A request a route's schemas refuse is a 400 problem document, whatever part of it failed.
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: invalid('the request is not valid') })

  app.onError(problemErrors(metrics, logError))
  app.notFound(noRoute)
  app.use('*', dashboardSecureHeaders())
  app.use('*', safeRequest)
  app.use('*', requestMetrics(metrics))
  const auth = authenticate(db, rate.failedAuth, clock)
  app.use('/v1/*', auth.middleware)
  app.use('/v1/*', rateLimit(rate))

  // Each resource is a sub-app of its own; mounting them in one chain gives `AppType` every route's contract.
  const api = app
    .route('/', messagesRoutes(services, metrics, limits.bodyBytes, deps.clockSkewMs))
    .route('/', scoreRoutes(services, limits.bodyBytes))
    .route('/', workspaceRoutes(db))
    .route('/', conversationsRoutes(db))
    .route('/', customersRoutes(db))
    .route('/', queueRoutes(db, clock))
    .route('/', trendsRoutes(db, clock, limits.analyticsMaxDays))
    .route('/', analyticsRoutes(db, clock, limits.analyticsMaxDays))
    .route('/', topicsRoutes(db, clock, services.scheduler))
    .route('/', driversRoutes(db, clock))
    .route('/', targetsRoutes(db, clock))
    .route('/', settingsRoutes(db))
    .route('/', keysRoutes(db, clock, { keyRevoked: auth.forgetKeys, keysPerWorkspace: limits.keysPerWorkspace }))
    .route('/', reviewRoutes(services))
    .route('/', correctionsRoutes(services, limits.bodyBytes))
    .route('/', outcomesRoutes(db))
    .route('/', modelsRoutes(services))
    .route('/', learningAccuracyRoutes(db, clock))
    .route('/', alertsRoutes(db, clock))
    .route('/', streamRoutes(events, limits.streamsPerKey))
    .route('/', connectorsRoutes(db, connectors, clock))
    .route('/', destinationsRoutes(db, connectors, clock))
    .route('/', privacyRoutes(services))

  // Helpdesk webhooks carry the vendor's signature, not an API key, so they sit outside /v1.
  app.route('/', hooksRoutes({ db, runtime: connectors, scheduler: services.scheduler, clock, metrics, maxBytes: limits.bodyBytes }))
  registerHealth(app, db, logError)
  registerMetricsEndpoint(app, metrics, events, deps.metricsToken)
  registerApiDocs(app)
  if (deps.staticHandler !== undefined) app.use('/*', deps.staticHandler)
  return api
}

/** The API's type: every `/v1` route with its request and response schemas, for `hc<AppType>` clients. */
export type AppType = ReturnType<typeof createApp>
