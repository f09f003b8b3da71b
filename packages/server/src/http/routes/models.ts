import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { AdaptationMetrics, AdapterWeights, PromotionDecision } from '@undertone/engine'
import type { ModelVersionRow } from '@undertone/storage'
import { modelVersionDetail, modelVersions, promote, rollback, trainNow } from '../../app/learning/model-versions.js'
import type { Services } from '../../app/services.js'
import { IdParams, bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { DomainTermSchema } from '../schemas.js'
import { toWire } from '../wire.js'

/**
 * What a trained version's `metrics` holds (retrainWorkspace writes it from these engine records).
 * Storage keeps it as `Record<string, unknown>`; the routes answer it as this record (snake_case,
 * `VersionMetricsSchema`).
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

const HeldOutSchema = z
  .object({ n: z.number(), accuracy: z.number(), macro_f1: z.number(), per_label: z.array(z.object({ label: z.enum(['negative', 'neutral', 'positive']), f1: z.number(), support: z.number() })) })
  .openapi('HeldOutMetrics')
const DecisionSchema = z.object({ promote: z.boolean(), reason: z.string() }).openapi('PromotionDecision')
const VersionMetricsSchema = z
  .object({
    label: z.string(),
    held_out: HeldOutSchema,
    current: z.object({ version: z.string(), held_out: HeldOutSchema }).openapi({ description: 'The version active when this one was trained (`base` for the base model), on the same held-out labels' }),
    decision: DecisionSchema,
    train_labels: z.record(z.string(), z.number()).openapi({ description: 'Label → training examples' }),
    disputed: z.number(),
    terms: z.array(DomainTermSchema).openapi({ description: 'The words the version learned to read differently' }),
    languages: z.record(z.string(), z.number()).openapi({ description: 'Language code → corrected examples' }),
  })
  .openapi('VersionMetrics')

/** A stored version with its metrics read as retrainWorkspace wrote them. */
const withMetrics = (v: ModelVersionRow) => ({ ...v, metrics: v.metrics as unknown as VersionMetrics })

const ModelVersionSchema = z
  .object({
    id: z.string(),
    number: z.number(),
    status: z.enum(['active', 'candidate', 'rejected', 'retired']),
    metrics: VersionMetricsSchema,
    trained_on: z.number(),
    held_out: z.number(),
    created_at: z.number(),
    promoted_at: z.number().nullable(),
    retired_at: z.number().nullable(),
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
  responses: { 202: jsonAnswer(z.object({ queued: z.literal(true) }), 'Queued'), 200: jsonAnswer(z.object({ version: ModelVersionSchema.nullable(), decision: DecisionSchema.nullable(), promoted: z.boolean() }), 'Trained (with ?wait=true)'), ...problems() },
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
    .openapi(list, async (c) => {
      const answer = await modelVersions(services.db, c.get('workspaceId'), services.reader.modelVersion)
      return c.json(toWire({ ...answer, versions: answer.versions.map(withMetrics) }), 200)
    })
    .openapi(detail, async (c) => c.json(toWire(withMetrics(await modelVersionDetail(services.db, c.get('workspaceId'), c.req.param('id')))), 200))
    .openapi(train, async (c) => {
    const workspaceId = c.get('workspaceId')
    if (c.req.query('wait') !== 'true') {
      await services.scheduler.learning({ kind: 'train', workspaceId })
      return c.json({ queued: true as const }, 202)
    }
    const r = await trainNow(services, workspaceId)
    return c.json(toWire({ ...r, version: r.version === null ? null : withMetrics(r.version) }), 200)
  })
    .openapi(promoteRoute, async (c) => c.json(toWire(await promote(services, c.get('workspaceId'), c.req.param('id'))), 200))
    .openapi(rollbackRoute, async (c) => c.json(toWire(await rollback(services, c.get('workspaceId'))), 200))
}
