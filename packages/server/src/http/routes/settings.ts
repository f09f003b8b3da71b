import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { BUILTIN_PROFILES, EMOTIONS } from '@undertone/engine'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { changeSettings, settingsView } from '../../app/workspace-settings-view.js'
import { type AnswerOf, bearer, objectOf, invalid, jsonAnswer, jsonRequest, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'

const TermSchema = z
  .object({
    pattern: z.string().min(1).max(200),
    polarity: z.number().min(-1).max(1),
    emotions: z.partialRecord(z.enum(EMOTIONS), z.number().min(0).max(3)).optional(),
    note: z.string().max(500).optional(),
  })
  .strict()

const SettingsPatchSchema = z
  .object({
    domain: z.enum(BUILTIN_PROFILES.map((p) => p.id) as [string, ...string[]]).nullable().optional(),
    terms: z.array(TermSchema).max(500).optional(),
    analysis: z.record(z.string(), z.unknown()).nullable().optional(),
    learning: z
      .object({ dailyReviewBudget: z.number().int().min(0).max(10_000).optional(), rescoreDays: z.number().int().min(1).max(365).optional(), autoPromote: z.boolean().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('SettingsPatch')

const read = createRoute({
  method: 'get',
  path: '/v1/settings',
  summary: 'This workspace’s settings: domain, own and learned terms, analysis thresholds (overrides, effective, defaults), learning',
  security: bearer,
  responses: { 200: jsonAnswer(objectOf<AnswerOf<typeof settingsView>>(), 'The settings'), ...problems() },
})
const change = createRoute({
  method: 'patch',
  path: '/v1/settings',
  summary: 'Change settings; give only what changes (terms replace the team’s own terms; analysis replaces the overrides; null clears)',
  security: bearer,
  middleware: [jsonBody(1_000_000)] as const,
  request: { body: jsonRequest(SettingsPatchSchema) },
  responses: { 200: jsonAnswer(objectOf<AnswerOf<typeof changeSettings>>(), 'The new settings'), ...problems(400, 415) },
})

/**
 * Workspace settings (domain profile, the team's own terms, analysis thresholds and weights,
 * learning-loop settings). A change applies to messages read from then on.
 */
export function settingsRoutes(db: Kysely<Database>) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(read, async (c) => c.json(await settingsView(db, c.get('workspaceId')), 200))
    .openapi(change, async (c) => c.json(await changeSettings(db, c.get('workspaceId'), c.req.valid('json')), 200), invalid('the settings are not valid'))
}
