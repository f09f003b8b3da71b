import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { priorityQueue } from '../../app/priority-queue.js'
import { ReasonSchema, bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { intParam } from '../query-params.js'
import { toWire } from '../wire.js'

const QueueItemSchema = z
  .object({
    conversation_id: z.string(),
    external_id: z.string().optional(),
    channel: z.string().nullable().optional(),
    product_area: z.string().nullable().optional(),
    customer_id: z.string().nullable().optional(),
    segment: z.string().nullable().optional(),
    value: z.number().nullable().optional(),
    priority: z.number(),
    urgency: z.number(),
    reasons: z.array(ReasonSchema),
    sentiment: z.string().nullable(),
    emotions: z.record(z.string(), z.number()).openapi({ description: 'Emotion name → 0..1' }),
    wait_minutes: z.number(),
  })
  .openapi('QueueItem')

const route = createRoute({
  method: 'get',
  path: '/v1/queue',
  summary: 'Open conversations in priority order, with reasons',
  security: bearer,
  request: { query: z.object({ limit: queryParam('1 to 500 (default 100)') }) },
  responses: { 200: jsonAnswer(z.object({ items: z.array(QueueItemSchema) }), 'The queue'), ...problems(400) },
})

/** `GET /v1/queue`. */
export function queueRoutes(db: Kysely<Database>, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => {
    const limit = intParam(c, 'limit', 100, 1, 500)
    return c.json(toWire(await priorityQueue(db, c.get('workspaceId'), clock(), limit)), 200)
  })
}
