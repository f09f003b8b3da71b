import { type ChangeFinding, type Driver, type FactDimension, agentRowFromSums, detectChanges, quantileFromHistogram, resolveAnalysisConfig, resolutionFromSums, targetProgress } from '@undertone/analysis'
import { type Database, RESOLUTION_HOUR_EDGES, RESPONSE_MINUTE_EDGES, ROLLUP_DIMENSIONS, type RollupDimension, agentSums, createTarget, deleteTarget, loadDriverSnapshot, saveDriverSnapshot, escalationCounts, listTargets, resolutionSums, responseTimeHistograms, trendSeries } from '@undertone/storage'
import { type OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'
import { computeDrivers } from '../drivers/workspace-drivers.js'
import { discoverWorkspaceTopics } from '../topics/discover-workspace-topics.js'
import type { LearnJob } from '../learning/learning-jobs.js'
import { loadSettings } from '../workspace-settings.js'
import { issuesOf } from '../schemas.js'
import { instantParam, intParam, rangeParams } from '../query-params.js'

const DAY = 86_400_000
const FACT_DIMENSIONS: readonly FactDimension[] = ['agentId', 'segment', 'plan', 'channel', 'productArea', 'language']
const BY_PARAM: Record<string, FactDimension> = { agent: 'agentId', segment: 'segment', plan: 'plan', channel: 'channel', product_area: 'productArea', language: 'language' }

function factBy(c: Context): FactDimension | undefined {
  const by = c.req.query('by')
  if (by === undefined || by === 'all') return undefined
  const d = BY_PARAM[by]
  if (d === undefined || !FACT_DIMENSIONS.includes(d)) throw new ProblemError('UT_E_VALIDATION', `"by" must be one of all, ${Object.keys(BY_PARAM).join(', ')}`, [{ path: 'by', message: 'unknown dimension' }])
  return d
}

async function resolutionRows(db: Kysely<Database>, workspaceId: string, from: number, to: number, by: FactDimension | undefined) {
  return (await resolutionSums(db, workspaceId, from, to, by)).map(resolutionFromSums)
}

async function responseTimeRows(db: Kysely<Database>, workspaceId: string, from: number, to: number) {
  const order = ['negative', 'neutral', 'positive', 'unknown']
  const urg = ['high', 'medium', 'low']
  return (await responseTimeHistograms(db, workspaceId, from, to))
    .map((h) => ({
      sentiment: h.sentiment,
      urgency: h.urgency,
      n: h.n,
      firstResponseMedianMinutes: quantileFromHistogram(RESPONSE_MINUTE_EDGES, h.first, 0.5),
      firstResponseP90Minutes: quantileFromHistogram(RESPONSE_MINUTE_EDGES, h.first, 0.9),
      resolutionMedianHours: quantileFromHistogram(RESOLUTION_HOUR_EDGES, h.resolution, 0.5),
    }))
    .sort((a, b) => order.indexOf(a.sentiment) - order.indexOf(b.sentiment) || urg.indexOf(a.urgency) - urg.indexOf(b.urgency))
}

/** How old a drivers snapshot may be before the route computes a new one. */
export const DRIVER_SNAPSHOT_MAX_AGE = 15 * 60_000

// Bots are coached by the people who build them, not in this view.
async function agentRows(db: Kysely<Database>, workspaceId: string, from: number, to: number, min: number) {
  return (await agentSums(db, workspaceId, from, to)).map((a) => ({ ...agentRowFromSums(a.agentId, a.n, a.sum, a.sumSq, min), agent: a.agent }))
}

/** The analytics API: trends from rollups, facts-based metrics, drivers and change findings. */
export function registerAnalyticsRoutes(app: OpenAPIHono<{ Variables: { workspaceId: string; keyId: string } }>, db: Kysely<Database>, clock: () => number, enqueueLearn: (job: LearnJob) => Promise<void>, maxDays: number): void {
  const range = (c: Context, defaultDays: number) => rangeParams(c, clock(), defaultDays, maxDays)
  const docs = (path: string, summary: string, method: 'get' | 'post' = 'get'): void => {
    app.openAPIRegistry.registerPath({ method, path, summary, security: [{ bearer: [] }], responses: { 200: { description: summary }, 400: { description: 'A problem document' } } })
  }

  // These four aggregate in the database (GROUP BY over per-conversation facts), so they stay fast
  // on millions of messages; the pure functions in @undertone/analysis turn the sums into figures.
  docs('/v1/analytics/resolution', 'Sentiment at open against close, and the resolved-but-unhappy share, by segment or agent')
  app.get('/v1/analytics/resolution', async (c) => {
    const { from, to } = range(c, 90)
    return c.json({ from, to, rows: await resolutionRows(db, c.get('workspaceId'), from, to, factBy(c)) })
  })

  docs('/v1/analytics/escalations', 'Escalation rates under each definition (human asked for, bot handoff, SLA breach, escalation score)')
  app.get('/v1/analytics/escalations', async (c) => {
    const { from, to } = range(c, 90)
    return c.json({ from, to, rows: await escalationCounts(db, c.get('workspaceId'), from, to, factBy(c)) })
  })

  docs('/v1/analytics/response-times', 'First-response and resolution times by opening sentiment and urgency')
  app.get('/v1/analytics/response-times', async (c) => {
    const { from, to } = range(c, 90)
    return c.json({ from, to, rows: await responseTimeRows(db, c.get('workspaceId'), from, to) })
  })

  docs('/v1/analytics/agents', 'Per-agent sentiment improvement with intervals, for coaching (hidden below a minimum volume)')
  app.get('/v1/analytics/agents', async (c) => {
    const { from, to } = range(c, 90)
    const min = intParam(c, 'min', 10, 1, 1_000_000)
    return c.json({ from, to, minConversations: min, rows: await agentRows(db, c.get('workspaceId'), from, to, min) })
  })

  docs('/v1/analytics/topics', 'The workspace’s topics (clusters of its customer messages) with volume, negative share and mean sentiment over ?days (default 30)')
  app.get('/v1/analytics/topics', async (c) => {
    const workspaceId = c.get('workspaceId')
    const days = intParam(c, 'days', 30, 1, 365)
    const now = clock()
    const t = (await loadSettings(db, workspaceId)).topics
    const series = await trendSeries(db, workspaceId, { dimension: 'topic', granularity: 'day', from: Math.floor((now - days * DAY) / DAY) * DAY, to: now })
    const stats = new Map([...series.entries()].map(([id, pts]) => {
      const n = pts.reduce((a, p) => a + p.n, 0)
      const neg = pts.reduce((a, p) => a + p.sums.neg, 0)
      const sum = pts.reduce((a, p) => a + p.sums.score, 0)
      return [id, { n, negativeShare: n > 0 ? neg / n : 0, meanScore: n > 0 ? sum / n : 0 }]
    }))
    return c.json({ computedAt: t?.computedAt ?? null, sample: t?.sample ?? 0, days, topics: (t?.topics ?? []).map((x) => ({ ...x, ...(stats.get(x.id) ?? { n: 0, negativeShare: 0, meanScore: 0 }) })) })
  })

  docs('/v1/analytics/topics/discover', 'Find the topics again from recent messages (?wait=true to wait; otherwise the worker does it) and rebuild the topic rollups', 'post')
  app.post('/v1/analytics/topics/discover', async (c) => {
    const workspaceId = c.get('workspaceId')
    const k = intParam(c, 'k', 12, 2, 40)
    if (c.req.query('wait') !== 'true') {
      await enqueueLearn({ kind: 'topics', workspaceId })
      return c.json({ queued: true }, 202)
    }
    const r = await discoverWorkspaceTopics(db, workspaceId, clock(), { k })
    return c.json({ topics: r.topics, sample: r.sample, backfilled: r.backfilled })
  })

  docs('/v1/analytics/drivers', 'Topics and product areas driving negative sentiment: volume × negativity × growth')
  app.get('/v1/analytics/drivers', async (c) => {
    const workspaceId = c.get('workspaceId')
    const days = intParam(c, 'days', 7, 1, 90)
    const limit = intParam(c, 'limit', 20, 1, 50)
    // Each driver's example messages, for people to read what the numbers stand for.
    const withExamples = async (drivers: readonly Driver[]) => {
      const ids = [...new Set(drivers.flatMap((d) => d.examples))]
      const rows = ids.length === 0 ? [] : await db.selectFrom('messages').select(['id', 'conversation_id', 'created_at', 'text']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute()
      const byId = new Map(rows.map((r) => [r.id, { id: r.id, conversationId: r.conversation_id, at: Number(r.created_at), text: r.text.length > 280 ? `${r.text.slice(0, 279)}…` : r.text }]))
      return drivers.map((d) => ({ ...d, exampleMessages: d.examples.flatMap((id) => byId.get(id) ?? []) }))
    }
    // The ranking for "now" is served from the snapshot the worker refreshes (every few minutes)
    // while it is fresh; a past window (?to=) or a stale or missing snapshot is computed now.
    if (c.req.query('to') === undefined) {
      const now = clock()
      const snap = await loadDriverSnapshot(db, workspaceId, days)
      if (snap !== undefined && now - snap.computedAt < DRIVER_SNAPSHOT_MAX_AGE) {
        const body = snap.body as { now: number; drivers: Driver[] }
        return c.json({ now: body.now, days, computedAt: snap.computedAt, drivers: await withExamples(body.drivers.slice(0, limit)) })
      }
      const drivers = await computeDrivers(db, workspaceId, now, days, now)
      await saveDriverSnapshot(db, workspaceId, days, now, { now, drivers })
      return c.json({ now, days, computedAt: now, drivers: await withExamples(drivers.slice(0, limit)) })
    }
    const at = clock()
    const now = instantParam(c, 'to', at) as number
    return c.json({ now, days, computedAt: at, drivers: await withExamples((await computeDrivers(db, workspaceId, now, days, at)).slice(0, limit)) })
  })

  docs('/v1/analytics/changes', 'Change points in daily sentiment per segment (e.g. "sentiment around export fell 0.3 since 4 March")')
  app.get('/v1/analytics/changes', async (c) => {
    const by = (c.req.query('by') ?? 'product_area') as RollupDimension
    if (!ROLLUP_DIMENSIONS.includes(by)) throw new ProblemError('UT_E_VALIDATION', `"by" must be one of ${ROLLUP_DIMENSIONS.join(', ')}`, [{ path: 'by', message: 'unknown dimension' }])
    const { from, to } = range(c, 120)
    return c.json({ by, from, to, findings: await changeFindings(db, c.get('workspaceId'), by, from, to) })
  })
}

const TargetSchema = z
  .object({
    name: z.string().min(1).max(200),
    metric: z.enum(['negative_share', 'mean_score', 'frustration', 'anger', 'confusion', 'urgency', 'satisfaction', 'gratitude', 'disappointment', 'sarcasm']),
    dimension: z.enum(ROLLUP_DIMENSIONS).optional(),
    value: z.string().max(200).optional(),
    goal: z.number().finite(),
    direction: z.enum(['down', 'up']).optional(),
    start: z.iso.datetime({ offset: true }).optional(),
    due: z.iso.datetime({ offset: true }),
  })
  .strict()

/** Targets: set a goal on a metric for a segment and see progress and a forecast. */
export function registerTargetRoutes(app: OpenAPIHono<{ Variables: { workspaceId: string; keyId: string } }>, db: Kysely<Database>, clock: () => number, readBody: (c: Context) => Promise<unknown>): void {
  app.openAPIRegistry.registerPath({ method: 'post', path: '/v1/targets', summary: 'Set a target (metric, segment, goal, due date)', security: [{ bearer: [] }], request: { body: { content: { 'application/json': { schema: TargetSchema } } } }, responses: { 201: { description: 'The target' }, 400: { description: 'A problem document' } } })
  app.post('/v1/targets', async (c) => {
    const parsed = TargetSchema.safeParse(await readBody(c))
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the target is not valid', issuesOf(parsed.error))
    const t = parsed.data
    const now = clock()
    const target = await createTarget(db, c.get('workspaceId'), { name: t.name, metric: t.metric, dimension: t.dimension ?? 'all', value: t.value ?? 'all', goal: t.goal, direction: t.direction ?? (t.metric === 'mean_score' || t.metric === 'satisfaction' || t.metric === 'gratitude' ? 'up' : 'down'), startAt: t.start === undefined ? now : Date.parse(t.start), dueAt: Date.parse(t.due) }, now)
    return c.json(target, 201)
  })
  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/targets', summary: 'Targets with progress and forecast', security: [{ bearer: [] }], responses: { 200: { description: 'Targets' } } })
  app.get('/v1/targets', async (c) => {
    const workspaceId = c.get('workspaceId')
    const out = []
    for (const t of await listTargets(db, workspaceId)) {
      // Weekly values of the metric from the daily rollups, from four weeks before the start.
      const series = await trendSeries(db, workspaceId, { dimension: t.dimension as RollupDimension, granularity: 'day', from: t.startAt - 28 * DAY, to: Math.min(clock(), t.dueAt), values: [t.value] })
      const weeks = new Map<number, { n: number; v: number }>()
      for (const p of series.get(t.value) ?? []) {
        const w = Math.floor((p.t - t.startAt) / (7 * DAY))
        const v = t.metric === 'negative_share' ? p.negativeShare : t.metric === 'mean_score' ? p.meanScore : (p.emotions[t.metric] ?? 0)
        const acc = weeks.get(w) ?? { n: 0, v: 0 }
        acc.n += p.n
        acc.v += v * p.n
        weeks.set(w, acc)
      }
      const points = [...weeks.entries()].sort((a, b) => a[0] - b[0]).map(([w, a]) => ({ t: t.startAt + w * 7 * DAY, value: a.v / a.n }))
      out.push({ ...t, progress: targetProgress({ metric: t.metric, goal: t.goal, direction: t.direction, start: t.startAt - 7 * DAY, due: t.dueAt }, points) ?? null, points })
    }
    return c.json({ targets: out })
  })
  app.openAPIRegistry.registerPath({ method: 'delete', path: '/v1/targets/{id}', summary: 'Remove a target', security: [{ bearer: [] }], request: { params: z.object({ id: z.string() }) }, responses: { 204: { description: 'Removed' }, 404: { description: 'A problem document' } } })
  app.delete('/v1/targets/:id', async (c) => {
    if (!(await deleteTarget(db, c.get('workspaceId'), c.req.param('id')))) throw new ProblemError('UT_E_NOT_FOUND', 'no such target in this workspace')
    return c.body(null, 204)
  })
}

/** A change finding for one segment value, with a sentence for people. */
export interface SegmentChange extends ChangeFinding {
  readonly dimension: string
  readonly value: string
  /** For topics: the topic's name (its strongest terms). */
  readonly label?: string
  readonly summary: string
}

const pct = (x: number): string => `${Math.round(100 * x)}%`

/** The sentence people read: what moved, which way, since when, and the other measure beside it. */
function describeChange(subject: string, f: ChangeFinding): string {
  const date = new Date(f.since).toISOString().slice(0, 10)
  const share = f.shareBefore === undefined || f.shareAfter === undefined ? undefined : `negative messages ${pct(f.shareBefore)} → ${pct(f.shareAfter)}`
  if (f.metric === 'negative-share' && share !== undefined) {
    const worse = (f.shareAfter as number) > (f.shareBefore as number)
    return `${worse ? 'more' : 'fewer'} negative messages ${subject} since ${date}: ${pct(f.shareBefore as number)} → ${pct(f.shareAfter as number)} (mean score ${f.before.toFixed(2)} → ${f.after.toFixed(2)})`
  }
  return `sentiment ${subject} ${f.delta < 0 ? 'fell' : 'rose'} ${Math.abs(f.delta).toFixed(2)} since ${date}${share === undefined ? '' : ` (${share})`}`
}

/**
 * Runs change detection over the daily rollups of every value of a dimension, with the
 * workspace's `changes` analysis settings.
 */
export async function changeFindings(db: Kysely<Database>, workspaceId: string, dimension: RollupDimension, from: number, to: number): Promise<SegmentChange[]> {
  const series = await trendSeries(db, workspaceId, { dimension, granularity: 'day', from, to })
  const settings = await loadSettings(db, workspaceId)
  const cfg = resolveAnalysisConfig(settings.analysis).changes
  // Topics are found again now and then: only the current ones are named and watched.
  const topics = dimension === 'topic' ? new Map((settings.topics?.topics ?? []).map((t) => [t.id, t.label])) : undefined
  const out: SegmentChange[] = []
  for (const [value, points] of series) {
    const label = topics?.get(value)
    if (topics !== undefined && label === undefined) continue
    // Days without messages are empty buckets, so windows span real days.
    const byDay = new Map(points.map((p) => [Math.floor(p.t / DAY), p]))
    const first = Math.floor(from / DAY)
    const last = Math.floor((to - 1) / DAY)
    const buckets = []
    for (let d = first; d <= last; d++) {
      const p = byDay.get(d)
      buckets.push({ t: d * DAY, n: p?.n ?? 0, sum: p?.sums.score ?? 0, sumSq: p?.sums.sq ?? 0, neg: p?.sums.neg ?? 0 })
    }
    const subject = dimension === 'all' ? 'overall' : label === undefined ? `around "${value}"` : `around topic "${label}"`
    for (const f of detectChanges(buckets, cfg)) out.push({ dimension, value, ...(label === undefined ? {} : { label }), ...f, summary: describeChange(subject, f) })
  }
  return out.sort((a, b) => b.detectedAt - a.detectedAt || Math.abs(b.delta) - Math.abs(a.delta))
}

/** Everything a periodic report shows, computed from storage for one workspace and period. */
export async function analyticsSnapshot(db: Kysely<Database>, workspaceId: string, from: number, to: number) {
  const conversations = await db.selectFrom('conversation_readings').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).where('opened_at', '>=', from).where('opened_at', '<', to).executeTakeFirstOrThrow()
  const weekly = await trendSeries(db, workspaceId, { dimension: 'all', granularity: 'day', from, to })
  const byArea = await trendSeries(db, workspaceId, { dimension: 'product_area', granularity: 'day', from, to })
  const days = Math.max(1, Math.round((to - from) / DAY))
  const drivers = (await computeDrivers(db, workspaceId, to, 7, to)).slice(0, 10)
  const found: SegmentChange[] = []
  for (const dimension of ['all', 'product_area', 'topic', 'segment'] as const) found.push(...(await changeFindings(db, workspaceId, dimension, from - 60 * DAY, to)))
  const changes = found.filter((c) => c.detectedAt >= from)
  return {
    from,
    to,
    days,
    conversations: Number(conversations.n),
    overall: weekly.get('all') ?? [],
    byArea: [...byArea.entries()].map(([value, points]) => ({ value, points })),
    drivers,
    changes,
    resolution: await resolutionRows(db, workspaceId, from, to, 'segment'),
    escalations: await escalationCounts(db, workspaceId, from, to, 'productArea'),
    responseTimes: await responseTimeRows(db, workspaceId, from, to),
    agents: await agentRows(db, workspaceId, from, to, 10),
  }
}
