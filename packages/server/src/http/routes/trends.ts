import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { type Database, ROLLUP_DIMENSIONS, type RollupDimension } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { trends } from '../../app/trends.js'
import { ProblemError } from '../../problem.js'
import { bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { rangeParams } from '../query-params.js'
import { toWire } from '../wire.js'

const GRANULARITIES = ['hour', 'day', 'week'] as const

const TrendPointSchema = z
  .object({ t: z.number(), n: z.number(), mean_score: z.number(), negative_share: z.number(), positive_share: z.number(), emotions: z.record(z.string(), z.number()).openapi({ description: 'Emotion name → mean score' }) })
  .openapi('TrendPoint')

const route = createRoute({
  method: 'get',
  path: '/v1/analytics/trends',
  summary: 'Sentiment, negative share and emotions over time, by segment (served from rollups)',
  security: bearer,
  request: {
    query: z.object({
      by: queryParam(`one of ${ROLLUP_DIMENSIONS.join(', ')} (default all)`),
      granularity: queryParam('hour, day (default) or week'),
      from: queryParam('ISO date (default 90 days before "to")'),
      to: queryParam('ISO date (default now)'),
      values: queryParam('comma-separated segment values to keep'),
    }),
  },
  responses: { 200: jsonAnswer(z.object({ by: z.string(), granularity: z.string(), from: z.number(), to: z.number(), series: z.array(z.object({ value: z.string(), points: z.array(TrendPointSchema) })) }), 'One series per segment value'), ...problems(400) },
})

/** `GET /v1/analytics/trends`. */
export function trendsRoutes(db: Kysely<Database>, clock: () => number, maxDays: number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => {
    const by = (c.req.query('by') ?? 'all') as RollupDimension
    if (!ROLLUP_DIMENSIONS.includes(by)) throw new ProblemError('UT_E_VALIDATION', `"by" must be one of ${ROLLUP_DIMENSIONS.join(', ')}`, [{ path: 'by', message: 'unknown dimension' }])
    const granularity = (c.req.query('granularity') ?? 'day') as (typeof GRANULARITIES)[number]
    if (!GRANULARITIES.includes(granularity)) throw new ProblemError('UT_E_VALIDATION', '"granularity" must be hour, day or week', [{ path: 'granularity', message: 'unknown granularity' }])
    const { from, to } = rangeParams(c, clock(), 90, maxDays)
    const values = c.req.query('values')?.split(',').filter((v) => v !== '')
    return c.json(toWire(await trends(db, c.get('workspaceId'), { by, granularity, from, to, values })), 200)
  })
}
