import { DEFAULT_ANALYSIS_CONFIG } from '@undertone/analysis'
import type { DomainProfile } from '@undertone/engine'
import { type WorkspaceSettings, loadWorkspaceSettings, parseWorkspaceSettings, updateWorkspaceSettings } from '@undertone/storage'

// The settings document is parsed and checked once, in storage; these are its names here.
export type { WorkspaceSettings }
/** Parses and checks a stored settings document (see `parseWorkspaceSettings`). */
export const parseSettings = parseWorkspaceSettings
/** A workspace's checked settings (empty for an unknown workspace). */
export const loadSettings = loadWorkspaceSettings
/** Rewrites a workspace's settings while holding them (see `updateWorkspaceSettings`). */
export const updateSettings = updateWorkspaceSettings

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
