import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { priorityQueue } from '../../app/priority-queue.js'
import { ReasonSchema, bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { languageParam } from '../language-param.js'
import { intParam } from '../query-params.js'
import { onlyParams } from '../strict-query.js'
import { toWire } from '../wire.js'

const PriorityPartSchema = z
  .object({
    code: z.string().openapi({ description: 'urgency, frustration, repeat-contacts, wait, value, escalation or churn-risk' }),
    value: z.number().openapi({ description: "The factor's strength, 0..1" }),
    weight: z.number().openapi({ description: "The factor's weight (analysis setting priority.weights)" }),
    contribution: z.number().openapi({ description: 'Its share of the priority: the parts, largest first, add up to the priority' }),
    detail: z.string(),
  })
  .openapi('PriorityPart')

const DampingSchema = z
  .object({
    code: z.literal('not-waiting'),
    factor: z.number().openapi({ description: 'The priority the factors gave was multiplied by this (priority.not_waiting)' }),
    removed: z.number().openapi({ description: 'What the damping took off: the parts plus this are the undamped priority' }),
    detail: z.string(),
  })
  .openapi('PriorityDamping')

const QueueItemSchema = z
  .object({
    conversation_id: z.string(),
    external_id: z.string().optional(),
    channel: z.string().nullable().optional(),
    product_area: z.string().nullable().optional(),
    customer_id: z.string().nullable().optional(),
    segment: z.string().nullable().optional(),
    value: z.number().nullable().optional(),
    language: z.string().openapi({ description: 'The language of the latest customer reading that has one; "und" when none has' }),
    priority: z.number(),
    parts: z.array(PriorityPartSchema).openapi({ description: "Every factor of the priority, largest contribution first; the contributions add up to the priority" }),
    damping: DampingSchema.nullable().openapi({ description: 'What not waiting took off the priority; null while the customer waits' }),
    urgency: z.number(),
    reasons: z.array(ReasonSchema).openapi({ description: 'The parts that matter (contributing at least 0.02), largest first' }),
    sentiment: z.string().nullable(),
    emotions: z.record(z.string(), z.number()).openapi({ description: 'Emotion name → 0..1' }),
    waiting: z.boolean().openapi({ description: 'True while the customer waits for a reply' }),
    waiting_since: z.number().nullable().openapi({ description: 'Since when (ms since the epoch); null when not waiting' }),
    answered: z.boolean().openapi({ description: 'Whether an agent has ever replied in the conversation' }),
    wait_minutes: z.number(),
    sla_minutes: z.number().openapi({ description: 'The reply SLA the wait is measured against, in minutes' }),
  })
  .openapi('QueueItem')

const QueueQuerySchema = z.object({ limit: queryParam('1 to 500 (default 100)'), language: queryParam('only conversations in this language (ISO 639 code, or "und"): that of their latest customer reading with one') })

const route = createRoute({
  method: 'get',
  path: '/v1/queue',
  summary: 'Open conversations in priority order, with the parts of each priority',
  security: bearer,
  request: { query: QueueQuerySchema },
  responses: { 200: jsonAnswer(z.object({ items: z.array(QueueItemSchema) }), 'The queue'), ...problems(400) },
})

/** `GET /v1/queue`. */
export function queueRoutes(db: Kysely<Database>, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => {
    // An unknown parameter (`?lang=de`) is refused, not ignored into an unfiltered queue.
    onlyParams(c, Object.keys(QueueQuerySchema.shape))
    const limit = intParam(c, 'limit', 100, 1, 500)
    const language = languageParam(c)
    return c.json(toWire(await priorityQueue(db, c.get('workspaceId'), clock(), limit, language === undefined ? {} : { language })), 200)
  })
}
