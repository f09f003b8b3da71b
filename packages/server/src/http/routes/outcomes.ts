import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { recordOutcome } from '../../app/learning/outcomes.js'
import { bearer, invalid, jsonAnswer, jsonRequest, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { toWire } from '../wire.js'

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

const route = createRoute({
  method: 'post',
  path: '/v1/outcomes',
  summary: 'Report how things turned out (CSAT for a conversation, churn for a customer), for the review queue',
  security: bearer,
  middleware: [jsonBody(100_000)] as const,
  request: { body: jsonRequest(OutcomeSchema) },
  responses: { 200: jsonAnswer(z.object({ recorded: z.literal(true) }), 'Recorded'), ...problems(400, 404, 415) },
})

/** `POST /v1/outcomes`. */
export function outcomesRoutes(db: Kysely<Database>) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => c.json(toWire(await recordOutcome(db, c.get('workspaceId'), c.req.valid('json'))), 200), invalid('the outcome is not valid'))
}
