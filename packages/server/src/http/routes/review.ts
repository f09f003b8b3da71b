import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { StoredReading } from '@undertone/storage'
import { flagForReview } from '../../app/learning/corrections.js'
import { reviewQueue } from '../../app/learning/review-queue.js'
import type { Services } from '../../app/services.js'
import { bearer, invalid, jsonAnswer, jsonRequest, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { intParam } from '../query-params.js'
import { StoredCueSchema } from '../reading-schemas.js'
import { toWire } from '../wire.js'

type StoredCue = StoredReading['cues'][number]

const FlagSchema = z.object({ message_id: z.string().min(1).max(100), flagged_by: z.string().min(1).max(200), note: z.string().max(1000).optional() }).strict().openapi('ReviewFlag')

const ReviewItemSchema = z
  .object({
    message_id: z.string(),
    conversation_id: z.string(),
    text: z.string(),
    created_at: z.number(),
    label: z.string(),
    score: z.number(),
    confidence: z.number(),
    emotions: z.record(z.string(), z.number()).openapi({ description: 'Emotion name → 0..1' }),
    cues: z.array(StoredCueSchema),
    priority: z.number(),
    reasons: z.array(z.enum(['flagged', 'uncertain', 'cue-disagreement', 'novel', 'outcome-disagreement'])),
  })
  .openapi('ReviewItem')

const queue = createRoute({
  method: 'get',
  path: '/v1/review',
  summary: 'Readings picked for review by active learning (uncertainty, cue disagreement, novelty, outcome disagreement), within the daily budget',
  security: bearer,
  request: { query: z.object({ limit: queryParam('1 to 200 (default 50), within what is left of the daily budget') }) },
  responses: { 200: jsonAnswer(z.object({ items: z.array(ReviewItemSchema), budget: z.object({ daily: z.number(), used_today: z.number(), remaining: z.number() }) }), 'The readings to review'), ...problems(400) },
})
const flag = createRoute({
  method: 'post',
  path: '/v1/review/flags',
  summary: 'Flag a reading as wrong or doubtful: it goes to the top of the review queue',
  security: bearer,
  middleware: [jsonBody(100_000)] as const,
  request: { body: jsonRequest(FlagSchema) },
  responses: { 201: jsonAnswer(z.object({ message_id: z.string(), flagged_by: z.string(), created_at: z.number() }), 'Flagged'), ...problems(400, 404, 415) },
})

/** The active-learning review queue and its flags. */
export function reviewRoutes(services: Services) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(queue, async (c) => {
      const picked = await reviewQueue(services.db, services.adaptations, c.get('workspaceId'), services.clock(), intParam(c, 'limit', 50, 1, 200))
      // Storage reads a candidate's cues as {kind, weight}, all the ranking needs; they are the stored reading's cues.
      return c.json(toWire({ ...picked, items: picked.items.map((i) => ({ ...i, cues: i.cues as unknown as readonly StoredCue[] })) }), 200)
    })
    .openapi(flag, async (c) => c.json(toWire(await flagForReview(services.db, c.get('workspaceId'), c.req.valid('json'), services.clock())), 201), invalid('the flag is not valid'))
}
