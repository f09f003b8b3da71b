import { createHash, timingSafeEqual } from 'node:crypto'
import { type PriorityInput, rankQueue, resolveAnalysisConfig } from '@undertone/analysis'
import type { Reader } from '@undertone/engine'
import type { JobQueue } from '@undertone/jobs'
import {
  type Database,
  type Dialect,
  type IncomingMessage,
  ROLLUP_DIMENSIONS,
  type RollupDimension,
  conversationTimeline,
  trendSeries,
  ingestMessages,
  completeIdempotentResponse,
  findIdempotentResponse,
  isStorageError,
  recordIdempotentResponse,
  type IdempotentResponse,
  type IngestResult,
  listAlerts,
  updateAlert,
  touchApiKey,
  verifyApiKey,
  workspaceStats,
} from '@undertone/storage'
import { OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { streamSSE } from 'hono/streaming'
import type { Kysely } from 'kysely'
import { type BatchReader, inProcessBatchReader } from './batch-reader.js'
import { EventBus, type ServiceEvent } from './event-bus.js'
import { Metrics } from './metrics.js'
import { ProblemError, problem } from './problem.js'
import { intParam, rangeParams } from './query-params.js'
import { DEFAULT_LIMITS, type RateLimits, type ServiceLimits, memoryRateLimits } from './service-limits.js'
import { findUnsafeString } from './unsafe-string.js'
import { readAndStore } from './read-and-store.js'
import { registerAnalyticsRoutes, registerTargetRoutes } from './routes/analytics-routes.js'
import { registerLearningRoutes } from './routes/learning-routes.js'
import { LEARN_QUEUE, type LearnJob } from './learning/learning-jobs.js'
import { registerSettingsRoutes } from './routes/settings-routes.js'
import { loadSettings, workspaceProfile } from './workspace-settings.js'
import { WorkspaceAdaptations } from './learning/workspace-adaptations.js'
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js'
import { requestReader } from './request-reader.js'
import { MessageBatchSchema, ProblemSchema, ScoreRequestSchema, issuesOf } from './schemas.js'
import { incomingFromApi } from './incoming-from-api.js'

/** The queue name reading jobs go to. */
export const READ_QUEUE = 'read-messages'

/** A reading job: which messages of which workspace to read. */
export interface ReadJob {
  readonly workspaceId: string
  readonly messageIds: readonly string[]
}

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
  readonly logError?: (err: unknown, where: { method: string; path: string }) => void
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

interface Vars {
  workspaceId: string
  keyId: string
}

/**
 * How long a verified key is trusted without asking the database again: a revocation, from
 * this process or any other, takes effect within this time.
 */
const KEY_CACHE_MS = 1000
/** How often a key's "last used" time is written. */
const TOUCH_EVERY_MS = 30_000

/** Writes an unexpected error as one JSON line on stderr. */
function logToStderr(err: unknown, where: { method: string; path: string }): void {
  const e = err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : { message: String(err) }
  process.stderr.write(`${JSON.stringify({ level: 'error', at: new Date().toISOString(), ...where, error: e })}\n`)
}

/** The peer's address when served by @hono/node-server; `app.request()` in tests may pass one as `env.incoming`. */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'unknown'
}

/** The token of an `Authorization: Bearer <token>` header, if the request has one. */
function bearerToken(c: Context): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
}

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest())
}

/** Reads the raw body with a size cap and strict UTF-8, then parses JSON. */
async function readJson(c: Context, maxBytes: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (!type.toLowerCase().includes('application/json')) throw new ProblemError('UT_E_UNSUPPORTED_MEDIA', 'send the body as application/json')
  const text = await readText(c, maxBytes)
  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch (err) {
    throw new ProblemError('UT_E_BAD_JSON', `the body is not valid JSON: ${(err as Error).message}`)
  }
  const unsafe = findUnsafeString(value)
  if (unsafe !== undefined) throw new ProblemError('UT_E_VALIDATION', `"${unsafe.path}" ${unsafe.message}`, [unsafe])
  return value
}

/** Reads the raw body with a size cap as strict UTF-8 text. */
async function readText(c: Context, maxBytes: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0')
  if (declared > maxBytes) throw new ProblemError('UT_E_TOO_LARGE', `the body is larger than ${maxBytes} bytes`)
  const reader = c.req.raw.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  if (reader !== undefined) {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel()
        throw new ProblemError('UT_E_TOO_LARGE', `the body is larger than ${maxBytes} bytes`)
      }
      chunks.push(value)
    }
  }
  const bytes = Buffer.concat(chunks)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ProblemError('UT_E_BAD_ENCODING', 'the body is not valid UTF-8')
  }
  // Strict decoding leaves no lone surrogate; a NUL is valid UTF-8 but PostgreSQL cannot store it.
  const nul = text.indexOf('\u0000')
  if (nul >= 0) throw new ProblemError('UT_E_BAD_ENCODING', `the body contains a NUL character at offset ${nul}`)
  return text
}

/**
 * Builds the HTTP API. Pure wiring: give it storage, a queue, a reader and a clock; it opens no
 * ports and starts nothing. Every `/v1` route needs `Authorization: Bearer <workspace key>` and
 * sees only that workspace's data.
 */
export function createApp(deps: AppDeps): OpenAPIHono<{ Variables: Vars }> {
  const clock = deps.clock ?? Date.now
  const events = deps.events ?? new EventBus()
  const metrics = deps.metrics ?? new Metrics()
  const limits: ServiceLimits = { ...DEFAULT_LIMITS, ...deps.limits }
  const maxBody = limits.bodyBytes
  const rate = deps.rateLimits ?? memoryRateLimits(limits)
  const logError = deps.logError ?? logToStderr
  const keyCache = new Map<string, { workspaceId: string; keyId: string; until: number }>()
  const touchedAt = new Map<string, number>()
  const liveStreams = new Map<string, number>()
  const app = new OpenAPIHono<{ Variables: Vars }>()
  const adaptations = deps.adaptations ?? new WorkspaceAdaptations(deps.db, clock)
  const readLimits = { ...DEFAULT_READ_LIMITS, ...deps.readLimits }
  // Requests read here; without a thread pool (tests, the smallest set-ups) on the event loop in slices.
  const requestPool = deps.batchReader ?? inProcessBatchReader(deps.reader)
  const pipeline = { db: deps.db, reader: deps.reader, clock, events, adaptations, ...(deps.batchReader === undefined ? {} : { batchReader: deps.batchReader }) }

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problem(c, err.code, err.message, err.errors)
    metrics.counter('undertone_http_errors_total', 'Unhandled errors', { route: c.req.routePath })
    logError(err, { method: c.req.method, path: c.req.routePath })
    return problem(c, 'UT_E_INTERNAL', 'an unexpected error occurred; it has been logged')
  })
  app.notFound((c) => problem(c, 'UT_E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`))

  // The dashboard loads only its own scripts and styles, and no page of ours may be framed.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      strictTransportSecurity: false,
    }),
  )

  // A path or query with a NUL or a lone surrogate answers 400 before any handler can send it to SQL.
  app.use('*', async (c, next) => {
    let path = c.req.path
    try {
      path = decodeURIComponent(path)
    } catch {
      // Hono has decoded what it could; a stray "%" is no danger.
    }
    const unsafe = findUnsafeString({ '(path)': path, ...c.req.queries() })
    if (unsafe !== undefined) return problem(c, 'UT_E_VALIDATION', `"${unsafe.path}" ${unsafe.message}`, [unsafe])
    await next()
  })

  app.use('*', async (c, next) => {
    const t0 = performance.now()
    await next()
    metrics.observe('undertone_http_request_duration_seconds', 'HTTP request duration', (performance.now() - t0) / 1000, { method: c.req.method, route: c.req.routePath, status: String(c.res.status) })
  })

  // Authentication, then rate limits per key and per workspace. Failed attempts are counted per
  // client address, and an address over its limit is refused before any key is looked up.
  app.use('/v1/*', async (c, next) => {
    const unauthorized = async (detail: string): Promise<Response> => {
      const address = clientAddress(c)
      const counted = await rate.failedAuth.consume(address)
      if (!counted.allowed) return problem(c, 'UT_E_RATE_LIMITED', 'too many failed authentications from this address; wait and retry', undefined, { 'retry-after': String(counted.resetSeconds) })
      return problem(c, 'UT_E_UNAUTHORIZED', detail, undefined, { 'www-authenticate': 'Bearer' })
    }
    const key = bearerToken(c)
    if (key === undefined) return unauthorized('send Authorization: Bearer <workspace API key>')
    const cacheKey = createHash('sha256').update(key).digest('hex')
    const now = clock()
    let auth = keyCache.get(cacheKey)
    if (auth === undefined || auth.until < now) {
      const blocked = await rate.failedAuth.exceeded(clientAddress(c))
      if (blocked !== undefined) return problem(c, 'UT_E_RATE_LIMITED', 'too many failed authentications from this address; wait and retry', undefined, { 'retry-after': String(blocked.resetSeconds) })
      const info = await verifyApiKey(deps.db, key)
      if (info === undefined) {
        keyCache.delete(cacheKey)
        return unauthorized('the API key is unknown or revoked')
      }
      auth = { workspaceId: info.workspaceId, keyId: info.id, until: now + KEY_CACHE_MS }
      // "Last used" is written at most every 30 s per key; a failed update never fails the request.
      if (now - (touchedAt.get(info.id) ?? Number.NEGATIVE_INFINITY) >= TOUCH_EVERY_MS) {
        if (touchedAt.size > 10_000) touchedAt.clear()
        touchedAt.set(info.id, now)
        void touchApiKey(deps.db, info.id, now).catch(() => {})
      }
      if (keyCache.size > 10_000) keyCache.clear()
      keyCache.set(cacheKey, auth)
    }
    const [byKey, byWorkspace] = await Promise.all([rate.perKey.consume(auth.keyId), rate.perWorkspace.consume(auth.workspaceId)])
    const headers = { 'ratelimit-limit': String(byKey.limit), 'ratelimit-remaining': String(byKey.remaining), 'ratelimit-reset': String(byKey.resetSeconds) }
    if (!byKey.allowed) return problem(c, 'UT_E_RATE_LIMITED', 'too many requests for this key; slow down', undefined, { ...headers, 'retry-after': String(byKey.resetSeconds) })
    if (!byWorkspace.allowed) return problem(c, 'UT_E_RATE_LIMITED', `too many requests for this workspace (${byWorkspace.limit} a minute over all its keys); slow down`, undefined, { ...headers, 'retry-after': String(byWorkspace.resetSeconds) })
    c.set('workspaceId', auth.workspaceId)
    c.set('keyId', auth.keyId)
    await next()
    for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v)
  })

  const bearer = [{ bearer: [] as string[] }]
  const problemResponse = { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'A problem document' }
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/messages',
    summary: 'Ingest a batch of canonical messages',
    security: bearer,
    request: {
      query: z.object({ wait: z.enum(['true', 'false']).optional() }),
      headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
      body: { content: { 'application/json': { schema: MessageBatchSchema } } },
    },
    responses: { 202: { description: 'Accepted; readings follow asynchronously' }, 200: { description: 'Stored and read (with ?wait=true)' }, 400: problemResponse, 401: problemResponse, 409: problemResponse, 413: problemResponse, 429: problemResponse },
  })
  app.post('/v1/messages', async (c) => {
    const workspaceId = c.get('workspaceId')
    const idemKey = c.req.header('idempotency-key')
    if (idemKey !== undefined) {
      // A key is an opaque token (a UUID, typically); beyond 200 characters or with a control character it is a client's bug, not a key.
      const control = [...idemKey].some((ch) => ch < ' ' || ch === '\u007f')
      const wrong = idemKey.length === 0 ? 'is empty' : idemKey.length > 200 ? 'is longer than 200 characters' : control ? 'contains a control character' : undefined
      if (wrong !== undefined) throw new ProblemError('UT_E_VALIDATION', `the Idempotency-Key header ${wrong}; send 1 to 200 characters, none of them a control character`, [{ path: 'Idempotency-Key', message: wrong }])
    }
    const body = await readJson(c, maxBody)
    const parsed = MessageBatchSchema.safeParse(body)
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the message batch is not valid', issuesOf(parsed.error))
    const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex')
    const replay = (prior: IdempotentResponse) => {
      if (prior.requestHash !== requestHash) throw new ProblemError('UT_E_IDEMPOTENCY_CONFLICT', 'this Idempotency-Key was used with a different body')
      metrics.counter('undertone_ingest_replays_total', 'Requests answered from an Idempotency-Key')
      return c.json(prior.body, prior.status as 200 | 202, { 'idempotent-replayed': 'true' })
    }
    if (idemKey !== undefined) {
      const prior = await findIdempotentResponse(deps.db, workspaceId, idemKey)
      if (prior !== undefined) return replay(prior)
    }
    const now = clock()
    const batch: IncomingMessage[] = parsed.data.messages.map(incomingFromApi)
    const acceptance = (res: IngestResult) => {
      const messages = res.inserted.map((m) => ({ external_id: m.externalId, id: m.id, conversation_id: m.conversationId }))
      return { accepted: messages.length, duplicates: res.duplicates.length, messages, duplicate_external_ids: res.duplicates }
    }
    let result: IngestResult
    try {
      // Messages, their reading job and the answer kept under the Idempotency-Key commit together:
      // an acknowledged message is always read, and a retry after any failure is either answered
      // as this request was or does the work itself, never told its own messages are duplicates.
      result = await ingestMessages(deps.db, workspaceId, batch, now, async (trx, res) => {
        if (idemKey !== undefined) await recordIdempotentResponse(trx, workspaceId, idemKey, { requestHash, status: 202, body: acceptance(res) }, now)
        if (res.inserted.length > 0) await deps.queue.enqueue<ReadJob>(READ_QUEUE, [{ workspaceId, messageIds: res.inserted.map((m) => m.id) }], { trx, group: workspaceId })
      })
    } catch (err) {
      // A concurrent request with the same key committed first; this one's work rolled back.
      const prior = idemKey !== undefined && isStorageError(err) && err.code === 'UT_E_CONFLICT' ? await findIdempotentResponse(deps.db, workspaceId, idemKey) : undefined
      if (prior === undefined) throw err
      return replay(prior)
    }
    metrics.counter('undertone_ingest_messages_total', 'Messages received', { outcome: 'stored' }, result.inserted.length)
    metrics.counter('undertone_ingest_messages_total', 'Messages received', { outcome: 'duplicate' }, result.duplicates.length)
    if (c.req.query('wait') !== 'true') return c.json(acceptance(result), 202)
    const read = { ...acceptance(result), readings: await readAndStore(pipeline, workspaceId, result.inserted.map((m) => m.id)) }
    // The readings are known only now, after the commit. Until this lands (reading still under way,
    // or the process died while reading) a replay answers the 202 acceptance with the messages'
    // ids: true, since they are stored and their reading job is queued.
    if (idemKey !== undefined) await completeIdempotentResponse(deps.db, workspaceId, idemKey, { requestHash, status: 200, body: read })
    return c.json(read, 200)
  })

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/score',
    summary: 'Read texts without storing them (for bots and agent tools)',
    security: bearer,
    request: { body: { content: { 'application/json': { schema: ScoreRequestSchema } } } },
    responses: { 200: { description: 'One reading per text' }, 400: problemResponse, 401: problemResponse, 413: problemResponse, 503: problemResponse },
  })
  app.post('/v1/score', async (c) => {
    const body = await readJson(c, maxBody)
    const parsed = ScoreRequestSchema.safeParse(body)
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the score request is not valid', issuesOf(parsed.error))
    const texts = parsed.data.texts ?? [parsed.data.text as string]
    const ctx = parsed.data.context
    const context = ctx === undefined ? {} : { ...(ctx.domain === undefined ? {} : { domain: ctx.domain }), ...(ctx.previous === undefined ? {} : { previous: ctx.previous }), ...(ctx.locale === undefined ? {} : { locale: ctx.locale }) }
    const workspaceId = c.get('workspaceId')
    // Scored as this workspace reads: its own terms, its promoted version and its corrections apply.
    const profile = workspaceProfile(await loadSettings(deps.db, workspaceId))
    const ctxFor = profile !== undefined && context.domain === undefined ? { ...context, domain: profile.id } : context
    // Read on the pool's threads, so the event loop keeps answering, within this request's limits.
    const reading = requestReader(requestPool, { textBytes: readLimits.scoreTextBytes, timeMs: readLimits.readTimeMs, setting: 'scoreTextBytes' })
    const items = texts.map((text) => ({ text, context: ctxFor, ...(profile === undefined ? {} : { profile }) }))
    try {
      return c.json({ readings: await reading.readMany(items, { adaptation: await adaptations.get(workspaceId) }) })
    } finally {
      await reading.close()
    }
  })

  // The dashboard checks a key with this: cheap at any size, unlike /v1/stats, which counts.
  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/whoami', summary: 'The workspace and key id behind the bearer key', security: bearer, responses: { 200: { description: '{workspaceId, keyId}' }, 401: problemResponse } })
  app.get('/v1/whoami', (c) => c.json({ workspaceId: c.get('workspaceId'), keyId: c.get('keyId') }))
  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/stats', summary: 'Counts for the workspace', security: bearer, responses: { 200: { description: '{messages, conversations, customers, readingsPending}' }, 401: problemResponse } })
  app.get('/v1/stats', async (c) => c.json(await workspaceStats(deps.db, c.get('workspaceId'))))

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/v1/conversations/{id}',
    summary: 'A conversation with its messages, readings, arc and escalation',
    security: bearer,
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: { description: 'The conversation' }, 404: problemResponse },
  })
  app.get('/v1/conversations/:id', async (c) => {
    const workspaceId = c.get('workspaceId')
    const id = c.req.param('id')
    // By id, then by external id: two index lookups (one OR over both made SQLite scan the
    // workspace's conversations, 1.7 s at a million messages).
    const conv =
      (await deps.db.selectFrom('conversations').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst()) ??
      (await deps.db.selectFrom('conversations').selectAll().where('workspace_id', '=', workspaceId).where('source', '=', c.req.query('source') ?? 'api').where('external_id', '=', id).executeTakeFirst())
    if (conv === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no conversation ${id} in this workspace`)
    const [messages, reading] = await Promise.all([
      conversationTimeline(deps.db, workspaceId, conv.id),
      deps.db.selectFrom('conversation_readings').select('body').where('conversation_id', '=', conv.id).where('workspace_id', '=', workspaceId).executeTakeFirst(),
    ])
    return c.json({
      id: conv.id,
      external_id: conv.external_id,
      source: conv.source,
      status: conv.status,
      channel: conv.channel,
      product_area: conv.product_area,
      tags: JSON.parse(conv.tags) as string[],
      customer_id: conv.customer_id,
      messages,
      analysis: reading === undefined ? null : (JSON.parse(reading.body) as unknown),
    })
  })

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/v1/customers/{id}',
    summary: 'A customer: health, churn risk with reasons, conversations',
    security: bearer,
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: { description: 'The customer' }, 404: problemResponse },
  })
  app.get('/v1/customers/:id', async (c) => {
    const workspaceId = c.get('workspaceId')
    const id = c.req.param('id')
    const cust =
      (await deps.db.selectFrom('customers').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst()) ??
      (await deps.db.selectFrom('customers').selectAll().where('workspace_id', '=', workspaceId).where('source', '=', c.req.query('source') ?? 'api').where('external_id', '=', id).executeTakeFirst())
    if (cust === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no customer ${id} in this workspace`)
    const [reading, conversations] = await Promise.all([
      deps.db.selectFrom('customer_readings').select('body').where('customer_id', '=', cust.id).where('workspace_id', '=', workspaceId).executeTakeFirst(),
      deps.db
        .selectFrom('conversations as c')
        .leftJoin('conversation_readings as r', 'r.conversation_id', 'c.id')
        .select(['c.id', 'c.external_id', 'c.status', 'c.created_at', 'c.last_customer_at', 'r.trend', 'r.escalation'])
        .where('c.workspace_id', '=', workspaceId)
        .where('c.customer_id', '=', cust.id)
        .orderBy('c.created_at', 'desc')
        .limit(100)
        .execute(),
    ])
    return c.json({ id: cust.id, external_id: cust.external_id, segment: cust.segment, plan: cust.plan, value: cust.value, analysis: reading === undefined ? null : (JSON.parse(reading.body) as unknown), conversations })
  })

  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/queue', summary: 'Open conversations in priority order, with reasons', security: bearer, responses: { 200: { description: 'The queue' } } })
  app.get('/v1/queue', async (c) => {
    const workspaceId = c.get('workspaceId')
    const now = clock()
    // The workspace's SLA (analysis setting sla.replyMinutes) where a conversation reading has none.
    const slaDefault = resolveAnalysisConfig((await loadSettings(deps.db, workspaceId)).analysis).sla.replyMinutes
    const limit = intParam(c, 'limit', 100, 1, 500)
    const rows = await deps.db
      .selectFrom('conversations as c')
      .leftJoin('conversation_readings as r', 'r.conversation_id', 'c.id')
      .leftJoin('customer_readings as cr', 'cr.customer_id', 'c.customer_id')
      .leftJoin('customers as cu', 'cu.id', 'c.customer_id')
      .select(['c.id', 'c.external_id', 'c.channel', 'c.product_area', 'c.last_customer_at', 'c.last_agent_at', 'r.escalation', 'r.body as rbody', 'cr.churn_risk', 'cr.body as cbody', 'cu.value', 'cu.segment', 'cu.external_id as customer_external_id'])
      .where('c.workspace_id', '=', workspaceId)
      .where('c.status', 'in', ['open', 'pending', 'new'])
      .orderBy('c.last_customer_at', 'desc')
      .limit(2000)
      .execute()
    const inputs: (PriorityInput & { row: (typeof rows)[number] })[] = []
    for (const r of rows) {
      const last = r.last_customer_at ?? 0
      const cbody = r.cbody === null ? undefined : (JSON.parse(r.cbody) as { repeatContacts?: number })
      // The conversation's reading knows whether the customer is still waiting (a satisfied
      // thank-you is not a wait) and its current urgency; readings stored before it did fall back.
      const rbody = r.rbody === null ? undefined : (JSON.parse(r.rbody) as { urgency?: number; waitingSince?: number; slaMinutes?: number })
      const current = rbody?.urgency !== undefined
      const waiting = current ? rbody.waitingSince !== undefined : r.last_agent_at === null || r.last_agent_at < last
      const since = current && rbody.waitingSince !== undefined ? rbody.waitingSince : last
      inputs.push({
        id: r.id,
        waitingSince: last,
        urgency: rbody?.urgency ?? -1,
        frustration: 0,
        repeatContacts: cbody?.repeatContacts ?? 1,
        waitMinutes: waiting ? Math.max(0, (now - since) / 60_000) : 0,
        slaMinutes: rbody?.slaMinutes ?? slaDefault,
        ...(r.value === null ? {} : { value: r.value }),
        escalation: r.escalation ?? 0,
        churnRisk: r.churn_risk ?? 0,
        row: r,
      })
    }
    // Frustration of each conversation's latest customer reading (and its urgency, for readings stored before conversations had one).
    const ids = inputs.map((i) => i.id)
    const latest = new Map<string, { urgency: number; frustration: number; label: string; emotions: Record<string, number> }>()
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      const rs = await deps.db
        .selectFrom('readings as r')
        .innerJoin('messages as m', 'm.id', 'r.message_id')
        .select(['r.conversation_id', 'r.emotions', 'r.label', 'm.created_at'])
        .where('r.workspace_id', '=', workspaceId)
        .where('r.conversation_id', 'in', chunk)
        .orderBy('m.created_at', 'asc')
        .execute()
      for (const r of rs) {
        const e = JSON.parse(r.emotions) as Record<string, number>
        latest.set(r.conversation_id, { urgency: e.urgency ?? 0, frustration: e.frustration ?? 0, label: r.label, emotions: e })
      }
    }
    const byId = new Map(inputs.map((i) => [i.id, i]))
    const ready = inputs.map((i) => ({ ...i, urgency: i.urgency >= 0 ? i.urgency : (latest.get(i.id)?.urgency ?? 0), frustration: latest.get(i.id)?.frustration ?? 0 }))
    const urgencyOf = new Map(ready.map((i) => [i.id, i.urgency]))
    const ranked = rankQueue(ready)
    return c.json({
      items: ranked.slice(0, limit).map((p) => {
        const row = byId.get(p.id)?.row
        const l = latest.get(p.id)
        return { conversation_id: p.id, external_id: row?.external_id, channel: row?.channel, product_area: row?.product_area, customer_id: row?.customer_external_id, segment: row?.segment, value: row?.value, priority: p.score, urgency: urgencyOf.get(p.id) ?? 0, reasons: p.reasons, sentiment: l?.label ?? null, emotions: l?.emotions ?? {}, wait_minutes: Math.round(byId.get(p.id)?.waitMinutes ?? 0) }
      }),
    })
  })

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/v1/analytics/trends',
    summary: 'Sentiment, negative share and emotions over time, by segment (served from rollups)',
    security: bearer,
    request: {
      query: z.object({
        by: z.enum(ROLLUP_DIMENSIONS).optional(),
        granularity: z.enum(['hour', 'day', 'week']).optional(),
        from: z.string().optional(),
        to: z.string().optional(),
        values: z.string().optional().openapi({ description: 'comma-separated segment values to keep' }),
      }),
    },
    responses: { 200: { description: 'One series per segment value' }, 400: problemResponse },
  })
  app.get('/v1/analytics/trends', async (c) => {
    const by = (c.req.query('by') ?? 'all') as RollupDimension
    if (!ROLLUP_DIMENSIONS.includes(by)) throw new ProblemError('UT_E_VALIDATION', `"by" must be one of ${ROLLUP_DIMENSIONS.join(', ')}`, [{ path: 'by', message: 'unknown dimension' }])
    const granularity = c.req.query('granularity') ?? 'day'
    if (!['hour', 'day', 'week'].includes(granularity)) throw new ProblemError('UT_E_VALIDATION', '"granularity" must be hour, day or week', [{ path: 'granularity', message: 'unknown granularity' }])
    const { from, to } = rangeParams(c, clock(), 90, limits.analyticsMaxDays)
    const values = c.req.query('values')?.split(',').filter((v) => v !== '')
    const series = await trendSeries(deps.db, c.get('workspaceId'), { dimension: by, granularity: granularity === 'hour' ? 'hour' : 'day', from, to, ...(values === undefined ? {} : { values }) })
    const WEEK = 7 * 86_400_000
    // Weeks start on Monday 00:00 UTC (the epoch was a Thursday).
    const weekOf = (t: number): number => Math.floor((t - 4 * 86_400_000) / WEEK) * WEEK + 4 * 86_400_000
    const out = [...series.entries()].map(([value, points]) => {
      if (granularity !== 'week') return { value, points: points.map(({ sums: _s, ...p }) => p) }
      const merged = new Map<number, { n: number; score: number; neg: number; pos: number; e: Record<string, number> }>()
      for (const p of points) {
        const w = weekOf(p.t)
        const m = merged.get(w) ?? { n: 0, score: 0, neg: 0, pos: 0, e: {} }
        m.n += p.n
        m.score += p.sums.score
        m.neg += p.sums.neg
        m.pos += p.sums.pos
        for (const [k, v] of Object.entries(p.emotions)) m.e[k] = (m.e[k] ?? 0) + v * p.n
        merged.set(w, m)
      }
      return {
        value,
        points: [...merged.entries()].sort((a, b) => a[0] - b[0]).map(([t, m]) => ({ t, n: m.n, meanScore: m.score / m.n, negativeShare: m.neg / m.n, positiveShare: m.pos / m.n, emotions: Object.fromEntries(Object.entries(m.e).map(([k, v]) => [k, v / m.n])) })),
      }
    })
    return c.json({ by, granularity, from, to, series: out })
  })

  registerAnalyticsRoutes(app, deps.db, clock, async (job) => void (await deps.queue.enqueue<LearnJob>(LEARN_QUEUE, [job])), limits.analyticsMaxDays)
  registerTargetRoutes(app, deps.db, clock, (c) => readJson(c, 100_000))
  registerSettingsRoutes(app, deps.db, clock, (c) => readJson(c, 1_000_000), { keyRevoked: () => keyCache.clear(), keysPerWorkspace: limits.keysPerWorkspace })
  registerLearningRoutes(app, { db: deps.db, queue: deps.queue, pipeline, adaptations, baseReader: deps.reader, clock, readJson: (c) => readJson(c, 100_000), readText: (c) => readText(c, maxBody), ...(deps.readLimits === undefined ? {} : { readLimits: deps.readLimits }) })

  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/alerts', summary: 'Open alerts (not acknowledged, not snoozed)', security: bearer, responses: { 200: { description: 'Alerts' } } })
  app.get('/v1/alerts', async (c) => {
    const kind = c.req.query('kind')
    const limit = intParam(c, 'limit', 100, 1, 500)
    return c.json({ alerts: await listAlerts(deps.db, c.get('workspaceId'), { now: clock(), includeAcknowledged: c.req.query('all') === 'true', limit, ...(kind === undefined ? {} : { kind }) }) })
  })
  const alertId = { params: z.object({ id: z.string() }) }
  app.openAPIRegistry.registerPath({ method: 'post', path: '/v1/alerts/{id}/ack', summary: 'Acknowledge an alert: it leaves the open list', security: bearer, request: alertId, responses: { 200: { description: '{ok: true}' }, 404: problemResponse } })
  app.post('/v1/alerts/:id/ack', async (c) => {
    if (!(await updateAlert(deps.db, c.get('workspaceId'), c.req.param('id'), { acknowledgedAt: clock() }))) throw new ProblemError('UT_E_NOT_FOUND', 'no such alert in this workspace')
    return c.json({ ok: true })
  })
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/alerts/{id}/snooze',
    summary: 'Snooze an alert for 1 to 43,200 minutes',
    security: bearer,
    request: { ...alertId, body: { content: { 'application/json': { schema: z.object({ minutes: z.number().min(1).max(43_200) }) } } } },
    responses: { 200: { description: '{ok: true}' }, 400: problemResponse, 404: problemResponse },
  })
  app.post('/v1/alerts/:id/snooze', async (c) => {
    const body = await readJson(c, 10_000)
    const given = body !== null && typeof body === 'object' ? (body as { minutes?: unknown }).minutes : undefined
    const minutes = typeof given === 'number' && given >= 1 && given <= 60 * 24 * 30 ? given : undefined
    if (minutes === undefined) throw new ProblemError('UT_E_VALIDATION', '"minutes" must be a number between 1 and 43200', [{ path: 'minutes', message: 'required' }])
    if (!(await updateAlert(deps.db, c.get('workspaceId'), c.req.param('id'), { snoozedUntil: clock() + minutes * 60_000 }))) throw new ProblemError('UT_E_NOT_FOUND', 'no such alert in this workspace')
    return c.json({ ok: true })
  })

  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/stream', summary: 'Server-Sent Events: new readings, conversations and alerts of the workspace', security: bearer, responses: { 200: { description: 'text/event-stream' } } })
  app.get('/v1/stream', (c) => {
    const workspaceId = c.get('workspaceId')
    const keyId = c.get('keyId')
    const open = liveStreams.get(keyId) ?? 0
    if (open >= limits.streamsPerKey) return problem(c, 'UT_E_RATE_LIMITED', `this key already has ${open} live streams (UNDERTONE_STREAMS_PER_KEY); close one first`, undefined, { 'retry-after': '15' })
    liveStreams.set(keyId, open + 1)
    let released = false
    const release = (): void => {
      if (released) return
      released = true
      const left = (liveStreams.get(keyId) ?? 1) - 1
      if (left <= 0) liveStreams.delete(keyId)
      else liveStreams.set(keyId, left)
    }
    return streamSSE(c, async (stream) => {
      const queue: ServiceEvent[] = []
      let wake: (() => void) | undefined
      const unsubscribe = events.subscribe(workspaceId, (e) => {
        if (queue.length < 1000) queue.push(e)
        wake?.()
      })
      stream.onAbort(() => {
        unsubscribe()
        release()
        wake?.()
      })
      await stream.writeSSE({ event: 'ready', data: '{}' })
      while (!stream.aborted) {
        const e = queue.shift()
        if (e !== undefined) {
          await stream.writeSSE({ event: e.type, data: JSON.stringify(e.data) })
          continue
        }
        await new Promise<void>((resolve) => {
          wake = resolve
          setTimeout(resolve, 15_000)
        })
        wake = undefined
        if (queue.length === 0 && !stream.aborted) await stream.writeSSE({ event: 'ping', data: '{}' })
      }
      unsubscribe()
      release()
    })
  })

  app.get('/livez', (c) => c.json({ status: 'pass' }))
  app.get('/readyz', async (c) => {
    try {
      await deps.db.selectFrom('workspaces').select('id').limit(1).execute()
      return c.json({ status: 'pass' })
    } catch (err) {
      // The reason is for the operator's log, not for whoever asks (it can name hosts and users).
      logError(err, { method: c.req.method, path: c.req.path })
      return problem(c, 'UT_E_NOT_READY', 'the database is unavailable')
    }
  })
  metrics.gauge('undertone_sse_subscribers', 'Open Server-Sent Events streams', () => events.subscriberCount)
  app.get('/metrics', (c) => {
    if (deps.metricsToken === undefined) return problem(c, 'UT_E_NOT_FOUND', 'metrics are off; set UNDERTONE_METRICS_TOKEN and scrape with that bearer token')
    const token = bearerToken(c)
    if (token === undefined || !sameSecret(token, deps.metricsToken)) return problem(c, 'UT_E_UNAUTHORIZED', 'send Authorization: Bearer <UNDERTONE_METRICS_TOKEN>', undefined, { 'www-authenticate': 'Bearer' })
    return c.text(metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4' })
  })

  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Undertone API', version: '1.0.0', description: 'Customer-support sentiment intelligence. Errors are application/problem+json with a stable `code`.' } })
  app.get('/docs', (c) =>
    c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Undertone API</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}code{background:#eef1f5;padding:0 .3em}li{margin:.3em 0}</style></head><body><h1>Undertone API</h1><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Authenticate with <code>Authorization: Bearer &lt;workspace key&gt;</code>.</p><ul id="paths"></ul><script src="/docs.js"></script></body></html>`),
  )
  // A file of its own so the page runs under a CSP without inline scripts; text nodes, never HTML.
  app.get('/docs.js', (c) =>
    c.body(
      `fetch('/openapi.json').then(r=>r.json()).then(d=>{const ul=document.getElementById('paths');for(const [p,ops] of Object.entries(d.paths))for(const [m,op] of Object.entries(ops)){const li=document.createElement('li');const code=document.createElement('code');code.textContent=m.toUpperCase()+' '+p;li.append(code,' — '+(op.summary||''));ul.appendChild(li)}})`,
      200,
      { 'content-type': 'text/javascript; charset=utf-8' },
    ),
  )
  if (deps.staticHandler !== undefined) app.use('/*', deps.staticHandler)
  return app
}
