import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { type Database, ROLLUP_DIMENSIONS } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { removeTarget, setTarget, targetsWithProgress } from '../../app/targets.js'
import { IdParams, bearer, invalid, jsonAnswer, jsonRequest, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { toWire } from '../wire.js'

const TargetSchema = z
  .object({
    name: z.string().min(1).max(200),
    metric: z.enum(['negative_share', 'mean_score', 'frustration', 'anger', 'confusion', 'urgency', 'satisfaction', 'gratitude', 'disappointment', 'sarcasm']),
    dimension: z.enum(ROLLUP_DIMENSIONS).optional(),
    value: z.string().max(200).optional(),
    goal: z.number().finite(),
    direction: z.enum(['down', 'up']).optional(),
    start: z.iso.datetime({ offset: true }).optional(),
    due: z.iso.datetime({ offset: true }),
  })
  .strict()
  .openapi('Target')

const TargetRecordSchema = z
  .object({ id: z.string(), name: z.string(), metric: z.string(), dimension: z.string(), value: z.string(), goal: z.number(), direction: z.enum(['down', 'up']), start_at: z.number(), due_at: z.number() })
  .openapi('TargetRecord')

/** How far a target has come: 0..1 of the way from the baseline to the goal, and a linear forecast at the due date. */
const TargetProgressSchema = z.object({ baseline: z.number(), current: z.number(), progress: z.number(), forecast: z.number(), on_track: z.boolean() }).openapi('TargetProgress')

const create = createRoute({
  method: 'post',
  path: '/v1/targets',
  summary: 'Set a target (metric, segment, goal, due date)',
  security: bearer,
  middleware: [jsonBody(100_000)] as const,
  request: { body: jsonRequest(TargetSchema) },
  responses: { 201: jsonAnswer(TargetRecordSchema, 'The target'), ...problems(400, 415) },
})
const list = createRoute({ method: 'get', path: '/v1/targets', summary: 'Targets with progress and forecast', security: bearer, responses: { 200: jsonAnswer(z.object({ targets: z.array(TargetRecordSchema.extend({ progress: TargetProgressSchema.nullable(), points: z.array(z.object({ t: z.number(), value: z.number() })) })) }), 'Targets'), ...problems() } })
const remove = createRoute({ method: 'delete', path: '/v1/targets/{id}', summary: 'Remove a target', security: bearer, request: { params: IdParams }, responses: { 204: { description: 'Removed' }, ...problems(404) } })

/** Targets: set a goal on a metric for a segment and see progress and a forecast. */
export function targetsRoutes(db: Kysely<Database>, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(create, async (c) => c.json(toWire(await setTarget(db, c.get('workspaceId'), c.req.valid('json'), clock())), 201), invalid('the target is not valid'))
    .openapi(list, async (c) => c.json(toWire(await targetsWithProgress(db, c.get('workspaceId'), clock())), 200))
    .openapi(remove, async (c) => {
    await removeTarget(db, c.get('workspaceId'), c.req.param('id'))
    return c.body(null, 204)
  })
}
