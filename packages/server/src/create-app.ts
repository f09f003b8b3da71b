import type { Reader } from '@undertone/engine'
import type { JobQueue } from '@undertone/jobs'
import type { Database, Dialect } from '@undertone/storage'
import { OpenAPIHono } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import { WorkspaceAdaptations } from './app/learning/workspace-adaptations.js'
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
import { registerAlerts } from './http/routes/alerts.js'
import { registerAnalytics } from './http/routes/analytics.js'
import { registerApiDocs } from './http/routes/api-docs.js'
import { registerConversations } from './http/routes/conversations.js'
import { registerCorrections } from './http/routes/corrections.js'
import { registerCustomers } from './http/routes/customers.js'
import { registerDrivers } from './http/routes/drivers.js'
import { registerHealth } from './http/routes/health.js'
import { registerKeys } from './http/routes/keys.js'
import { registerLearningAccuracy } from './http/routes/learning-accuracy.js'
import { registerMessages } from './http/routes/messages.js'
import { registerMetricsEndpoint } from './http/routes/metrics-endpoint.js'
import { registerModels } from './http/routes/models.js'
import { registerOutcomes } from './http/routes/outcomes.js'
import { registerQueue } from './http/routes/queue.js'
import { registerReview } from './http/routes/review.js'
import { registerScore } from './http/routes/score.js'
import { registerSettings } from './http/routes/settings.js'
import { registerStream } from './http/routes/stream.js'
import { registerTargets } from './http/routes/targets.js'
import { registerTopics } from './http/routes/topics.js'
import { registerTrends } from './http/routes/trends.js'
import { registerWorkspace } from './http/routes/workspace.js'
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
  /** Static files for the dashboard, served at `/` when given. */
  readonly staticHandler?: MiddlewareHandler
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
    pipeline: { db: deps.db, reader: deps.reader, clock, events, adaptations, ...(deps.batchReader === undefined ? {} : { batchReader: deps.batchReader }) },
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
export function createApp(deps: AppDeps): OpenAPIHono<ApiEnv> {
  const clock = deps.clock ?? Date.now
  const events = deps.events ?? new EventBus()
  const metrics = deps.metrics ?? new Metrics()
  const limits: ServiceLimits = { ...DEFAULT_LIMITS, ...deps.limits }
  const rate = deps.rateLimits ?? memoryRateLimits(limits)
  const logError = deps.logError ?? logToStderr
  const services = servicesOf(deps, clock, events)
  const { db } = deps
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

  registerMessages(app, services, metrics, limits.bodyBytes)
  registerScore(app, services, limits.bodyBytes)
  registerWorkspace(app, db)
  registerConversations(app, db)
  registerCustomers(app, db)
  registerQueue(app, db, clock)
  registerTrends(app, db, clock, limits.analyticsMaxDays)
  registerAnalytics(app, db, clock, limits.analyticsMaxDays)
  registerTopics(app, db, clock, services.scheduler)
  registerDrivers(app, db, clock)
  registerTargets(app, db, clock)
  registerSettings(app, db)
  registerKeys(app, db, clock, { keyRevoked: auth.forgetKeys, keysPerWorkspace: limits.keysPerWorkspace })
  registerReview(app, services)
  registerCorrections(app, services, limits.bodyBytes)
  registerOutcomes(app, db)
  registerModels(app, services)
  registerLearningAccuracy(app, db, clock)
  registerAlerts(app, db, clock)
  registerStream(app, events, limits.streamsPerKey)

  registerHealth(app, db, logError)
  registerMetricsEndpoint(app, metrics, events, deps.metricsToken)
  registerApiDocs(app)
  if (deps.staticHandler !== undefined) app.use('/*', deps.staticHandler)
  return app
}
