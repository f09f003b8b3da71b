import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { StoredReading } from '@undertone/storage'
import type { Context } from 'hono'
import { flagForReview } from '../../app/learning/corrections.js'
import { type ReviewQuery, reviewQueue } from '../../app/learning/review-queue.js'
import type { Services } from '../../app/services.js'
import { bearer, invalid, jsonAnswer, jsonRequest, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { StoredCueSchema } from '../reading-schemas.js'
import { choiceParam, onlyParams, pageParams, patternParam } from '../strict-query.js'
import { toWire } from '../wire.js'

type StoredCue = StoredReading['cues'][number]

const FlagSchema = z.object({ message_id: z.string().min(1).max(100), flagged_by: z.string().min(1).max(200), note: z.string().max(1000).optional() }).strict().openapi('ReviewFlag')

/** Why a reading was picked, and the labels a reading can have: the words the filters take. */
const REASONS = ['flagged', 'uncertain', 'cue-disagreement', 'novel', 'outcome-disagreement'] as const
const LABELS = ['negative', 'neutral', 'positive'] as const

const ReviewItemSchema = z
  .object({
    message_id: z.string(),
    conversation_id: z.string(),
    text: z.string(),
    created_at: z.number(),
    label: z.string(),
    language: z.string().openapi({ description: 'The language the message was read in (en, de, …)' }),
    score: z.number(),
    confidence: z.number(),
    emotions: z.record(z.string(), z.number()).openapi({ description: 'Emotion name → 0..1' }),
    cues: z.array(StoredCueSchema),
    priority: z.number(),
    reasons: z.array(z.enum(REASONS)),
  })
  .openapi('ReviewItem')

const CountSchema = z.object({ value: z.string(), count: z.number() })
const ReviewQuerySchema = z.object({
  page: queryParam('page from 1 (default 1)'),
  page_size: queryParam('readings per page, 1 to 200 (default 50)'),
  limit: queryParam('older name for page_size'),
  reason: queryParam(`only readings picked for this reason (${REASONS.join(', ')})`),
  language: queryParam('only readings in this language (en, de, …)'),
  label: queryParam('only readings with this label (negative, neutral, positive)'),
})

/** The queue's query parameters, each checked: a bad value is a 400 naming it. */
function reviewQuery(c: Context): ReviewQuery {
  onlyParams(c, Object.keys(ReviewQuerySchema.shape))
  const { page, pageSize } = pageParams(c, 50, 200)
  return { page, pageSize, reason: choiceParam(c, 'reason', REASONS), language: patternParam(c, 'language', /^[a-z]{2,3}$/, 'a language code such as en or de'), label: choiceParam(c, 'label', LABELS) }
}

const queue = createRoute({
  method: 'get',
  path: '/v1/review',
  summary: 'Readings picked for review by active learning (uncertainty, cue disagreement, novelty, outcome disagreement), within the daily budget',
  security: bearer,
  request: { query: ReviewQuerySchema },
  responses: {
    200: jsonAnswer(
      z.object({
        items: z.array(ReviewItemSchema),
        total: z.number().openapi({ description: "How many of today's picks match the filters" }),
        page: z.number(),
        page_size: z.number(),
        facets: z.object({ reasons: z.array(CountSchema), languages: z.array(CountSchema), labels: z.array(CountSchema) }).openapi({ description: "Counts over all of today's picks, whatever the filters" }),
        budget: z.object({ daily: z.number(), used_today: z.number(), remaining: z.number() }),
      }),
      'A page of the readings to review',
    ),
    ...problems(400),
  },
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
      const picked = await reviewQueue(services.db, services.adaptations, c.get('workspaceId'), services.clock(), reviewQuery(c))
      // Storage reads a candidate's cues as {kind, weight}, all the ranking needs; they are the stored reading's cues.
      return c.json(toWire({ ...picked, items: picked.items.map((i) => ({ ...i, cues: i.cues as unknown as readonly StoredCue[] })) }), 200)
    })
    .openapi(flag, async (c) => c.json(toWire(await flagForReview(services.db, c.get('workspaceId'), c.req.valid('json'), services.clock())), 201), invalid('the flag is not valid'))
}
