import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG, type DeepPartial, MAX_REDACTION_RULES } from '@undertone/analysis'
import { BUILTIN_PROFILES, EMOTIONS } from '@undertone/engine'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { RedactionRuleSchema } from '../../app/workspace-settings.js'
import { type SettingsChange, changeSettings, settingsView } from '../../app/workspace-settings-view.js'
import { ProblemError } from '../../problem.js'
import { bearer, invalid, jsonAnswer, jsonRequest, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { DomainTermSchema } from '../schemas.js'
import { type Wire, fromWireKeys, snakeKey, toWire } from '../wire.js'

const TermSchema = z
  .object({
    pattern: z.string().min(1).max(200),
    polarity: z.number().min(-1).max(1),
    emotions: z.partialRecord(z.enum(EMOTIONS), z.number().min(0).max(3)).optional(),
    note: z.string().max(500).optional(),
  })
  .strict()

// Redaction of personal data at ingest (see app/workspace-settings.ts): each built-in kind on or off, and extra rules.
const RedactKindsSchema = z.object({ email: z.boolean(), phone: z.boolean(), card: z.boolean(), iban: z.boolean(), ip: z.boolean(), national_id: z.boolean() })
const PrivacySchema = z.object({ redact: RedactKindsSchema, extra_rules: z.array(RedactionRuleSchema) }).openapi('PrivacySettings')
const PrivacyPatchSchema = z
  .object({ redact: RedactKindsSchema.partial().strict().optional(), extra_rules: z.array(RedactionRuleSchema).max(MAX_REDACTION_RULES).optional() })
  .strict()
  .nullable()
  .optional()
  .openapi({ description: 'Redaction at ingest: kinds given change (every kind is on by default); extra_rules replace the workspace’s ({name, pattern, replacement?}, a pattern that could backtrack catastrophically is refused); null goes back to the defaults' })

const SettingsPatchSchema = z
  .object({
    domain: z.enum(BUILTIN_PROFILES.map((p) => p.id) as [string, ...string[]]).nullable().optional(),
    terms: z.array(TermSchema).max(500).optional(),
    analysis: z.record(z.string(), z.unknown()).nullable().optional().openapi({ description: 'Overrides of the analysis settings, nested and snake_case like `analysis.defaults` (e.g. {"sla": {"reply_minutes": 60}})' }),
    learning: z
      .object({ daily_review_budget: z.number().int().min(0).max(10_000).optional(), rescore_days: z.number().int().min(1).max(365).optional(), auto_promote: z.boolean().optional() })
      .strict()
      .optional(),
    privacy: PrivacyPatchSchema,
  })
  .strict()
  .openapi('SettingsPatch')

/** The schema of a tree of numbers (the analysis settings) with the shape of `tree`; every number optional when `partial`. */
function numberTree(tree: object, partial: boolean): z.ZodType {
  const shape = Object.fromEntries(
    Object.entries(tree).map(([k, v]) => {
      const s = typeof v === 'number' ? z.number() : numberTree(v as object, partial)
      return [k, partial ? s.optional() : s]
    }),
  )
  return z.object(shape)
}
// Built from the defaults, so a new setting is documented without a second list of them.
const AnalysisConfigSchema = numberTree(toWire(DEFAULT_ANALYSIS_CONFIG), false).openapi('AnalysisConfig') as unknown as z.ZodType<Wire<AnalysisConfig>>
const AnalysisOverridesSchema = numberTree(toWire(DEFAULT_ANALYSIS_CONFIG), true).openapi('AnalysisOverrides') as unknown as z.ZodType<Wire<DeepPartial<AnalysisConfig>>>

const SettingsSchema = z
  .object({
    workspace: z.string(),
    domain: z.string().nullable(),
    domains: z.array(z.object({ id: z.string(), label: z.string() })),
    terms: z.array(DomainTermSchema).openapi({ description: 'The team’s own terms' }),
    learned_terms: z.array(DomainTermSchema).openapi({ description: 'Terms learned from corrections' }),
    analysis: z.object({ overrides: AnalysisOverridesSchema, effective: AnalysisConfigSchema, defaults: AnalysisConfigSchema }),
    learning: z.object({ daily_review_budget: z.number(), rescore_days: z.number(), auto_promote: z.boolean() }),
    privacy: PrivacySchema,
  })
  .openapi('Settings')

const read = createRoute({
  method: 'get',
  path: '/v1/settings',
  summary: 'This workspace’s settings: domain, own and learned terms, analysis thresholds (overrides, effective, defaults), learning',
  security: bearer,
  responses: { 200: jsonAnswer(SettingsSchema, 'The settings'), ...problems() },
})
const change = createRoute({
  method: 'patch',
  path: '/v1/settings',
  summary: 'Change settings; give only what changes (terms replace the team’s own terms; analysis replaces the overrides; null clears)',
  security: bearer,
  middleware: [jsonBody(1_000_000)] as const,
  request: { body: jsonRequest(SettingsPatchSchema) },
  responses: { 200: jsonAnswer(SettingsSchema, 'The new settings'), ...problems(400, 415) },
})

/** The patch as the use case takes it: the analysis overrides' and learning settings' names in camelCase. */
function settingsChange(patch: z.infer<typeof SettingsPatchSchema>): SettingsChange {
  const { analysis, learning, privacy, ...rest } = patch
  let overrides: Record<string, unknown> | null | undefined = analysis
  if (analysis !== undefined && analysis !== null) {
    const { value, notSnake } = fromWireKeys(analysis, 'analysis')
    if (notSnake.length > 0) throw new ProblemError('UT_E_VALIDATION', 'the analysis overrides are not valid', notSnake.map((path) => ({ path, message: 'is not a setting (names are snake_case)' })))
    overrides = value as Record<string, unknown>
  }
  return {
    ...rest,
    ...(overrides === undefined ? {} : { analysis: overrides }),
    // Only the names given: a setting left out keeps its value.
    ...(learning === undefined ? {} : { learning: fromWireKeys(learning, 'learning').value as Record<string, unknown> }),
    ...(privacy === undefined ? {} : { privacy: privacy === null ? null : (fromWireKeys(privacy, 'privacy').value as SettingsChange['privacy']) }),
  }
}

/** The use case's problems name settings as it spells them; the answer names them as the request did. */
async function withWirePaths<T>(work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (err) {
    if (err instanceof ProblemError && err.errors !== undefined) throw new ProblemError(err.code, err.message, err.errors.map((e) => ({ ...e, path: snakeKey(e.path) })), err.headers)
    throw err
  }
}

/**
 * Workspace settings (domain profile, the team's own terms, analysis thresholds and weights,
 * learning-loop settings). A change applies to messages read from then on.
 */
export function settingsRoutes(db: Kysely<Database>) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(read, async (c) => c.json(toWire(await settingsView(db, c.get('workspaceId'))), 200))
    .openapi(change, async (c) => c.json(toWire(await withWirePaths(changeSettings(db, c.get('workspaceId'), settingsChange(c.req.valid('json')), c.get('keyId')))), 200), invalid('the settings are not valid'))
}
