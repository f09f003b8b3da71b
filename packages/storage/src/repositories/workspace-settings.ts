/**
 * A workspace's settings document (the `workspaces.settings` JSON column): its one zod schema,
 * parsed and checked here once, and the reads and the guarded rewrite every user of it goes through.
 */
import type { AnalysisConfig, DeepPartial, Topic } from '@undertone/analysis'
import type { DomainTerm } from '@undertone/engine'
import type { Kysely, Transaction } from 'kysely'
import { z } from 'zod'
import type { Database } from '../schema.js'
import { holdWorkspaceSettings } from './workspaces.js'

const TermSchema = z.looseObject({
  pattern: z.string(),
  polarity: z.number(),
  emotions: z.record(z.string(), z.number()).optional(),
  source: z.enum(['builtin', 'workspace', 'learned']).optional(),
  note: z.string().optional(),
})

const TopicSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  terms: z.array(z.looseObject({ term: z.string(), weight: z.number() })),
  size: z.number(),
})

/** Each known part of the settings document; a part that fails its schema reads as absent. */
const PARTS = {
  domain: z.string(),
  profile: z.looseObject({ terms: z.array(TermSchema).optional() }),
  analysis: z.record(z.string(), z.unknown()),
  learning: z.record(z.string(), z.unknown()),
  topics: z.looseObject({ computedAt: z.number(), sample: z.number(), topics: z.array(TopicSchema) }),
} as const

/** What a workspace's settings JSON holds. */
export interface WorkspaceSettings {
  /** A built-in domain profile id (saas, developer-tools, …). */
  readonly domain?: string
  /** The workspace's own terms (source 'workspace') and the learned ones (source 'learned'). */
  readonly profile?: { readonly terms?: readonly DomainTerm[] }
  /** Overrides of the analysis defaults (checked against them when written). */
  readonly analysis?: DeepPartial<AnalysisConfig>
  readonly learning?: Readonly<Record<string, unknown>>
  /** The workspace's topics, discovered from its messages; readings are rolled up by them. */
  readonly topics?: { readonly computedAt: number; readonly sample: number; readonly topics: readonly Topic[] }
}

/**
 * Parses and checks a stored settings document. A damaged document reads as empty, and a damaged
 * part as absent, rather than failing every read; keys this schema does not know are kept, so a
 * rewrite never drops them.
 */
export function parseWorkspaceSettings(json: string | null | undefined): WorkspaceSettings {
  if (json === undefined || json === null) return {}
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return {}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const out: Record<string, unknown> = {}
  for (const [key, part] of Object.entries(value)) {
    const schema = (PARTS as Record<string, z.ZodType>)[key]
    if (schema === undefined) out[key] = part
    else if (schema.safeParse(part).success) out[key] = part
  }
  return out as WorkspaceSettings
}

/** A workspace's checked settings (empty for an unknown workspace). */
export async function loadWorkspaceSettings(db: Kysely<Database>, workspaceId: string): Promise<WorkspaceSettings> {
  const row = await db.selectFrom('workspaces').select('settings').where('id', '=', workspaceId).executeTakeFirst()
  return parseWorkspaceSettings(row?.settings)
}

/** A workspace's name with its checked settings; undefined for an unknown workspace. */
export async function loadNamedWorkspaceSettings(db: Kysely<Database>, workspaceId: string): Promise<{ name: string; settings: WorkspaceSettings } | undefined> {
  const row = await db.selectFrom('workspaces').select(['name', 'settings']).where('id', '=', workspaceId).executeTakeFirst()
  return row === undefined ? undefined : { name: row.name, settings: parseWorkspaceSettings(row.settings) }
}

/** Reads and holds a workspace's settings inside a transaction (see `holdWorkspaceSettings`), checked. */
export async function holdCheckedWorkspaceSettings(trx: Transaction<Database>, workspaceId: string, mode: 'share' | 'update'): Promise<WorkspaceSettings> {
  return parseWorkspaceSettings(await holdWorkspaceSettings(trx, workspaceId, mode))
}

/**
 * Rewrites a workspace's settings from their current value while holding them, so writers that
 * meet (a settings change, a topic rediscovery, a model promotion) never lose each other's change;
 * `also` runs in the same transaction. Returns what was written.
 */
export async function updateWorkspaceSettings<S extends WorkspaceSettings>(
  db: Kysely<Database>,
  workspaceId: string,
  change: (current: WorkspaceSettings) => S,
  also?: (trx: Transaction<Database>, next: S) => Promise<void>,
): Promise<S> {
  return db.transaction().execute(async (trx) => {
    const next = change(await holdCheckedWorkspaceSettings(trx, workspaceId, 'update'))
    await trx.updateTable('workspaces').set({ settings: JSON.stringify(next) }).where('id', '=', workspaceId).execute()
    if (also !== undefined) await also(trx, next)
    return next
  })
}
