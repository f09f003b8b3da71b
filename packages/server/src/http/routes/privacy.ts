import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { ProblemError } from '../../problem.js'
import { auditTrail, parseAuditCursor } from '../../app/privacy/audit-trail.js'
import { eraseCustomerData } from '../../app/privacy/erase-customer.js'
import { customerExport } from '../../app/privacy/export-customer.js'
import { MAX_RETENTION_DAYS, changeRetention, retentionView } from '../../app/privacy/retention.js'
import type { Services } from '../../app/services.js'
import { IdParams, bearer, invalid, jsonAnswer, jsonRequest, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { intParam } from '../query-params.js'
import { toWire } from '../wire.js'

const Rows = z.array(z.record(z.string(), z.unknown()))
const ExportSchema = z
  .object({
    exported_at: z.number(),
    customer: z.record(z.string(), z.unknown()),
    customer_reading: z.record(z.string(), z.unknown()).nullable(),
    conversations: Rows,
    conversation_readings: Rows,
    messages: Rows,
    readings: Rows,
    corrections: Rows,
    review_flags: Rows,
    alerts: Rows,
    deliveries: Rows,
    write_backs: Rows,
  })
  .openapi('CustomerExport')

const Count = z.number().int()
const ReceiptSchema = z
  .object({
    customer_id: z.string(),
    removed: z.object({
      customers: Count,
      conversations: Count,
      messages: Count,
      readings: Count,
      conversation_readings: Count,
      customer_readings: Count,
      corrections: Count,
      review_flags: Count,
      alerts: Count,
      deliveries: Count,
      write_backs: Count,
      idempotency_answers: Count,
      driver_days: Count,
    }),
    erased_at: z.number(),
  })
  .openapi('ErasureReceipt')

const AuditEntrySchema = z.object({ id: z.string(), at: z.number(), actor: z.string(), action: z.string(), subject: z.string(), detail: z.record(z.string(), z.unknown()) }).openapi('AuditEntry')
const RetentionSchema = z.object({ retention_days: z.number().int().nullable(), updated_at: z.number().nullable(), last_run_at: z.number().nullable() }).openapi('Retention')
const RetentionChange = z.object({ retention_days: z.number().int().min(1).max(MAX_RETENTION_DAYS).nullable() }).strict()

const sourceQuery = z.object({ source: queryParam('the source of an external id (default "api")') })

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/customers/{id}/export',
  summary: 'Everything stored about a customer (an id, or an external id), as JSON; recorded in the audit trail',
  security: bearer,
  request: { params: IdParams, query: sourceQuery },
  responses: { 200: jsonAnswer(ExportSchema, 'The customer’s data'), ...problems(404) },
})
const eraseRoute = createRoute({
  method: 'delete',
  path: '/v1/customers/{id}',
  summary: 'Erase a customer (an id, or an external id) and everything stored about them; rollups keep their counts. Idempotent: a customer erased before or never known answers a receipt of zeros',
  security: bearer,
  request: { params: IdParams, query: sourceQuery },
  responses: { 200: jsonAnswer(ReceiptSchema, 'What was removed'), ...problems() },
})
const auditRoute = createRoute({
  method: 'get',
  path: '/v1/audit',
  summary: 'The audit trail, newest first: key, settings, retention, connector, destination and correction changes, exports and erasures',
  security: bearer,
  request: {
    query: z.object({
      before: queryParam('the `next_before` of the previous page (or a time in ms): the entries older than it'),
      limit: queryParam('1 to 500 (default 100)'),
      action: queryParam('only this action ("customer.erase") or family ("key")'),
    }),
  },
  responses: { 200: jsonAnswer(z.object({ entries: z.array(AuditEntrySchema), next_before: z.string().nullable() }), 'A page of the trail'), ...problems(400) },
})
const retentionGet = createRoute({
  method: 'get',
  path: '/v1/retention',
  summary: 'How many days message texts are kept (null: forever)',
  security: bearer,
  responses: { 200: jsonAnswer(RetentionSchema, 'The retention period'), ...problems() },
})
const retentionPut = createRoute({
  method: 'put',
  path: '/v1/retention',
  summary: 'Set how many days message texts are kept (1 to 3650, or null for forever); older texts are emptied by the worker, readings and analytics stay',
  security: bearer,
  middleware: [jsonBody(10_000)] as const,
  request: { body: jsonRequest(RetentionChange) },
  responses: { 200: jsonAnswer(RetentionSchema, 'The retention period'), ...problems(400, 415) },
})

/** A customer's export and erasure, the audit trail and the retention period. */
export function privacyRoutes(services: Pick<Services, 'db' | 'clock' | 'adaptations'>) {
  const { db, clock } = services
  return new OpenAPIHono<ApiEnv>()
    .openapi(exportRoute, async (c) => c.json(toWire(await customerExport(db, c.get('workspaceId'), c.req.param('id'), c.req.query('source') ?? 'api', c.get('keyId'), clock())), 200))
    .openapi(eraseRoute, async (c) => c.json(toWire(await eraseCustomerData(services, c.get('workspaceId'), c.req.param('id'), c.req.query('source') ?? 'api', c.get('keyId'))), 200))
    .openapi(auditRoute, async (c) => {
      const raw = c.req.query('before')
      const before = raw === undefined || raw === '' ? undefined : parseAuditCursor(raw)
      if (raw !== undefined && raw !== '' && before === undefined) throw new ProblemError('UT_E_VALIDATION', '"before" must be a next_before cursor or a time in ms', [{ path: 'before', message: 'not a cursor' }])
      const action = c.req.query('action')
      return c.json(toWire(await auditTrail(db, c.get('workspaceId'), { before, limit: intParam(c, 'limit', 100, 1, 500), action: action === '' ? undefined : action })), 200)
    })
    .openapi(retentionGet, async (c) => c.json(toWire(await retentionView(db, c.get('workspaceId'))), 200))
    .openapi(retentionPut, async (c) => c.json(toWire(await changeRetention(db, c.get('workspaceId'), c.req.valid('json').retention_days, c.get('keyId'), clock())), 200), invalid('the retention period is not valid'))
}
