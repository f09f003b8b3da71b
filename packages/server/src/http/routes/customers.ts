import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { CustomerReading } from '@undertone/analysis'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { customerView } from '../../app/customer-view.js'
import { IdParams, bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { CustomerReadingSchema } from '../reading-schemas.js'
import { toWire } from '../wire.js'

const CustomerSchema = z
  .object({
    id: z.string(),
    external_id: z.string(),
    segment: z.string().nullable(),
    plan: z.string().nullable(),
    value: z.number().nullable(),
    analysis: CustomerReadingSchema.nullable().openapi({ description: 'The customer’s reading: health, churn risk with reasons (null before its first reading)' }),
    conversations: z.array(z.object({ id: z.string(), external_id: z.string(), status: z.string(), created_at: z.number(), last_customer_at: z.number().nullable(), trend: z.string().nullable(), escalation: z.number().nullable() })),
  })
  .openapi('Customer')

const route = createRoute({
  method: 'get',
  path: '/v1/customers/{id}',
  summary: 'A customer: health, churn risk with reasons, conversations',
  security: bearer,
  request: { params: IdParams, query: z.object({ source: queryParam('the source of an external id (default "api")') }) },
  responses: { 200: jsonAnswer(CustomerSchema, 'The customer'), ...problems(404) },
})

/** `GET /v1/customers/{id}` (an id, or an external id). */
export function customersRoutes(db: Kysely<Database>) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => {
      const view = await customerView(db, c.get('workspaceId'), c.req.param('id'), c.req.query('source') ?? 'api')
      // The stored body is the customer reading without its conversations (see readAndStore).
      return c.json(toWire({ ...view, analysis: view.analysis as Omit<CustomerReading, 'conversations'> | null }), 200)
    })
}
