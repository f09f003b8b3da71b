import { randomUUID } from 'node:crypto'
import {
  type DomainTerm,
  type Emotion,
  type HeldOutExample,
  type PromotionDecision,
  type Reader,
  type SentimentLabel,
  createReader,
  decidePromotion,
  decodeAdapter,
  encodeAdapter,
  evaluateAdaptation,
  isHeldOut,
  trainAdapter,
} from '@undertone/engine'
import { type Database, type ModelVersionRow, activateModelVersion, activeModelVersion, insertModelVersion, listModelVersions, modelVersion, workspaceCorrections } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { loadSettings, updateSettings, workspaceProfile } from '../workspace-settings.js'
import { CorrectionTally } from './correction-tally.js'
import { learningSettings } from './learning-settings.js'

/** What a retrain produced and decided. */
export interface RetrainResult {
  readonly version: ModelVersionRow
  readonly decision: PromotionDecision
  readonly promoted: boolean
}

/** The reviewed examples of a workspace, split into training and held-out by message id. */
export interface ReviewedSet {
  readonly train: { messageId: string; text: string; label?: SentimentLabel; emotions?: Partial<Record<Emotion, number>> }[]
  readonly heldOut: { messageId: string; text: string; label: SentimentLabel }[]
  readonly disputed: number
}

/** Loads and resolves a workspace's corrections (majority per message; disputed ones left out). */
export async function reviewedSet(db: Kysely<Database>, workspaceId: string): Promise<ReviewedSet> {
  const tally = new CorrectionTally()
  for (const r of await workspaceCorrections(db, workspaceId)) tally.add(r)
  const train: ReviewedSet['train'] = []
  const heldOut: ReviewedSet['heldOut'] = []
  let disputed = 0
  for (const id of tally.messageIds()) {
    const m = tally.resolve(id)
    if (m === undefined) continue
    if (m.disputed) disputed++
    const { text, label, emotions } = m
    if (isHeldOut(id)) {
      if (label !== undefined) heldOut.push({ messageId: id, text, label })
    } else if (label !== undefined || emotions !== undefined) train.push({ messageId: id, text, ...(label === undefined ? {} : { label }), ...(emotions === undefined ? {} : { emotions }) })
  }
  return { train, heldOut, disputed }
}

/**
 * A full retrain for one workspace (`undertone train --workspace W`, or the background job):
 * train an adapter on the training split of the reviewed labels, score it and the current version
 * on the held-out split, store the new version with both scores, and promote it only when it
 * wins (and the workspace promotes automatically). `reader` must be the base reader.
 */
export async function retrainWorkspace(db: Kysely<Database>, base: Reader, workspaceId: string, clock: () => number, options: { promote?: boolean } = {}): Promise<RetrainResult> {
  const settings = await loadSettings(db, workspaceId)
  const autoPromote = options.promote ?? learningSettings(settings).autoPromote
  const set = await reviewedSet(db, workspaceId)
  // Base readings exactly as the pipeline makes them: with the team's own terms when it has some.
  const profile = workspaceProfile(settings)
  // The given reader's model with the team's terms (a reader without `withProfiles` falls back to the built-in model).
  if (profile !== undefined) base = base.withProfiles?.([profile]) ?? createReader({ profiles: [profile] })
  const reader = base
  const domain = profile?.id ?? settings.domain
  const ctx = domain === undefined ? {} : { domain }
  const id = randomUUID()
  const label = `ws-${id.slice(0, 8)}`
  const weights = trainAdapter(
    set.train.map((t) => ({ text: t.text, reading: reader.read(t.text, ctx), ...(t.label === undefined ? {} : { label: t.label }), ...(t.emotions === undefined ? {} : { emotions: t.emotions }) })),
    { version: label },
  )
  // Versions are compared on their weights alone, on the same held-out labels: the correction
  // memory is not part of a version (it is the same for both), and if the corrections are bad it
  // would make both look alike instead of showing which weights read better.
  const active = await activeModelVersion(db, workspaceId)
  const examples: HeldOutExample[] = set.heldOut.map((h) => ({ text: h.text, label: h.label, reading: reader.read(h.text, ctx) }))
  const activeWeights = active === undefined ? undefined : decodeAdapter(active.weights)
  const currentMetrics = evaluateAdaptation(examples, activeWeights === undefined ? undefined : { version: activeWeights.version, weights: activeWeights })
  const candidate = evaluateAdaptation(examples, { version: label, weights })
  const decision = decidePromotion(candidate, currentMetrics)
  const labelCounts: Record<string, number> = {}
  for (const t of set.train) if (t.label !== undefined) labelCounts[t.label] = (labelCounts[t.label] ?? 0) + 1
  const now = clock()
  const version = await insertModelVersion(db, workspaceId, {
    id,
    status: decision.promote ? 'candidate' : 'rejected',
    weights: encodeAdapter(weights),
    metrics: {
      label,
      heldOut: candidate,
      current: { version: active?.id ?? 'base', heldOut: currentMetrics },
      decision,
      trainLabels: labelCounts,
      disputed: set.disputed,
      terms: weights.terms,
      languages: weights.languages,
    },
    trainedOn: set.train.length,
    heldOut: set.heldOut.length,
    createdAt: now,
  })
  const promoted = decision.promote && autoPromote
  if (promoted) await promoteVersion(db, workspaceId, id, now)
  return { version: promoted ? { ...version, status: 'active', promotedAt: now } : version, decision, promoted }
}

/**
 * Makes a version active (or none: the base model) and writes its learned terms into the
 * workspace's domain profile, replacing the terms learned before and keeping the team's own.
 */
export async function promoteVersion(db: Kysely<Database>, workspaceId: string, versionId: string | null, now: number): Promise<void> {
  await activateModelVersion(db, workspaceId, versionId, now)
  let learned: DomainTerm[] = []
  if (versionId !== null) {
    const v = await modelVersion(db, workspaceId, versionId)
    learned = v === undefined ? [] : ((v.metrics as { terms?: DomainTerm[] }).terms ?? [])
  }
  await updateSettings(db, workspaceId, (settings) => {
    const own = (settings.profile?.terms ?? []).filter((t) => t.source !== 'learned')
    return { ...settings, profile: { ...(settings.profile ?? {}), terms: [...own, ...learned] } }
  })
}

/**
 * Goes back to the newest earlier version that was once active (the base model when there is
 * none), so repeated rollbacks walk back through the history instead of flip-flopping. Undefined when the workspace already reads with the base model.
 */
export async function rollbackVersion(db: Kysely<Database>, workspaceId: string, now: number): Promise<{ active: string | null; previous: string } | undefined> {
  const versions = await listModelVersions(db, workspaceId)
  const current = versions.find((v) => v.status === 'active')
  if (current === undefined) return undefined
  const previous = versions
    .filter((v) => v.status === 'retired' && v.promotedAt !== null && v.number < current.number)
    .sort((a, b) => b.number - a.number)[0]
  await promoteVersion(db, workspaceId, previous?.id ?? null, now)
  return { active: previous?.id ?? null, previous: current.id }
}
