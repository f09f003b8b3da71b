import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { AdaptationMetrics, AdapterWeights, PromotionDecision } from '@undertone/engine'
import { modelVersionDetail, modelVersions, promote, rollback, trainNow } from '../../app/learning/model-versions.js'
import type { Services } from '../../app/services.js'
import { type AnswerOf, IdParams, bearer, objectOf, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'

/**
 * What a trained version's `metrics` holds (retrainWorkspace writes it from these engine records).
 * Storage keeps it as `Record<string, unknown>`, so the schema below stays loose; clients narrow
 * `metrics` to this type (exported from the package).
 */
export type VersionMetrics = {
  readonly label: string
  readonly heldOut: AdaptationMetrics
  /** The version active when this one was trained (`base` for the base model), on the same held-out labels. */
  readonly current: { readonly version: string; readonly heldOut: AdaptationMetrics }
  readonly decision: PromotionDecision
  readonly trainLabels: Readonly<Record<string, number>>
  readonly disputed: number
  readonly terms: AdapterWeights['terms']
  readonly languages: AdapterWeights['languages']
}

const Rescore = { rescore: z.literal('queued') }

const ModelVersionSchema = z
  .object({
    id: z.string(),
    number: z.number(),
    status: z.enum(['active', 'candidate', 'rejected', 'retired']),
    metrics: objectOf<AnswerOf<typeof modelVersionDetail>['metrics']>(),
    trainedOn: z.number(),
    heldOut: z.number(),
    createdAt: z.number(),
    promotedAt: z.number().nullable(),
    retiredAt: z.number().nullable(),
  })
  .openapi('ModelVersion')

const list = createRoute({
  method: 'get',
  path: '/v1/models',
  summary: 'This workspace’s model versions with their held-out metrics, newest first; which one is active',
  security: bearer,
  responses: { 200: jsonAnswer(z.object({ base: z.string(), active: z.string().nullable(), versions: z.array(ModelVersionSchema) }), 'Model versions'), ...problems() },
})
const detail = createRoute({ method: 'get', path: '/v1/models/{id}', summary: 'One model version with its metrics and learned terms', security: bearer, request: { params: IdParams }, responses: { 200: jsonAnswer(ModelVersionSchema, 'The version (with its learned terms in its metrics)'), ...problems(404) } })
const train = createRoute({
  method: 'post',
  path: '/v1/models/train',
  summary: 'Retrain this workspace’s adapter from its corrections (a background job; ?wait=true runs it now and returns the result)',
  security: bearer,
  request: { query: z.object({ wait: queryParam('"true" trains now and answers the result') }) },
  responses: { 202: jsonAnswer(z.object({ queued: z.literal(true) }), 'Queued'), 200: jsonAnswer(z.object({ version: objectOf<NonNullable<AnswerOf<typeof trainNow>['version']>>().nullable(), decision: objectOf<NonNullable<AnswerOf<typeof trainNow>['decision']>>().nullable(), promoted: z.boolean() }), 'Trained (with ?wait=true)'), ...problems() },
})
const promoteRoute = createRoute({
  method: 'post',
  path: '/v1/models/{id}/promote',
  summary: 'Promote a version that beat the active one on held-out labels; recent messages are then read again',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonAnswer(z.object({ active: z.string(), changed: z.boolean(), rescore: Rescore.rescore.optional() }), 'The active version'), ...problems(404, 409) },
})
const rollbackRoute = createRoute({
  method: 'post',
  path: '/v1/models/rollback',
  summary: 'Go back to the version active before the current one (or the base model); recent messages are then read again',
  security: bearer,
  responses: { 200: jsonAnswer(z.object({ active: z.string().nullable(), previous: z.string(), ...Rescore }), 'The active version'), ...problems(409) },
})

/** The workspace's model versions: list, detail, train, promote, roll back. */
export function modelsRoutes(services: Services) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(list, async (c) => c.json(await modelVersions(services.db, c.get('workspaceId'), services.reader.modelVersion), 200))
    .openapi(detail, async (c) => c.json(await modelVersionDetail(services.db, c.get('workspaceId'), c.req.param('id')), 200))
    .openapi(train, async (c) => {
    const workspaceId = c.get('workspaceId')
    if (c.req.query('wait') !== 'true') {
      await services.scheduler.learning({ kind: 'train', workspaceId })
      return c.json({ queued: true as const }, 202)
    }
    return c.json(await trainNow(services, workspaceId), 200)
  })
    .openapi(promoteRoute, async (c) => c.json(await promote(services, c.get('workspaceId'), c.req.param('id')), 200))
    .openapi(rollbackRoute, async (c) => c.json(await rollback(services, c.get('workspaceId')), 200))
}
