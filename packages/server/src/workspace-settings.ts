import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG, type DeepPartial } from '@undertone/analysis'
import type { Topic } from '@undertone/analysis'
import type { DomainProfile, DomainTerm } from '@undertone/engine'
import { type Database, holdWorkspaceSettings } from '@undertone/storage'
import type { Kysely, Transaction } from 'kysely'

/** What a workspace's settings JSON holds. */
export interface WorkspaceSettings {
  /** A built-in domain profile id (saas, developer-tools, …). */
  readonly domain?: string
  /** The workspace's own terms (source 'workspace') and the learned ones (source 'learned'). */
  readonly profile?: { readonly terms?: readonly DomainTerm[] }
  readonly analysis?: DeepPartial<AnalysisConfig>
  readonly learning?: Readonly<Record<string, unknown>>
  /** The workspace's topics, discovered from its messages; readings are rolled up by them. */
  readonly topics?: { readonly computedAt: number; readonly sample: number; readonly topics: readonly Topic[] }
}

/** Parses the stored settings; a damaged document reads as empty rather than failing every read. */
export function parseSettings(json: string | undefined): WorkspaceSettings {
  if (json === undefined) return {}
  try {
    const v = JSON.parse(json) as unknown
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as WorkspaceSettings) : {}
  } catch {
    return {}
  }
}

/**
 * Rewrites a workspace's settings from their current value while holding them, so writers that
 * meet (a settings change, a topic rediscovery, a model promotion) never lose each other's change;
 * `also` runs in the same transaction. Returns what was written.
 */
export async function updateSettings<S extends WorkspaceSettings>(
  db: Kysely<Database>,
  workspaceId: string,
  change: (current: WorkspaceSettings) => S,
  also?: (trx: Transaction<Database>, next: S) => Promise<void>,
): Promise<S> {
  return db.transaction().execute(async (trx) => {
    const next = change(parseSettings(await holdWorkspaceSettings(trx, workspaceId, 'update')))
    await trx.updateTable('workspaces').set({ settings: JSON.stringify(next) }).where('id', '=', workspaceId).execute()
    if (also !== undefined) await also(trx, next)
    return next
  })
}

/** A workspace's parsed settings (empty for an unknown workspace). */
export async function loadSettings(db: Kysely<Database>, workspaceId: string): Promise<WorkspaceSettings> {
  const row = await db.selectFrom('workspaces').select('settings').where('id', '=', workspaceId).executeTakeFirst()
  return parseSettings(row?.settings)
}

/** The profile id readings of a workspace with its own terms use. */
export const WORKSPACE_PROFILE_ID = 'workspace'

/**
 * The workspace's own profile: its terms on top of its domain. Learned terms are left out: the
 * promoted adapter already reads them, and counting them twice would overshoot. Undefined when
 * the team has added no terms of its own.
 */
export function workspaceProfile(settings: WorkspaceSettings): DomainProfile | undefined {
  const own = (settings.profile?.terms ?? []).filter((t) => t.source !== 'learned')
  if (own.length === 0) return undefined
  return { id: WORKSPACE_PROFILE_ID, label: 'This workspace', extends: settings.domain ?? 'general', terms: own }
}

/**
 * Checks analysis overrides against the defaults: every key must exist there and every value
 * must be a finite number where the default is a number (from -1 up where the default is
 * negative, otherwise not negative). Returns the problems, path by path.
 */
export function checkAnalysisOverrides(overrides: unknown, defaults: unknown = DEFAULT_ANALYSIS_CONFIG, path = 'analysis'): { path: string; message: string }[] {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) return [{ path, message: 'must be an object' }]
  const out: { path: string; message: string }[] = []
  for (const [k, v] of Object.entries(overrides)) {
    const d = (defaults as Record<string, unknown>)[k]
    const p = `${path}.${k}`
    if (d === undefined) out.push({ path: p, message: 'is not a setting' })
    else if (typeof d === 'number') {
      const min = d < 0 ? -1 : 0
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min) out.push({ path: p, message: min < 0 ? 'must be a number from -1 up' : 'must be a non-negative number' })
    } else if (typeof d === 'object') out.push(...checkAnalysisOverrides(v, d, p))
  }
  return out
}
