import { DEFAULT_ANALYSIS_CONFIG, resolveAnalysisConfig } from '@undertone/analysis'
import { BUILTIN_PROFILES, EMOTIONS, createReader } from '@undertone/engine'
import { type Database, createApiKey, listApiKeys, revokeApiKey } from '@undertone/storage'
import { type OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import { learningSettings } from '../learning/learning-settings.js'
import { ProblemError } from '../problem.js'
import { issuesOf } from '../schemas.js'
import { WORKSPACE_PROFILE_ID, type WorkspaceSettings, checkAnalysisOverrides, parseSettings, updateSettings, workspaceProfile } from '../workspace-settings.js'

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

type App = OpenAPIHono<{ Variables: { workspaceId: string; keyId: string } }>

/**
 * Workspace settings (domain profile, the team's own terms, analysis thresholds and weights,
 * learning-loop settings) and API keys. A change applies to messages read from then on.
 */
export function registerSettingsRoutes(app: App, db: Kysely<Database>, clock: () => number, readJson: (c: Context) => Promise<unknown>, hooks: { readonly keyRevoked: () => void; readonly keysPerWorkspace: number }): void {
  const bearer = [{ bearer: [] as string[] }]
  const view = async (workspaceId: string) => {
    const row = await db.selectFrom('workspaces').select(['name', 'settings']).where('id', '=', workspaceId).executeTakeFirstOrThrow()
    const s = parseSettings(row.settings)
    const terms = s.profile?.terms ?? []
    return {
      workspace: row.name,
      domain: s.domain ?? null,
      domains: BUILTIN_PROFILES.map((p) => ({ id: p.id, label: p.label })),
      terms: terms.filter((t) => t.source !== 'learned'),
      learnedTerms: terms.filter((t) => t.source === 'learned'),
      analysis: { overrides: s.analysis ?? {}, effective: resolveAnalysisConfig(s.analysis), defaults: DEFAULT_ANALYSIS_CONFIG },
      learning: learningSettings(row.settings),
    }
  }

  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/settings', summary: 'This workspace’s settings: domain, own and learned terms, analysis thresholds (overrides, effective, defaults), learning', security: bearer, responses: { 200: { description: 'The settings' } } })
  app.get('/v1/settings', async (c) => c.json(await view(c.get('workspaceId'))))

  app.openAPIRegistry.registerPath({ method: 'patch', path: '/v1/settings', summary: 'Change settings; give only what changes (terms replace the team’s own terms; analysis replaces the overrides; null clears)', security: bearer, request: { body: { content: { 'application/json': { schema: SettingsPatchSchema } } } }, responses: { 200: { description: 'The new settings' }, 400: { description: 'A problem document' } } })
  app.patch('/v1/settings', async (c) => {
    const workspaceId = c.get('workspaceId')
    const parsed = SettingsPatchSchema.safeParse(await readJson(c))
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the settings are not valid', issuesOf(parsed.error))
    const p = parsed.data
    if (p.analysis !== undefined && p.analysis !== null) {
      const problems = checkAnalysisOverrides(p.analysis)
      if (problems.length > 0) throw new ProblemError('UT_E_VALIDATION', 'the analysis overrides are not valid', problems)
    }
    await updateSettings(db, workspaceId, (settings) => {
      const current = settings as Record<string, unknown> & WorkspaceSettings
      const learned = (current.profile?.terms ?? []).filter((t) => t.source === 'learned')
      const next: Record<string, unknown> = { ...current }
      if (p.domain !== undefined) {
        if (p.domain === null) delete next.domain
        else next.domain = p.domain
      }
      if (p.terms !== undefined) next.profile = { ...(current.profile ?? {}), terms: [...p.terms.map((t) => ({ ...t, source: 'workspace' as const })), ...learned] }
      if (p.analysis !== undefined) {
        if (p.analysis === null) delete next.analysis
        else next.analysis = p.analysis
      }
      if (p.learning !== undefined) next.learning = { ...((current.learning as Record<string, unknown> | undefined) ?? {}), ...p.learning }
      // A term whose pattern the cue engine cannot compile is refused here, not at reading time.
      const profile = workspaceProfile(next as WorkspaceSettings)
      if (profile !== undefined) {
        try {
          createReader({ profiles: [profile], heads: null }).read('test', { domain: WORKSPACE_PROFILE_ID })
        } catch (err) {
          throw new ProblemError('UT_E_VALIDATION', `a term pattern is not valid: ${(err as Error).message}`)
        }
      }
      return next as WorkspaceSettings
    })
    return c.json(await view(workspaceId))
  })

  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/keys', summary: 'This workspace’s API keys (ids and names; secrets are never shown again)', security: bearer, responses: { 200: { description: 'The keys' } } })
  app.get('/v1/keys', async (c) => {
    const keys = await listApiKeys(db, c.get('workspaceId'))
    return c.json({ current: c.get('keyId'), keys: keys.map((k) => ({ id: k.id, name: k.name, createdAt: k.createdAt, lastUsedAt: k.lastUsedAt, revokedAt: k.revokedAt })) })
  })

  const KeySchema = z.object({ name: z.string().trim().min(1).max(100) }).strict()
  app.openAPIRegistry.registerPath({ method: 'post', path: '/v1/keys', summary: 'Create an API key; the secret is in this response only', security: bearer, request: { body: { content: { 'application/json': { schema: KeySchema } } } }, responses: { 201: { description: 'The new key' }, 400: { description: 'A problem document' } } })
  app.post('/v1/keys', async (c) => {
    const parsed = KeySchema.safeParse(await readJson(c))
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the key request is not valid', issuesOf(parsed.error))
    // Each key has its own rate limit: without a cap, a key could mint itself a larger one.
    const active = (await listApiKeys(db, c.get('workspaceId'))).filter((k) => k.revokedAt === null).length
    if (active >= hooks.keysPerWorkspace) throw new ProblemError('UT_E_LIMIT_REACHED', `this workspace already has ${active} active keys, the most allowed (UNDERTONE_KEYS_PER_WORKSPACE); revoke one first`)
    const { key, info } = await createApiKey(db, c.get('workspaceId'), parsed.data.name, clock())
    return c.json({ id: info.id, name: info.name, createdAt: info.createdAt, key }, 201)
  })

  app.openAPIRegistry.registerPath({ method: 'delete', path: '/v1/keys/{id}', summary: 'Revoke an API key (not the one making the request)', security: bearer, request: { params: z.object({ id: z.string() }) }, responses: { 200: { description: 'Revoked' }, 404: { description: 'A problem document' }, 409: { description: 'A problem document' } } })
  app.delete('/v1/keys/:id', async (c) => {
    const id = c.req.param('id')
    if (id === c.get('keyId')) throw new ProblemError('UT_E_CONFLICT', 'a key cannot revoke itself; use another key of this workspace')
    if (!(await revokeApiKey(db, c.get('workspaceId'), id, clock()))) throw new ProblemError('UT_E_NOT_FOUND', `no active key ${id} in this workspace`)
    hooks.keyRevoked()
    return c.json({ id, revoked: true })
  })
}
