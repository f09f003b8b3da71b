import { DEFAULT_ANALYSIS_CONFIG, redactionRuleProblems, resolveAnalysisConfig } from '@undertone/analysis'
import { BUILTIN_PROFILES, type DomainTerm, createReader } from '@undertone/engine'
import { type Database, loadNamedWorkspaceSettings } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'
import { learningSettings } from './learning/learning-settings.js'
import { type Actor, CLI_ACTOR, audit } from './privacy/audit-trail.js'
import { type PrivacySettingsChange, WORKSPACE_PROFILE_ID, type WorkspaceSettings, checkAnalysisOverrides, privacySettings, updateSettings, workspaceProfile } from './workspace-settings.js'

/** A change of settings: only what changes; `null` clears. */
export interface SettingsChange {
  readonly domain?: string | null | undefined
  /** Replaces the team's own terms (learned terms stay). */
  readonly terms?: readonly { readonly pattern: string; readonly polarity: number; readonly emotions?: DomainTerm['emotions'] | undefined; readonly note?: string | undefined }[] | undefined
  /** Replaces the analysis overrides. */
  readonly analysis?: Record<string, unknown> | null | undefined
  readonly learning?: Readonly<Record<string, unknown>> | undefined
  /** Redaction: the kinds given change, extra rules given replace the workspace's; null goes back to the defaults (every kind on, no rules). */
  readonly privacy?: PrivacySettingsChange | null | undefined
}

/** A workspace's settings as people see them: domain, own and learned terms, analysis (overrides, effective, defaults), learning. */
export async function settingsView(db: Kysely<Database>, workspaceId: string) {
  const ws = await loadNamedWorkspaceSettings(db, workspaceId)
  if (ws === undefined) throw new Error(`workspace ${workspaceId} is gone`)
  const s = ws.settings
  const terms = s.profile?.terms ?? []
  return {
    workspace: ws.name,
    domain: s.domain ?? null,
    domains: BUILTIN_PROFILES.map((p) => ({ id: p.id, label: p.label })),
    terms: terms.filter((t) => t.source !== 'learned'),
    learnedTerms: terms.filter((t) => t.source === 'learned'),
    analysis: { overrides: s.analysis ?? {}, effective: resolveAnalysisConfig(s.analysis), defaults: DEFAULT_ANALYSIS_CONFIG },
    learning: learningSettings(s),
    privacy: privacySettings(s),
  }
}

/**
 * Changes a workspace's settings (applied to messages read from then on) and answers the new view.
 * Analysis overrides must name real settings with valid values, and every term's pattern must
 * compile: a bad one is refused here, not at reading time.
 */
export async function changeSettings(db: Kysely<Database>, workspaceId: string, p: SettingsChange, actor: Actor = CLI_ACTOR, now: number = Date.now()) {
  if (p.analysis !== undefined && p.analysis !== null) {
    const problems = checkAnalysisOverrides(p.analysis)
    if (problems.length > 0) throw new ProblemError('UT_E_VALIDATION', 'the analysis overrides are not valid', problems)
  }
  if (p.privacy?.extraRules !== undefined) {
    const problems = redactionRuleProblems(p.privacy.extraRules)
    if (problems.length > 0) {
      const path = (q: (typeof problems)[number]) => (q.index < 0 ? 'privacy.extraRules' : `privacy.extraRules[${q.index}].${q.field}`)
      throw new ProblemError('UT_E_VALIDATION', `a redaction rule is refused: ${problems[0]?.message}`, problems.map((q) => ({ path: path(q), message: q.message })))
    }
  }
  await updateSettings(db, workspaceId, (current) => {
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
    if (p.learning !== undefined) next.learning = { ...(current.learning ?? {}), ...p.learning }
    if (p.privacy === null) delete next.privacy
    else if (p.privacy !== undefined) {
      const was = privacySettings(current)
      next.privacy = { redact: { ...was.redact, ...p.privacy.redact }, extraRules: p.privacy.extraRules ?? was.extraRules }
    }
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
  await audit(db, workspaceId, actor, 'settings.change', 'settings', now, { changed: Object.keys(p).filter((k) => p[k as keyof SettingsChange] !== undefined).sort() })
  return settingsView(db, workspaceId)
}
