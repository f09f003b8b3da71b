import { DEFAULT_ANALYSIS_CONFIG, MAX_PATTERN_LENGTH, MAX_REDACTION_RULES, MAX_REPLACEMENT_LENGTH, PII_KINDS, type PiiKind, type RedactionPolicy, type RedactionRule } from '@undertone/analysis'
import type { DomainProfile } from '@undertone/engine'
import { type WorkspaceSettings, loadWorkspaceSettings, parseWorkspaceSettings, updateWorkspaceSettings } from '@undertone/storage'
import { z } from 'zod'

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

/** The built-in kinds of personal data as the settings name them (camelCase, like every settings key). */
const KIND_SETTINGS = { email: 'email', phone: 'phone', card: 'card', iban: 'iban', ip: 'ip', nationalId: 'national_id' } as const satisfies Record<string, PiiKind>
type KindSetting = keyof typeof KIND_SETTINGS

/** A workspace's own redaction rule as the settings hold it. */
export const RedactionRuleSchema = z
  .object({
    name: z.string().min(1).max(40),
    pattern: z.string().min(1).max(MAX_PATTERN_LENGTH),
    replacement: z.string().min(1).max(MAX_REPLACEMENT_LENGTH).optional(),
  })
  .strict()

/**
 * The privacy part of the settings document (under `privacy`), and of a change to it: which
 * built-in kinds are redacted (each on unless set false) and the workspace's extra rules.
 */
export const PrivacySettingsSchema = z
  .object({
    redact: z.object(Object.fromEntries(Object.keys(KIND_SETTINGS).map((k) => [k, z.boolean().optional()])) as Record<KindSetting, z.ZodOptional<z.ZodBoolean>>).strict().optional(),
    extraRules: z.array(RedactionRuleSchema).max(MAX_REDACTION_RULES).optional(),
  })
  .strict()

/** A change of the privacy settings: the kinds given change; extra rules given replace the workspace's. */
export type PrivacySettingsChange = z.infer<typeof PrivacySettingsSchema>

/** What a workspace redacts, every kind spelled out. */
export interface PrivacySettings {
  readonly redact: Readonly<Record<KindSetting, boolean>>
  readonly extraRules: readonly RedactionRule[]
}

/**
 * The workspace's privacy settings with the defaults filled in: every kind redacted, no extra
 * rules. A damaged privacy part reads as the defaults, so damage never turns redaction off.
 */
export function privacySettings(settings: WorkspaceSettings): PrivacySettings {
  const parsed = PrivacySettingsSchema.safeParse((settings as { privacy?: unknown }).privacy ?? {})
  const p = parsed.success ? parsed.data : {}
  const redact = Object.fromEntries(Object.keys(KIND_SETTINGS).map((k) => [k, p.redact?.[k as KindSetting] !== false])) as Record<KindSetting, boolean>
  return { redact, extraRules: (p.extraRules ?? []).map((r) => ({ name: r.name, pattern: r.pattern, ...(r.replacement === undefined ? {} : { replacement: r.replacement }) })) }
}

/** The redaction policy of a workspace's settings. */
export function redactionPolicy(settings: WorkspaceSettings): RedactionPolicy {
  const p = privacySettings(settings)
  return { kinds: PII_KINDS.filter((kind) => Object.entries(KIND_SETTINGS).some(([k, v]) => v === kind && p.redact[k as KindSetting])), rules: p.extraRules }
}
