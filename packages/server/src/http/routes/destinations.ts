import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { type AlertRuleRecord, type Database, type DeliveryRecord, listAlertRules, listDeliveries, redeliver } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { AlertRuleInputSchema, type DestinationView, DestinationInputSchema, addAlertRule, addDestination, deleteAlertRule, deleteDestination, destinationViews, testDestination } from '../../app/alerts-out/destination-admin.js'
import type { ConnectorRuntime } from '../../app/connectors/connector-runtime.js'
import { ProblemError } from '../../problem.js'
import { IdParams, bearer, invalid, jsonAnswer, jsonRequest, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'

const DestinationSchema = z
  .object({ id: z.string(), kind: z.string(), name: z.string(), config: z.record(z.string(), z.unknown()).openapi({ description: 'The configuration without secrets (chat webhook URLs show their origin only)' }), allow_private_network: z.boolean(), created_at: z.number() })
  .openapi('Destination')

const wireDestination = (d: DestinationView): z.infer<typeof DestinationSchema> => ({ id: d.id, kind: d.kind, name: d.name, config: { ...d.config }, allow_private_network: d.allowPrivateNetwork, created_at: d.createdAt })

const RuleSchema = z.object({ id: z.string(), kind: z.string(), destination_ids: z.array(z.string()), settings: z.record(z.string(), z.unknown()), enabled: z.boolean(), created_at: z.number() }).openapi('AlertRule')
const wireRule = (r: AlertRuleRecord): z.infer<typeof RuleSchema> => ({ id: r.id, kind: r.kind, destination_ids: [...r.destinationIds], settings: { ...r.settings }, enabled: r.enabled, created_at: r.createdAt })

const DeliverySchema = z
  .object({
    id: z.string(),
    destination_id: z.string(),
    rule_id: z.string(),
    subject_id: z.string(),
    notice: z.record(z.string(), z.unknown()),
    state: z.enum(['pending', 'delivered', 'dead']),
    attempts: z.number(),
    next_attempt_at: z.number(),
    last_error: z.string().nullable(),
    last_status: z.number().nullable(),
    created_at: z.number(),
    delivered_at: z.number().nullable(),
  })
  .openapi('Delivery')
const wireDelivery = (d: DeliveryRecord): z.infer<typeof DeliverySchema> => ({
  id: d.id,
  destination_id: d.destinationId,
  rule_id: d.ruleId,
  subject_id: d.subjectId,
  notice: d.notice as Record<string, unknown>,
  state: d.state,
  attempts: d.attempts,
  next_attempt_at: d.nextAttemptAt,
  last_error: d.lastError,
  last_status: d.lastStatus,
  created_at: d.createdAt,
  delivered_at: d.deliveredAt,
})

const listDest = createRoute({ method: 'get', path: '/v1/destinations', summary: 'Where alerts go (Slack, Teams, e-mail, signed webhooks); no secrets', security: bearer, responses: { 200: jsonAnswer(z.object({ destinations: z.array(DestinationSchema) }), 'Destinations'), ...problems() } })
const createDest = createRoute({
  method: 'post',
  path: '/v1/destinations',
  summary: 'Add a destination; a webhook without a secret gets one, answered once',
  security: bearer,
  middleware: [jsonBody(32_000)] as const,
  request: { body: jsonRequest(DestinationInputSchema.openapi('NewDestination')) },
  responses: { 201: jsonAnswer(z.object({ destination: DestinationSchema, secret: z.string().optional() }), 'The destination'), ...problems(400, 403, 409, 415, 503) },
})
const removeDest = createRoute({ method: 'delete', path: '/v1/destinations/{id}', summary: 'Remove a destination (its pending deliveries go too)', security: bearer, request: { params: IdParams }, responses: { 204: { description: 'Removed' }, ...problems(404) } })
const testDest = createRoute({ method: 'post', path: '/v1/destinations/{id}/test', summary: 'Send a test alert now and say what happened', security: bearer, request: { params: IdParams }, responses: { 200: jsonAnswer(z.object({ delivered: z.boolean(), error: z.string().nullable() }), 'The outcome'), ...problems(404) } })
const listRules = createRoute({ method: 'get', path: '/v1/alert-rules', summary: 'Which alerts go where, with thresholds and quiet hours', security: bearer, responses: { 200: jsonAnswer(z.object({ rules: z.array(RuleSchema) }), 'Rules'), ...problems() } })
const createRule = createRoute({
  method: 'post',
  path: '/v1/alert-rules',
  summary: 'Add a rule: conversation_escalated, customer_at_risk, change_detected or sentiment_drop, to destinations by id or name',
  security: bearer,
  middleware: [jsonBody(16_000)] as const,
  request: { body: jsonRequest(AlertRuleInputSchema.openapi('NewAlertRule')) },
  responses: { 201: jsonAnswer(RuleSchema, 'The rule'), ...problems(400, 404, 415) },
})
const removeRule = createRoute({ method: 'delete', path: '/v1/alert-rules/{id}', summary: 'Remove a rule', security: bearer, request: { params: IdParams }, responses: { 204: { description: 'Removed' }, ...problems(404) } })
const deliveries = createRoute({
  method: 'get',
  path: '/v1/deliveries',
  summary: 'Alert deliveries, newest first; `?state=dead` is the dead-letter list',
  security: bearer,
  request: { query: z.object({ state: z.enum(['pending', 'delivered', 'dead']).optional(), limit: z.string().regex(/^\d{1,3}$/).optional() }) },
  responses: { 200: jsonAnswer(z.object({ deliveries: z.array(DeliverySchema) }), 'Deliveries'), ...problems(400) },
})
const again = createRoute({ method: 'post', path: '/v1/deliveries/{id}/redeliver', summary: 'Put a dead-lettered (or delivered) delivery back in the outbox, due now', security: bearer, request: { params: IdParams }, responses: { 202: jsonAnswer(z.object({ ok: z.literal(true) }), 'Queued'), ...problems(404) } })

/** `/v1/destinations`, `/v1/alert-rules` and `/v1/deliveries`: alerts out of the process. */
export function destinationsRoutes(db: Kysely<Database>, runtime: ConnectorRuntime, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(listDest, async (c) => c.json({ destinations: (await destinationViews(db, c.get('workspaceId'))).map(wireDestination) }, 200))
    .openapi(
      createDest,
      async (c) => {
        const { destination, secret } = await addDestination(db, runtime, c.get('workspaceId'), c.req.valid('json'), clock(), { actor: c.get('keyId') })
        return c.json({ destination: wireDestination(destination), ...(secret === undefined ? {} : { secret }) }, 201)
      },
      invalid('the destination is not valid'),
    )
    .openapi(removeDest, async (c) => {
      await deleteDestination(db, c.get('workspaceId'), c.req.param('id'), c.get('keyId'), clock())
      return c.body(null, 204)
    })
    .openapi(testDest, async (c) => c.json(await testDestination(db, runtime, c.get('workspaceId'), c.req.param('id'), clock()), 200))
    .openapi(listRules, async (c) => c.json({ rules: (await listAlertRules(db, c.get('workspaceId'))).map(wireRule) }, 200))
    .openapi(createRule, async (c) => c.json(wireRule(await addAlertRule(db, c.get('workspaceId'), c.req.valid('json'), clock(), c.get('keyId'))), 201), invalid('the rule is not valid'))
    .openapi(removeRule, async (c) => {
      await deleteAlertRule(db, c.get('workspaceId'), c.req.param('id'), c.get('keyId'), clock())
      return c.body(null, 204)
    })
    .openapi(
      deliveries,
      async (c) => {
        const q = c.req.valid('query')
        const limit = Math.min(500, Math.max(1, Number(q.limit ?? '100')))
        return c.json({ deliveries: (await listDeliveries(db, c.get('workspaceId'), { ...(q.state === undefined ? {} : { state: q.state }), limit })).map(wireDelivery) }, 200)
      },
      invalid('the query is not valid'),
    )
    .openapi(again, async (c) => {
      if (!(await redeliver(db, c.get('workspaceId'), c.req.param('id'), clock()))) throw new ProblemError('UT_E_NOT_FOUND', `no dead or delivered delivery "${c.req.param('id')}" in this workspace`)
      return c.json({ ok: true as const }, 202)
    })
}
