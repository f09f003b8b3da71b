import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { driversView } from '../../app/drivers-view.js'
import { bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { instantParam, intParam } from '../query-params.js'
import { toWire } from '../wire.js'

/** A topic, phrase or product area driving negative feeling, with the numbers behind its rank and example messages. */
const DriverSchema = z
  .object({
    topic: z.string(),
    kind: z.enum(['phrase', 'product-area', 'topic']),
    label: z.string().optional().openapi({ description: 'For topics their name; for merged phrases the phrases joined' }),
    also: z.array(z.string()).optional().openapi({ description: 'Phrases folded into this one' }),
    negative_count: z.number(),
    share_now: z.number(),
    share_previous: z.number(),
    negativity: z.number(),
    growth: z.number(),
    score: z.number(),
    examples: z.array(z.string()).openapi({ description: 'Ids of negative messages mentioning it, newest first' }),
    example_messages: z.array(z.object({ id: z.string(), conversation_id: z.string(), at: z.number(), text: z.string() })),
  })
  .openapi('Driver')

const route = createRoute({
  method: 'get',
  path: '/v1/analytics/drivers',
  summary: 'Topics and product areas driving negative sentiment: volume × negativity × growth',
  security: bearer,
  request: { query: z.object({ days: queryParam('1 to 90 (default 7)'), limit: queryParam('1 to 50 (default 20)'), to: queryParam('ISO date: rank a past window (default now, from the snapshot)') }) },
  responses: { 200: jsonAnswer(z.object({ now: z.number(), days: z.number(), computed_at: z.number(), drivers: z.array(DriverSchema) }), 'The drivers, with example messages'), ...problems(400) },
})

/** `GET /v1/analytics/drivers`. */
export function driversRoutes(db: Kysely<Database>, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => {
    const days = intParam(c, 'days', 7, 1, 90)
    const limit = intParam(c, 'limit', 20, 1, 50)
    return c.json(toWire(await driversView(db, c.get('workspaceId'), clock, { days, limit, to: instantParam(c, 'to', clock()) })), 200)
  })
}
