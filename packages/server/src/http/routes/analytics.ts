import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { FactDimension } from '@undertone/analysis'
import { type Database, ROLLUP_DIMENSIONS, type RollupDimension } from '@undertone/storage'
import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import { agentRows, escalationRows, resolutionRows, responseTimeRows } from '../../app/analytics-metrics.js'
import { changeFindings } from '../../app/change-findings.js'
import { ProblemError } from '../../problem.js'
import { bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { intParam, rangeParams } from '../query-params.js'
import { toWire } from '../wire.js'

/** The `by` values of the facts-based metrics and the dimension each names. */
const BY_PARAM: Record<string, FactDimension> = { agent: 'agentId', segment: 'segment', plan: 'plan', channel: 'channel', product_area: 'productArea', language: 'language' }

/** The `by` query parameter of a facts-based metric; undefined for all conversations. */
function factBy(c: Context): FactDimension | undefined {
  const by = c.req.query('by')
  if (by === undefined || by === 'all') return undefined
  const d = Object.hasOwn(BY_PARAM, by) ? BY_PARAM[by] : undefined
  if (d === undefined) throw new ProblemError('UT_E_VALIDATION', `"by" must be one of all, ${Object.keys(BY_PARAM).join(', ')}`, [{ path: 'by', message: 'unknown dimension' }])
  return d
}

const ResolutionRowSchema = z
  .object({ group: z.string(), n: z.number(), mean_open: z.number(), mean_close: z.number(), mean_delta: z.number(), resolved_unhappy_share: z.number(), correlation: z.number() })
  .openapi('ResolutionRow')
const SegmentChangeSchema = z
  .object({
    dimension: z.string(),
    value: z.string(),
    label: z.string().optional(),
    summary: z.string(),
    detected_at: z.number(),
    since: z.number(),
    metric: z.enum(['mean-score', 'negative-share']),
    before: z.number(),
    after: z.number(),
    delta: z.number(),
    z: z.number(),
    share_before: z.number().optional(),
    share_after: z.number().optional(),
    share_z: z.number().optional(),
  })
  .openapi('SegmentChange')

const EscalationRowSchema = z
  .object({ group: z.string(), n: z.number(), human_requested: z.number(), bot_handed_off: z.number(), sla_breached: z.number(), escalation_score: z.number() })
  .openapi('EscalationRow')
const ResponseTimeRowSchema = z
  .object({
    sentiment: z.string(),
    urgency: z.string().openapi({ description: 'high, medium or low' }),
    n: z.number(),
    first_response_median_minutes: z.number().nullable(),
    first_response_p90_minutes: z.number().nullable(),
    resolution_median_hours: z.number().nullable(),
  })
  .openapi('ResponseTimeRow')
const AgentRowSchema = z
  .object({
    agent_id: z.string(),
    agent: z.string().nullable().optional().openapi({ description: 'The agent’s name or external id' }),
    n: z.number(),
    shown: z.boolean().openapi({ description: 'False below the minimum number of conversations: the numbers are then left out' }),
    mean_improvement: z.number().optional(),
    ci95: z.tuple([z.number(), z.number()]).optional().openapi({ description: '95% interval of the mean improvement: [low, high]' }),
  })
  .openapi('AgentRow')

const range = { from: queryParam('ISO date (default 90 days before "to")'), to: queryParam('ISO date (default now)') }
const factQuery = z.object({ ...range, by: queryParam(`all (default), ${Object.keys(BY_PARAM).join(', ')}`) })
const rowsAnswer = <Row extends z.ZodType>(row: Row, description: string) => ({ 200: jsonAnswer(z.object({ from: z.number(), to: z.number(), rows: z.array(row) }), description), ...problems(400) })

const resolution = createRoute({
  method: 'get',
  path: '/v1/analytics/resolution',
  summary: 'Sentiment at open against close, and the resolved-but-unhappy share, by segment or agent',
  security: bearer,
  request: { query: factQuery },
  responses: rowsAnswer(ResolutionRowSchema, 'Resolution by segment'),
})
const escalations = createRoute({ method: 'get', path: '/v1/analytics/escalations', summary: 'Escalation rates under each definition (human asked for, bot handoff, SLA breach, escalation score)', security: bearer, request: { query: factQuery }, responses: rowsAnswer(EscalationRowSchema, 'Escalation rates') })
const responseTimes = createRoute({ method: 'get', path: '/v1/analytics/response-times', summary: 'First-response and resolution times by opening sentiment and urgency', security: bearer, request: { query: z.object(range) }, responses: rowsAnswer(ResponseTimeRowSchema, 'Response times') })
const agents = createRoute({
  method: 'get',
  path: '/v1/analytics/agents',
  summary: 'Per-agent sentiment improvement with intervals, for coaching (hidden below a minimum volume)',
  security: bearer,
  request: { query: z.object({ ...range, min: queryParam('fewest conversations an agent needs to be shown (default 10)') }) },
  responses: { 200: jsonAnswer(z.object({ from: z.number(), to: z.number(), min_conversations: z.number(), rows: z.array(AgentRowSchema) }), 'Agents'), ...problems(400) },
})
const changes = createRoute({
  method: 'get',
  path: '/v1/analytics/changes',
  summary: 'Change points in daily sentiment per segment (e.g. "sentiment around export fell 0.3 since 4 March")',
  security: bearer,
  request: { query: z.object({ from: queryParam('ISO date (default 120 days before "to")'), to: range.to, by: queryParam(`one of ${ROLLUP_DIMENSIONS.join(', ')} (default product_area)`) }) },
  responses: { 200: jsonAnswer(z.object({ by: z.string(), from: z.number(), to: z.number(), findings: z.array(SegmentChangeSchema) }), 'Change findings'), ...problems(400) },
})

/** The analytics API over per-conversation facts and daily rollups: resolution, escalations, response times, agents and change points. */
export function analyticsRoutes(db: Kysely<Database>, clock: () => number, maxDays: number) {
  const window = (c: Context, defaultDays: number) => rangeParams(c, clock(), defaultDays, maxDays)
  return new OpenAPIHono<ApiEnv>()
    .openapi(resolution, async (c) => {
    const { from, to } = window(c, 90)
    return c.json(toWire({ from, to, rows: await resolutionRows(db, c.get('workspaceId'), from, to, factBy(c)) }), 200)
  })
    .openapi(escalations, async (c) => {
    const { from, to } = window(c, 90)
    return c.json(toWire({ from, to, rows: await escalationRows(db, c.get('workspaceId'), from, to, factBy(c)) }), 200)
  })
    .openapi(responseTimes, async (c) => {
    const { from, to } = window(c, 90)
    return c.json(toWire({ from, to, rows: await responseTimeRows(db, c.get('workspaceId'), from, to) }), 200)
  })
    .openapi(agents, async (c) => {
    const { from, to } = window(c, 90)
    const min = intParam(c, 'min', 10, 1, 1_000_000)
    return c.json(toWire({ from, to, minConversations: min, rows: await agentRows(db, c.get('workspaceId'), from, to, min) }), 200)
  })
    .openapi(changes, async (c) => {
    const by = (c.req.query('by') ?? 'product_area') as RollupDimension
    if (!ROLLUP_DIMENSIONS.includes(by)) throw new ProblemError('UT_E_VALIDATION', `"by" must be one of ${ROLLUP_DIMENSIONS.join(', ')}`, [{ path: 'by', message: 'unknown dimension' }])
    const { from, to } = window(c, 120)
    return c.json(toWire({ by, from, to, findings: await changeFindings(db, c.get('workspaceId'), by, from, to) }), 200)
  })
}
