import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { Scheduler } from '../../app/scheduler.js'
import { discoverWorkspaceTopics } from '../../app/topics/discover-workspace-topics.js'
import { topicsView } from '../../app/topics-view.js'
import { bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { intParam } from '../query-params.js'
import { toWire } from '../wire.js'

/** A topic: a cluster of the workspace's customer messages, named by its strongest terms. */
const TopicSchema = z
  .object({ id: z.string(), label: z.string(), terms: z.array(z.object({ term: z.string(), weight: z.number() })), size: z.number().openapi({ description: 'Messages of the discovery sample in it' }) })
  .openapi('Topic')
const TopicVolumeSchema = TopicSchema.extend({ n: z.number(), negative_share: z.number(), mean_score: z.number() }).openapi('TopicVolume')

const list = createRoute({
  method: 'get',
  path: '/v1/analytics/topics',
  summary: 'The workspace’s topics (clusters of its customer messages) with volume, negative share and mean sentiment over ?days (default 30)',
  security: bearer,
  request: { query: z.object({ days: queryParam('1 to 365 (default 30)') }) },
  responses: { 200: jsonAnswer(z.object({ computed_at: z.number().nullable(), sample: z.number(), days: z.number(), topics: z.array(TopicVolumeSchema) }), 'The topics'), ...problems(400) },
})

const discover = createRoute({
  method: 'post',
  path: '/v1/analytics/topics/discover',
  summary: 'Find the topics again from recent messages (?wait=true to wait; otherwise the worker does it) and rebuild the topic rollups',
  security: bearer,
  request: { query: z.object({ wait: queryParam('"true" discovers now and answers the topics'), k: queryParam('how many topics, 2 to 40 (default 12)') }) },
  responses: {
    202: jsonAnswer(z.object({ queued: z.literal(true) }), 'Queued for the worker'),
    200: jsonAnswer(z.object({ topics: z.array(TopicSchema), sample: z.number(), backfilled: z.number() }), 'The topics found (with ?wait=true)'),
    ...problems(400),
  },
})

/** The workspace's topics, and their rediscovery. */
export function topicsRoutes(db: Kysely<Database>, clock: () => number, scheduler: Scheduler) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(list, async (c) => c.json(toWire(await topicsView(db, c.get('workspaceId'), clock(), intParam(c, 'days', 30, 1, 365))), 200))
    .openapi(discover, async (c) => {
    const workspaceId = c.get('workspaceId')
    const k = intParam(c, 'k', 12, 2, 40)
    if (c.req.query('wait') !== 'true') {
      await scheduler.learning({ kind: 'topics', workspaceId })
      return c.json({ queued: true as const }, 202)
    }
    const r = await discoverWorkspaceTopics(db, workspaceId, clock(), { k })
    return c.json(toWire({ topics: r.topics, sample: r.sample, backfilled: r.backfilled }), 200)
  })
}
