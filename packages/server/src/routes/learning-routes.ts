import { randomUUID } from 'node:crypto'
import { accuracyOverTime, reviewerAgreement } from '@undertone/analysis'
import { EMOTIONS } from '@undertone/engine'
import type { JobQueue } from '@undertone/jobs'
import { type Database, correctionsSince, insertCorrections, listModelVersions, modelVersion, workspaceCorrections } from '@undertone/storage'
import { type OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import { LEARN_QUEUE, type LearnJob } from '../learning/learning-jobs.js'
import { learningSettings } from '../learning/learning-settings.js'
import { parseCorrectionRows } from '../learning/parse-correction-rows.js'
import { importCorrections } from '../learning/import-corrections.js'
import { promoteVersion, retrainWorkspace, rollbackVersion } from '../learning/retrain-workspace.js'
import { type ReviewCandidate, selectForReview } from '../learning/select-for-review.js'
import type { WorkspaceAdaptations } from '../learning/workspace-adaptations.js'
import { inProcessBatchReader } from '../batch-reader.js'
import { ProblemError } from '../problem.js'
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../read-limits.js'
import { requestReader } from '../request-reader.js'
import { type PipelineDeps, readAndStore } from '../read-and-store.js'
import { issuesOf } from '../schemas.js'
import { intParam } from '../query-params.js'

const CorrectionSchema = z
  .object({
    message_id: z.string().min(1).max(100),
    reviewer: z.string().min(1).max(200),
    label: z.enum(['negative', 'neutral', 'positive']).optional(),
    emotions: z.partialRecord(z.enum(EMOTIONS), z.number().min(0).max(1)).optional(),
    cues: z.array(z.object({ kind: z.string().max(50), start: z.number().int().min(0), end: z.number().int().min(0), correct: z.boolean() }).strict()).max(50).optional(),
    source: z.enum(['api', 'dashboard', 'cli']).optional(),
  })
  .strict()
  .refine((v) => v.label !== undefined || v.emotions !== undefined || v.cues !== undefined, { message: 'give a label, emotions or cues' })
  .openapi('Correction')

const OutcomeSchema = z
  .object({
    conversation_id: z.string().min(1).max(200).optional(),
    customer_id: z.string().min(1).max(200).optional(),
    source: z.string().min(1).max(50).optional(),
    csat: z.number().min(1).max(5).optional(),
    churned_at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((v) => (v.conversation_id !== undefined && v.csat !== undefined) || (v.customer_id !== undefined && v.churned_at !== undefined), { message: 'give conversation_id with csat, or customer_id with churned_at' })
  .openapi('Outcome')

type App = OpenAPIHono<{ Variables: { workspaceId: string; keyId: string } }>

/** What the learning routes need. */
export interface LearningRouteDeps {
  readonly db: Kysely<Database>
  readonly queue: JobQueue
  readonly pipeline: PipelineDeps
  readonly adaptations: WorkspaceAdaptations
  /** The base reader (no adaptation), for training and evaluation. */
  readonly baseReader: PipelineDeps['reader']
  readonly clock: () => number
  readonly readJson: (c: Context) => Promise<unknown>
  readonly readText: (c: Context) => Promise<string>
  /** What an import may read (`DEFAULT_READ_LIMITS` for those not given); it reads through `pipeline.batchReader`. */
  readonly readLimits?: Partial<ReadLimits>
}

const DAY = 86_400_000
const startOfUtcDay = (t: number): number => Math.floor(t / DAY) * DAY

/**
 * The learning loop's API: the active-learning review queue with its daily budget, corrections
 * (one at a time or in bulk), reviewer agreement, outcomes, model versions (train, compare,
 * promote, roll back) and accuracy over time against reviewed labels.
 */
export function registerLearningRoutes(app: App, deps: LearningRouteDeps): void {
  const { db, clock } = deps
  const bearer = [{ bearer: [] as string[] }]
  const reg = (method: 'get' | 'post', path: string, summary: string): void => {
    app.openAPIRegistry.registerPath({ method, path, summary, security: bearer, responses: { 200: { description: 'OK' }, 400: { description: 'A problem document' }, 404: { description: 'A problem document' } } })
  }
  const enqueue = async (job: LearnJob): Promise<void> => {
    await deps.queue.enqueue<LearnJob>(LEARN_QUEUE, [job])
  }

  reg('get', '/v1/review', 'Readings picked for review by active learning (uncertainty, cue disagreement, novelty, outcome disagreement), within the daily budget')
  app.get('/v1/review', async (c) => {
    const workspaceId = c.get('workspaceId')
    const ws = await db.selectFrom('workspaces').select('settings').where('id', '=', workspaceId).executeTakeFirst()
    const settings = learningSettings(ws?.settings)
    const now = clock()
    const usedToday = await correctionsSince(db, workspaceId, startOfUtcDay(now))
    const remaining = Math.max(0, settings.dailyReviewBudget - usedToday)
    const limit = Math.min(remaining, intParam(c, 'limit', 50, 1, 200))
    const budget = { daily: settings.dailyReviewBudget, usedToday, remaining }
    if (limit === 0) return c.json({ items: [], budget })
    const rows = await db
      // The newest customer messages first, straight off the messages' (workspace, time) index
      // (a LIMIT inside, so the plan never depends on table statistics), then their readings.
      .selectFrom((eb) =>
        eb
          .selectFrom('messages')
          .select(['id', 'text', 'created_at', 'workspace_id'])
          .where('workspace_id', '=', workspaceId)
          .where('role', '=', 'customer')
          .orderBy('created_at', 'desc')
          .limit(3000)
          .as('m'),
      )
      .innerJoin('readings as r', 'r.message_id', 'm.id')
      .leftJoin('conversations as v', (j) => j.onRef('v.id', '=', 'r.conversation_id').onRef('v.workspace_id', '=', 'r.workspace_id'))
      .leftJoin('customers as u', (j) => j.onRef('u.id', '=', 'v.customer_id').onRef('u.workspace_id', '=', 'v.workspace_id'))
      .leftJoin('corrections as k', (j) => j.onRef('k.message_id', '=', 'r.message_id').onRef('k.workspace_id', '=', 'r.workspace_id'))
      .select(['r.message_id', 'r.conversation_id', 'r.label', 'r.score', 'r.confidence', 'r.emotions', 'r.cues', 'r.needs_review', 'm.text', 'm.created_at', 'v.csat', 'u.churned_at'])
      .where('k.id', 'is', null)
      .orderBy('m.created_at', 'desc')
      .limit(1500)
      .execute()
    // Flagged readings join the pool however old they are.
    const flaggedRows = await db
      .selectFrom('review_flags as f')
      .innerJoin('readings as r', (j) => j.onRef('r.message_id', '=', 'f.message_id').onRef('r.workspace_id', '=', 'f.workspace_id'))
      .innerJoin('messages as m', (j) => j.onRef('m.id', '=', 'r.message_id').onRef('m.workspace_id', '=', 'r.workspace_id'))
      .leftJoin('conversations as v', (j) => j.onRef('v.id', '=', 'r.conversation_id').onRef('v.workspace_id', '=', 'r.workspace_id'))
      .leftJoin('customers as u', (j) => j.onRef('u.id', '=', 'v.customer_id').onRef('u.workspace_id', '=', 'v.workspace_id'))
      .leftJoin('corrections as k', (j) => j.onRef('k.message_id', '=', 'r.message_id').onRef('k.workspace_id', '=', 'r.workspace_id'))
      .select(['r.message_id', 'r.conversation_id', 'r.label', 'r.score', 'r.confidence', 'r.emotions', 'r.cues', 'r.needs_review', 'm.text', 'm.created_at', 'v.csat', 'u.churned_at'])
      .where('f.workspace_id', '=', workspaceId)
      .where('k.id', 'is', null)
      .limit(500)
      .execute()
    const flagged = new Set(flaggedRows.map((r) => r.message_id))
    for (const r of flaggedRows) if (!rows.some((x) => x.message_id === r.message_id)) rows.push(r)
    const byId = new Map(rows.map((r) => [r.message_id, r]))
    const candidates: ReviewCandidate[] = rows.map((r) => ({
      messageId: r.message_id,
      text: r.text,
      label: r.label as ReviewCandidate['label'],
      confidence: Number(r.confidence),
      cues: JSON.parse(r.cues) as { kind: string; weight: number }[],
      needsReview: Number(r.needs_review) === 1,
      csat: r.csat === null ? null : Number(r.csat),
      churned: r.churned_at !== null && Number(r.churned_at) >= Number(r.created_at),
      flagged: flagged.has(r.message_id),
    }))
    const picks = selectForReview(candidates, await deps.adaptations.get(workspaceId), limit)
    return c.json({
      budget,
      items: picks.map((p) => {
        const r = byId.get(p.candidate.messageId) as (typeof rows)[number]
        return { message_id: r.message_id, conversation_id: r.conversation_id, text: r.text, created_at: Number(r.created_at), label: r.label, score: Number(r.score), confidence: Number(r.confidence), emotions: JSON.parse(r.emotions) as unknown, cues: JSON.parse(r.cues) as unknown, priority: p.priority, reasons: p.reasons }
      }),
    })
  })

  const FlagSchema = z.object({ message_id: z.string().min(1).max(100), flagged_by: z.string().min(1).max(200), note: z.string().max(1000).optional() }).strict().openapi('ReviewFlag')
  app.openAPIRegistry.registerPath({ method: 'post', path: '/v1/review/flags', summary: 'Flag a reading as wrong or doubtful: it goes to the top of the review queue', security: bearer, request: { body: { content: { 'application/json': { schema: FlagSchema } } } }, responses: { 201: { description: 'Flagged' }, 400: { description: 'A problem document' }, 404: { description: 'A problem document' } } })
  app.post('/v1/review/flags', async (c) => {
    const workspaceId = c.get('workspaceId')
    const parsed = FlagSchema.safeParse(await deps.readJson(c))
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the flag is not valid', issuesOf(parsed.error))
    const f = parsed.data
    const reading = await db.selectFrom('readings').select('message_id').where('workspace_id', '=', workspaceId).where('message_id', '=', f.message_id).executeTakeFirst()
    if (reading === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no read message ${f.message_id} in this workspace`)
    const now = clock()
    await db
      .insertInto('review_flags')
      .values({ workspace_id: workspaceId, message_id: f.message_id, flagged_by: f.flagged_by, note: f.note ?? null, created_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'message_id', 'flagged_by']).doUpdateSet({ note: f.note ?? null, created_at: now }))
      .execute()
    return c.json({ message_id: f.message_id, flagged_by: f.flagged_by, created_at: now }, 201)
  })

  app.openAPIRegistry.registerPath({ method: 'post', path: '/v1/corrections', summary: 'Correct or confirm a reading (sentiment, emotions, cues); takes effect for similar messages at once', security: bearer, request: { body: { content: { 'application/json': { schema: CorrectionSchema } } } }, responses: { 201: { description: 'Stored' }, 400: { description: 'A problem document' }, 404: { description: 'A problem document' } } })
  app.post('/v1/corrections', async (c) => {
    const workspaceId = c.get('workspaceId')
    const parsed = CorrectionSchema.safeParse(await deps.readJson(c))
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the correction is not valid', issuesOf(parsed.error))
    const k = parsed.data
    const msg = await db.selectFrom('messages').select(['id', 'role']).where('workspace_id', '=', workspaceId).where('id', '=', k.message_id).executeTakeFirst()
    if (msg === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no message ${k.message_id} in this workspace`)
    const reading = await db.selectFrom('readings').select(['label', 'model_version']).where('workspace_id', '=', workspaceId).where('message_id', '=', k.message_id).executeTakeFirst()
    const id = randomUUID()
    const now = clock()
    await insertCorrections(db, workspaceId, [
      {
        id,
        messageId: k.message_id,
        reviewer: k.reviewer,
        source: k.source ?? 'api',
        createdAt: now,
        ...(k.label === undefined ? {} : { label: k.label }),
        ...(k.emotions === undefined ? {} : { emotions: k.emotions as Record<string, number> }),
        ...(k.cues === undefined ? {} : { cues: k.cues }),
        ...(reading === undefined ? {} : { predictedLabel: reading.label, modelVersion: reading.model_version }),
      },
    ])
    // The online update: the workspace's memory takes the correction now, and the corrected
    // message (with its conversation and customer) is read again under it.
    deps.adaptations.invalidate(workspaceId)
    let after: unknown
    if (msg.role === 'customer') {
      const [stored] = await readAndStore(deps.pipeline, workspaceId, [k.message_id])
      after = stored === undefined ? undefined : { label: stored.label, score: stored.score, confidence: stored.confidence, model_version: stored.modelVersion }
    }
    return c.json({ id, message_id: k.message_id, reviewer: k.reviewer, label: k.label ?? null, created_at: now, predicted_label: reading?.label ?? null, reading: after ?? null }, 201)
  })

  reg('get', '/v1/corrections', 'Corrections of this workspace, newest first (filter with message_id)')
  app.get('/v1/corrections', async (c) => {
    const workspaceId = c.get('workspaceId')
    let q = db.selectFrom('corrections').selectAll().where('workspace_id', '=', workspaceId)
    const messageId = c.req.query('message_id')
    if (messageId !== undefined) q = q.where('message_id', '=', messageId)
    const rows = await q.orderBy('created_at', 'desc').limit(500).execute()
    return c.json({
      corrections: rows.map((r) => ({ id: r.id, message_id: r.message_id, reviewer: r.reviewer, label: r.label, emotions: r.emotions === null ? null : (JSON.parse(r.emotions) as unknown), cues: r.cues === null ? null : (JSON.parse(r.cues) as unknown), predicted_label: r.predicted_label, model_version: r.model_version, source: r.source, created_at: Number(r.created_at) })),
    })
  })

  reg('post', '/v1/corrections/import', 'Import corrections in bulk: CSV (text/csv) or JSON Lines (application/x-ndjson); ?skip_invalid=true stores the valid rows of a file with errors')
  app.post('/v1/corrections/import', async (c) => {
    const workspaceId = c.get('workspaceId')
    const type = (c.req.header('content-type') ?? '').toLowerCase()
    const format = type.includes('text/csv') ? 'csv' : type.includes('ndjson') || type.includes('jsonl') ? 'jsonl' : undefined
    if (format === undefined) throw new ProblemError('UT_E_UNSUPPORTED_MEDIA', 'send text/csv or application/x-ndjson')
    const body = await deps.readText(c)
    const { rows, errors } = await parseCorrectionRows(body, format)
    const skipInvalid = c.req.query('skip_invalid') === 'true'
    // Texts the service never stored are read to record what the model says of them: on the
    // pool's threads, within the request's limits.
    const limits = { ...DEFAULT_READ_LIMITS, ...deps.readLimits }
    const reading = requestReader(deps.pipeline.batchReader ?? inProcessBatchReader(deps.baseReader), { textBytes: limits.importTextBytes, timeMs: limits.readTimeMs, setting: 'importTextBytes' })
    const result = await importCorrections(db, workspaceId, { rows, errors }, { reviewer: c.req.query('reviewer') ?? 'import', skipInvalid, reader: deps.baseReader, batchReader: reading, adaptation: await deps.adaptations.get(workspaceId), now: clock() }).finally(() => reading.close())
    if (result.errors.length > 0 && !skipInvalid) throw new ProblemError('UT_E_VALIDATION', `${result.errors.length} row(s) are not valid; nothing was imported (fix them, or send ?skip_invalid=true to import the rest)`, result.errors.slice(0, 100).map((e) => ({ path: `line ${e.line}`, message: e.message })))
    if (result.imported === 0) throw new ProblemError('UT_E_VALIDATION', 'the file has no usable correction rows')
    deps.adaptations.invalidate(workspaceId)
    return c.json({ imported: result.imported, skipped: result.errors.length, errors: result.errors.slice(0, 100) }, 201)
  })

  reg('get', '/v1/corrections/agreement', 'How often reviewers who labelled the same message agreed (share of pairs and Cohen’s kappa)')
  app.get('/v1/corrections/agreement', async (c) => {
    const rows = await workspaceCorrections(db, c.get('workspaceId'))
    const votes = rows.flatMap((r) => (r.label === null ? [] : [{ messageId: r.messageId, reviewer: r.reviewer, label: r.label, at: r.createdAt }]))
    return c.json(reviewerAgreement(votes))
  })

  app.openAPIRegistry.registerPath({ method: 'post', path: '/v1/outcomes', summary: 'Report how things turned out (CSAT for a conversation, churn for a customer), for the review queue', security: bearer, request: { body: { content: { 'application/json': { schema: OutcomeSchema } } } }, responses: { 200: { description: 'Recorded' }, 400: { description: 'A problem document' }, 404: { description: 'A problem document' } } })
  app.post('/v1/outcomes', async (c) => {
    const workspaceId = c.get('workspaceId')
    const parsed = OutcomeSchema.safeParse(await deps.readJson(c))
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the outcome is not valid', issuesOf(parsed.error))
    const o = parsed.data
    const source = o.source ?? 'api'
    if (o.conversation_id !== undefined && o.csat !== undefined) {
      const r = await db.updateTable('conversations').set({ csat: o.csat }).where('workspace_id', '=', workspaceId).where((eb) => eb.or([eb('id', '=', o.conversation_id as string), eb.and([eb('source', '=', source), eb('external_id', '=', o.conversation_id as string)])])).executeTakeFirst()
      if (Number(r.numUpdatedRows) === 0) throw new ProblemError('UT_E_NOT_FOUND', `no conversation ${o.conversation_id} in this workspace`)
    }
    if (o.customer_id !== undefined && o.churned_at !== undefined) {
      const r = await db.updateTable('customers').set({ churned_at: Date.parse(o.churned_at) }).where('workspace_id', '=', workspaceId).where((eb) => eb.or([eb('id', '=', o.customer_id as string), eb.and([eb('source', '=', source), eb('external_id', '=', o.customer_id as string)])])).executeTakeFirst()
      if (Number(r.numUpdatedRows) === 0) throw new ProblemError('UT_E_NOT_FOUND', `no customer ${o.customer_id} in this workspace`)
    }
    return c.json({ recorded: true })
  })

  reg('get', '/v1/models', 'This workspace’s model versions with their held-out metrics, newest first; which one is active')
  app.get('/v1/models', async (c) => {
    const versions = await listModelVersions(db, c.get('workspaceId'))
    const active = versions.find((v) => v.status === 'active')
    return c.json({ base: deps.baseReader.modelVersion, active: active?.id ?? null, versions })
  })

  reg('get', '/v1/models/{id}', 'One model version with its metrics and learned terms')
  app.get('/v1/models/:id', async (c) => {
    const v = await modelVersion(db, c.get('workspaceId'), c.req.param('id'))
    if (v === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no model version ${c.req.param('id')} in this workspace`)
    const { weights: _w, ...rest } = v
    return c.json(rest)
  })

  reg('post', '/v1/models/train', 'Retrain this workspace’s adapter from its corrections (a background job; ?wait=true runs it now and returns the result)')
  app.post('/v1/models/train', async (c) => {
    const workspaceId = c.get('workspaceId')
    if (c.req.query('wait') !== 'true') {
      await enqueue({ kind: 'train', workspaceId })
      return c.json({ queued: true }, 202)
    }
    const r = await retrainWorkspace(db, deps.baseReader, workspaceId, clock)
    if (r.promoted) {
      deps.adaptations.invalidate(workspaceId)
      await enqueue({ kind: 'rescore', workspaceId })
    }
    return c.json({ version: r.version, decision: r.decision, promoted: r.promoted })
  })

  reg('post', '/v1/models/{id}/promote', 'Promote a version that beat the active one on held-out labels; recent messages are then read again')
  app.post('/v1/models/:id/promote', async (c) => {
    const workspaceId = c.get('workspaceId')
    const v = await modelVersion(db, workspaceId, c.req.param('id'))
    if (v === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no model version ${c.req.param('id')} in this workspace`)
    if (v.status === 'active') return c.json({ active: v.id, changed: false })
    // Only versions that won their held-out comparison (or were active before) may be promoted.
    if (v.status === 'rejected') throw new ProblemError('UT_E_CONFLICT', `version ${v.number} did not beat the version active when it was trained: ${String((v.metrics.decision as { reason?: string } | undefined)?.reason ?? '')}`)
    await promoteVersion(db, workspaceId, v.id, clock())
    deps.adaptations.invalidate(workspaceId)
    await enqueue({ kind: 'rescore', workspaceId })
    return c.json({ active: v.id, changed: true, rescore: 'queued' })
  })

  reg('post', '/v1/models/rollback', 'Go back to the version active before the current one (or the base model); recent messages are then read again')
  app.post('/v1/models/rollback', async (c) => {
    const workspaceId = c.get('workspaceId')
    const r = await rollbackVersion(db, workspaceId, clock())
    if (r === undefined) throw new ProblemError('UT_E_CONFLICT', 'this workspace already reads with the base model')
    deps.adaptations.invalidate(workspaceId)
    await enqueue({ kind: 'rescore', workspaceId })
    return c.json({ ...r, rescore: 'queued' })
  })

  reg('get', '/v1/learning/accuracy', 'Rolling accuracy and macro-F1 against reviewed labels, with 95% intervals and counts, per window and label (?days=90&step=7&window=28&source=review|all)')
  app.get('/v1/learning/accuracy', async (c) => {
    const workspaceId = c.get('workspaceId')
    const num = (k: string, d: number, lo: number, hi: number): number => {
      const v = Number(c.req.query(k) ?? d)
      if (!Number.isInteger(v) || v < lo || v > hi) throw new ProblemError('UT_E_VALIDATION', `${k} must be an integer from ${lo} to ${hi}`)
      return v
    }
    const days = num('days', 90, 1, 730)
    const step = num('step', 7, 1, 90)
    const window = num('window', 28, 1, 365)
    const onlyReviews = (c.req.query('source') ?? 'all') === 'review'
    const now = clock()
    const from = startOfUtcDay(now) - days * DAY
    const rows = (await workspaceCorrections(db, workspaceId, from - window * DAY)).filter((r) => r.label !== null && r.predictedLabel !== null && (!onlyReviews || r.source !== 'import'))
    const points = rows.map((r) => ({ at: r.createdAt, gold: r.label as string, predicted: r.predictedLabel as string }))
    const windows = accuracyOverTime(points, from, now, step * DAY, window * DAY, ['negative', 'neutral', 'positive'])
    const versions = await listModelVersions(db, workspaceId)
    return c.json({ from, to: now, stepDays: step, windowDays: window, labels: points.filter((p) => p.at >= from).length, windows, versions: versions.filter((v) => v.promotedAt !== null).map((v) => ({ id: v.id, number: v.number, status: v.status, promotedAt: v.promotedAt, retiredAt: v.retiredAt })) })
  })
}
