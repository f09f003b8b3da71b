import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { acknowledgeAlert, openAlerts, snoozeAlert } from '../../app/alerts.js'
import { ProblemError } from '../../problem.js'
import { IdParams, OkSchema, bearer, jsonAnswer, jsonRequest, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { intParam } from '../query-params.js'
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
  })
  .openapi('Alert')

const list = createRoute({
  method: 'get',
  path: '/v1/alerts',
  summary: 'Open alerts (not acknowledged, not snoozed)',
  security: bearer,
  request: { query: z.object({ kind: queryParam('only alerts of this kind'), all: queryParam('"true" lists acknowledged and snoozed ones too'), limit: queryParam('1 to 500 (default 100)') }) },
  responses: { 200: jsonAnswer(z.object({ alerts: z.array(AlertSchema) }), 'Alerts'), ...problems(400) },
})
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
    .openapi(list, async (c) => {
    const kind = c.req.query('kind')
    const limit = intParam(c, 'limit', 100, 1, 500)
    return c.json(toWire(await openAlerts(db, c.get('workspaceId'), clock(), { includeAcknowledged: c.req.query('all') === 'true', limit, kind })), 200)
  })
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
