import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { ConversationReading } from '@undertone/analysis'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { conversationView } from '../../app/conversation-view.js'
import { IdParams, bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { ConversationReadingSchema, TimelineMessageSchema } from '../reading-schemas.js'
import { toWire } from '../wire.js'

const ConversationSchema = z
  .object({
    id: z.string(),
    external_id: z.string(),
    source: z.string(),
    status: z.string(),
    channel: z.string().nullable(),
    product_area: z.string().nullable(),
    tags: z.array(z.string()),
    customer_id: z.string().nullable(),
    messages: z.array(TimelineMessageSchema),
    analysis: ConversationReadingSchema.nullable().openapi({ description: 'The conversation’s reading: arc, trend, escalation, waiting (null before its first reading)' }),
  })
  .openapi('Conversation')

const route = createRoute({
  method: 'get',
  path: '/v1/conversations/{id}',
  summary: 'A conversation with its messages, readings, arc and escalation',
  security: bearer,
  request: { params: IdParams, query: z.object({ source: queryParam('the source of an external id (default "api")') }) },
  responses: { 200: jsonAnswer(ConversationSchema, 'The conversation'), ...problems(404) },
})

/** `GET /v1/conversations/{id}` (an id, or an external id). */
export function conversationsRoutes(db: Kysely<Database>) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => {
      const view = await conversationView(db, c.get('workspaceId'), c.req.param('id'), c.req.query('source') ?? 'api')
      // The stored body is the reading readAndStore wrote.
      return c.json(toWire({ ...view, analysis: view.analysis as ConversationReading | null }), 200)
    })
}
