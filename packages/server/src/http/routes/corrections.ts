import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { EMOTIONS } from '@undertone/engine'
import { correctReading, correctionAgreement, correctionList } from '../../app/learning/corrections.js'
import { importCorrectionFile } from '../../app/learning/import-correction-file.js'
import type { Services } from '../../app/services.js'
import { ProblemError } from '../../problem.js'
import { bearer, invalid, jsonAnswer, jsonRequest, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody, readText } from '../middleware/read-body.js'
import { toWire } from '../wire.js'

const CorrectionSchema = z
  .object({
    message_id: z.string().min(1).max(100),
    reviewer: z.string().min(1).max(200),
    label: z.enum(['negative', 'neutral', 'positive']).optional(),
    emotions: z.partialRecord(z.enum(EMOTIONS), z.number().min(0).max(1)).optional(),
    cues: z.array(z.object({ kind: z.string().max(50), start: z.number().int().min(0), end: z.number().int().min(0), correct: z.boolean() }).strict()).max(50).optional(),
    source: z.enum(['api', 'dashboard', 'cli']).optional(),
  })
  .strict()
  .refine((v) => v.label !== undefined || v.emotions !== undefined || v.cues !== undefined, { message: 'give a label, emotions or cues' })
  .openapi('Correction')

const ListedCorrectionSchema = z
  .object({
    id: z.string(),
    message_id: z.string(),
    reviewer: z.string(),
    label: z.string().nullable(),
    emotions: z.unknown().openapi({ description: 'Emotion name → 0..1 as the reviewer gave them, or null' }),
    cues: z.unknown().openapi({ description: 'The cues the reviewer judged ({kind, start, end, correct}), or null' }),
    predicted_label: z.string().nullable(),
    model_version: z.string().nullable(),
    source: z.string(),
    created_at: z.number(),
  })
  .openapi('ListedCorrection')

const create = createRoute({
  method: 'post',
  path: '/v1/corrections',
  summary: 'Correct or confirm a reading (sentiment, emotions, cues); takes effect for similar messages at once',
  security: bearer,
  middleware: [jsonBody(100_000)] as const,
  request: { body: jsonRequest(CorrectionSchema) },
  responses: {
    201: jsonAnswer(
      z.object({
        id: z.string(),
        message_id: z.string(),
        reviewer: z.string(),
        label: z.string().nullable(),
        created_at: z.number(),
        predicted_label: z.string().nullable(),
        reading: z.object({ label: z.string(), score: z.number(), confidence: z.number(), model_version: z.string() }).nullable().openapi({ description: 'A customer message’s reading under the correction (null for other messages)' }),
      }),
      'Stored',
    ),
    ...problems(400, 404, 415),
  },
})
const list = createRoute({
  method: 'get',
  path: '/v1/corrections',
  summary: 'Corrections of this workspace, newest first (filter with message_id)',
  security: bearer,
  request: { query: z.object({ message_id: queryParam('only this message’s corrections') }) },
  responses: { 200: jsonAnswer(z.object({ corrections: z.array(ListedCorrectionSchema) }), 'Corrections'), ...problems() },
})
const importFile = createRoute({
  method: 'post',
  path: '/v1/corrections/import',
  summary: 'Import corrections in bulk: CSV (text/csv) or JSON Lines (application/x-ndjson); ?skip_invalid=true stores the valid rows of a file with errors',
  security: bearer,
  request: {
    query: z.object({ skip_invalid: queryParam('"true" imports the valid rows of a file with errors'), reviewer: queryParam('who labelled the rows (default "import")') }),
    body: { content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } } },
  },
  responses: { 201: jsonAnswer(z.object({ imported: z.number(), skipped: z.number(), errors: z.array(z.object({ line: z.number(), message: z.string() })) }), 'Imported'), ...problems(400, 413, 415, 503) },
})
const agreement = createRoute({
  method: 'get',
  path: '/v1/corrections/agreement',
  summary: 'How often reviewers who labelled the same message agreed (share of pairs and Cohen’s kappa)',
  security: bearer,
  responses: { 200: jsonAnswer(z.object({ messages: z.number(), pairs: z.number(), agreement: z.number().nullable(), kappa: z.number().nullable() }), 'Agreement'), ...problems() },
})

/** Corrections: one at a time (applied at once), listed, imported in bulk, and reviewers' agreement. */
export function correctionsRoutes(services: Services, maxBody: number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(create, async (c) => c.json(toWire(await correctReading(services, c.get('workspaceId'), c.req.valid('json'), c.get('keyId'))), 201), invalid('the correction is not valid'))
    .openapi(list, async (c) => c.json(toWire(await correctionList(services.db, c.get('workspaceId'), c.req.query('message_id'))), 200))
    .openapi(importFile, async (c) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase()
    const format = type.includes('text/csv') ? 'csv' : type.includes('ndjson') || type.includes('jsonl') ? 'jsonl' : undefined
    if (format === undefined) throw new ProblemError('UT_E_UNSUPPORTED_MEDIA', 'send text/csv or application/x-ndjson')
    const body = await readText(c, maxBody)
    return c.json(toWire(await importCorrectionFile(services, c.get('workspaceId'), { body, format, reviewer: c.req.query('reviewer') ?? 'import', skipInvalid: c.req.query('skip_invalid') === 'true' })), 201)
  })
    .openapi(agreement, async (c) => c.json(toWire(await correctionAgreement(services.db, c.get('workspaceId'))), 200))
}
