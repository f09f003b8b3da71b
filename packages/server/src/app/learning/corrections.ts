import { randomUUID } from 'node:crypto'
import { reviewerAgreement } from '@undertone/analysis'
import { type Database, findMessage, flagReading, insertCorrections, listCorrections, messageTexts, readingVerdict, workspaceCorrections } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../../problem.js'
import { readAndStore } from '../read-and-store.js'
import type { Services } from '../services.js'
import { type Actor, CLI_ACTOR, audit } from '../privacy/audit-trail.js'

/** A correction or confirmation of a reading, as people give it. */
export interface CorrectionRequest {
  readonly message_id: string
  readonly reviewer: string
  readonly label?: 'negative' | 'neutral' | 'positive' | undefined
  readonly emotions?: Partial<Record<string, number>> | undefined
  readonly cues?: readonly { kind: string; start: number; end: number; correct: boolean }[] | undefined
  readonly source?: 'api' | 'dashboard' | 'cli' | undefined
}

/**
 * Stores a correction and applies it at once (the online update): the workspace's memory takes
 * it, and a corrected customer message (with its conversation and customer) is read again under it.
 */
export async function correctReading(services: Pick<Services, 'db' | 'clock' | 'adaptations' | 'pipeline'>, workspaceId: string, k: CorrectionRequest, actor: Actor = CLI_ACTOR) {
  const { db } = services
  const msg = await findMessage(db, workspaceId, k.message_id)
  if (msg === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no message ${k.message_id} in this workspace`)
  const reading = await readingVerdict(db, workspaceId, k.message_id)
  const id = randomUUID()
  const now = services.clock()
  await insertCorrections(db, workspaceId, [
    {
      id,
      messageId: k.message_id,
      reviewer: k.reviewer,
      source: k.source ?? 'api',
      createdAt: now,
      ...(k.label === undefined ? {} : { label: k.label }),
      ...(k.emotions === undefined ? {} : { emotions: k.emotions as Record<string, number> }),
      ...(k.cues === undefined ? {} : { cues: [...k.cues] }),
      ...(reading === undefined ? {} : { predictedLabel: reading.label, modelVersion: reading.modelVersion }),
    },
  ])
  await audit(db, workspaceId, actor, 'correction.create', k.message_id, now, { correction_id: id, reviewer: k.reviewer, label: k.label ?? null })
  services.adaptations.invalidate(workspaceId)
  let after: { label: string; score: number; confidence: number; model_version: string } | undefined
  // A text emptied by retention is not read again: its reading stays what it was.
  const emptied = (await messageTexts(db, workspaceId, [k.message_id]))[0]?.text === ''
  if (msg.role === 'customer' && !emptied) {
    const [stored] = await readAndStore(services.pipeline, workspaceId, [k.message_id])
    after = stored === undefined ? undefined : { label: stored.label, score: stored.score, confidence: stored.confidence, model_version: stored.modelVersion }
  }
  return { id, message_id: k.message_id, reviewer: k.reviewer, label: k.label ?? null, created_at: now, predicted_label: reading?.label ?? null, reading: after ?? null }
}

/** Flags a reading as wrong or doubtful: it goes to the top of the review queue. */
export async function flagForReview(db: Kysely<Database>, workspaceId: string, f: { message_id: string; flagged_by: string; note?: string | undefined }, now: number) {
  if ((await readingVerdict(db, workspaceId, f.message_id)) === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no read message ${f.message_id} in this workspace`)
  await flagReading(db, workspaceId, { messageId: f.message_id, flaggedBy: f.flagged_by, note: f.note ?? null, at: now })
  return { message_id: f.message_id, flagged_by: f.flagged_by, created_at: now }
}

/** The workspace's corrections, newest first (of one message when given). */
export async function correctionList(db: Kysely<Database>, workspaceId: string, messageId: string | undefined) {
  return { corrections: await listCorrections(db, workspaceId, { messageId }) }
}

/** How often reviewers who labelled the same message agreed (share of pairs and Cohen's kappa). */
export async function correctionAgreement(db: Kysely<Database>, workspaceId: string) {
  const rows = await workspaceCorrections(db, workspaceId)
  return reviewerAgreement(rows.flatMap((r) => (r.label === null ? [] : [{ messageId: r.messageId, reviewer: r.reviewer, label: r.label, at: r.createdAt }])))
}
