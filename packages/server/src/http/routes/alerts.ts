import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { type Database, MAX_BULK_ACK } from '@undertone/storage'
import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import { type AlertQuery, acknowledgeAlert, acknowledgeMany, openAlerts, snoozeAlert } from '../../app/alerts.js'
import { ProblemError } from '../../problem.js'
import { IdParams, OkSchema, bearer, invalid, jsonAnswer, jsonRequest, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { amountParam, choiceParam, onlyParams, pageParams, patternParam, textParam, wholeParam } from '../strict-query.js'
import { toWire } from '../wire.js'

const AlertSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    subject_id: z.string(),
    severity: z.number(),
    title: z.string(),
    // Open-ended: each kind of alert carries its own evidence (a customer alert: reasons, outcome, health, trend, churn_risk, weighted_risk; a change alert: the segment change), snake_case like the rest.
    payload: z.unknown().openapi({ description: 'What raised the alert; its fields depend on `kind`' }),
    created_at: z.number(),
    acknowledged_at: z.number().nullable(),
    snoozed_until: z.number().nullable(),
    segment: z.string().nullable().openapi({ description: "The customer's segment (customer alerts; null otherwise or when unknown)" }),
    value: z.number().nullable().openapi({ description: "The customer's value (customer alerts; null otherwise or when unknown)" }),
  })
  .openapi('Alert')

const CountSchema = z.object({ value: z.string(), count: z.number() })

/** The list's query: paging, sort and filters, each documented here and read strictly by `alertQuery`. */
const ListQuery = z.object({
  page: queryParam('page from 1 (default 1)'),
  page_size: queryParam('alerts per page, 1 to 500 (default 25)'),
  limit: queryParam('older name for page_size'),
  sort: queryParam('severity (default: most severe first), newest, oldest, or value (most valuable customer first)'),
  kind: queryParam('only alerts of this kind (customer-at-risk, sentiment-change, …)'),
  reason: queryParam("only customer alerts with this reason among their reasons (churn-threat, low-health, …)"),
  segment: queryParam("only customer alerts of customers in this segment"),
  min_value: queryParam("only customer alerts of customers worth at least this much"),
  newer_than_hours: queryParam('only alerts raised within the last N hours (1 to 87600)'),
  older_than_hours: queryParam('only alerts raised more than N hours ago (1 to 87600)'),
  all: queryParam('"true" lists acknowledged and snoozed ones too'),
})

const list = createRoute({
  method: 'get',
  path: '/v1/alerts',
  summary: 'Alerts a page at a time (open ones unless all=true), sorted and filtered, with the total and counts per kind, segment and reason',
  security: bearer,
  request: { query: ListQuery },
  responses: {
    200: jsonAnswer(
      z.object({
        alerts: z.array(AlertSchema),
        total: z.number().openapi({ description: 'How many alerts match the filters, on every page' }),
        page: z.number(),
        page_size: z.number(),
        facets: z.object({ kinds: z.array(CountSchema), segments: z.array(CountSchema), reasons: z.array(CountSchema) }).openapi({ description: 'Counts over every alert in scope (open, or all), whatever the other filters' }),
      }),
      'A page of alerts',
    ),
    ...problems(400),
  },
})
const bulkAck = createRoute({
  method: 'post',
  path: '/v1/alerts/ack',
  summary: `Acknowledge up to ${MAX_BULK_ACK} alerts at once; answers how many were acknowledged now (ids of other workspaces, unknown or already acknowledged ones are not counted)`,
  security: bearer,
  middleware: [jsonBody(64_000)] as const,
  request: { body: jsonRequest(z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(MAX_BULK_ACK) }).strict().openapi('BulkAcknowledge')) },
  responses: { 200: jsonAnswer(z.object({ requested: z.number(), acknowledged: z.number() }), 'How many of the distinct ids were acknowledged now'), ...problems(400, 413, 415) },
})
const CODE = /^[a-z][a-z0-9-]{0,59}$/
const AGE_HOURS = 87_600

/** The list's query parameters, each checked: a bad value is a 400 naming it. */
function alertQuery(c: Context): AlertQuery {
  onlyParams(c, Object.keys(ListQuery.shape))
  const all = choiceParam(c, 'all', ['true', 'false'], 'false')
  const { page, pageSize } = pageParams(c, 25, 500)
  const minValue = amountParam(c, 'min_value', 1e12)
  const newerThanHours = wholeParam(c, 'newer_than_hours', 1, AGE_HOURS)
  const olderThanHours = wholeParam(c, 'older_than_hours', 1, AGE_HOURS)
  if (newerThanHours !== undefined && olderThanHours !== undefined && olderThanHours >= newerThanHours) throw new ProblemError('UT_E_VALIDATION', '"older_than_hours" must be less than "newer_than_hours", or no alert can match', [{ path: 'older_than_hours', message: 'not less than newer_than_hours' }])
  return {
    includeAcknowledged: all === 'true',
    sort: choiceParam(c, 'sort', ['severity', 'newest', 'oldest', 'value'], 'severity'),
    page,
    pageSize,
    kind: patternParam(c, 'kind', CODE, 'a kind such as customer-at-risk'),
    reason: patternParam(c, 'reason', CODE, 'a reason code such as churn-threat'),
    segment: textParam(c, 'segment', 200),
    minValue,
    newerThanHours,
    olderThanHours,
  }
}

const ack = createRoute({ method: 'post', path: '/v1/alerts/{id}/ack', summary: 'Acknowledge an alert: it leaves the open list', security: bearer, request: { params: IdParams }, responses: { 200: jsonAnswer(OkSchema, '{ok: true}'), ...problems(404) } })
const snooze = createRoute({
  method: 'post',
  path: '/v1/alerts/{id}/snooze',
  summary: 'Snooze an alert for 1 to 43,200 minutes',
  security: bearer,
  middleware: [jsonBody(10_000)] as const,
  request: { params: IdParams, body: jsonRequest(z.object({ minutes: z.number().min(1).max(43_200) })) },
  responses: { 200: jsonAnswer(OkSchema, '{ok: true}'), ...problems(400, 404, 415) },
})

/** The snooze's minutes: a number from 1 to 43,200 (30 days). */
function snoozeMinutes(body: unknown): number | undefined {
  const given = body !== null && typeof body === 'object' ? (body as { minutes?: unknown }).minutes : undefined
  return typeof given === 'number' && given >= 1 && given <= 60 * 24 * 30 ? given : undefined
}
const badMinutes = () => new ProblemError('UT_E_VALIDATION', '"minutes" must be a number between 1 and 43200', [{ path: 'minutes', message: 'required' }])

/** Alerts: the open list, acknowledging and snoozing. */
export function alertsRoutes(db: Kysely<Database>, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(list, async (c) => c.json(toWire(await openAlerts(db, c.get('workspaceId'), clock(), alertQuery(c))), 200))
    .openapi(bulkAck, async (c) => c.json(toWire(await acknowledgeMany(db, c.get('workspaceId'), c.req.valid('json').ids, clock())), 200), invalid(`"ids" must be a list of 1 to ${MAX_BULK_ACK} alert ids`))
    .openapi(ack, async (c) => c.json(await acknowledgeAlert(db, c.get('workspaceId'), c.req.param('id'), clock()), 200))
    .openapi(
    snooze,
    async (c) => {
      const minutes = snoozeMinutes(c.get('rawBody'))
      if (minutes === undefined) throw badMinutes()
      return c.json(await snoozeAlert(db, c.get('workspaceId'), c.req.param('id'), clock(), minutes), 200)
    },
    (result) => {
      if (!result.success) throw badMinutes()
      return undefined
    },
  )
}
