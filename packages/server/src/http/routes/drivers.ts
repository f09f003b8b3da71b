import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { driversView } from '../../app/drivers-view.js'
import { type AnswerOf, bearer, jsonAnswer, objectOf, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { instantParam, intParam } from '../query-params.js'

const route = createRoute({
  method: 'get',
  path: '/v1/analytics/drivers',
  summary: 'Topics and product areas driving negative sentiment: volume × negativity × growth',
  security: bearer,
  request: { query: z.object({ days: queryParam('1 to 90 (default 7)'), limit: queryParam('1 to 50 (default 20)'), to: queryParam('ISO date: rank a past window (default now, from the snapshot)') }) },
  responses: { 200: jsonAnswer(z.object({ now: z.number(), days: z.number(), computedAt: z.number(), drivers: z.array(objectOf<AnswerOf<typeof driversView>['drivers'][number]>()) }), 'The drivers, with example messages'), ...problems(400) },
})

/** `GET /v1/analytics/drivers`. */
export function driversRoutes(db: Kysely<Database>, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => {
    const days = intParam(c, 'days', 7, 1, 90)
    const limit = intParam(c, 'limit', 20, 1, 50)
    return c.json(await driversView(db, c.get('workspaceId'), clock, { days, limit, to: instantParam(c, 'to', clock()) }), 200)
  })
}
