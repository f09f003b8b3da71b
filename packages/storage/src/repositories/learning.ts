import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** A correction to store. */
export interface NewCorrection {
  readonly id: string
  readonly messageId: string
  readonly reviewer: string
  readonly label?: string
  readonly emotions?: Readonly<Record<string, number>>
  readonly cues?: readonly unknown[]
  readonly text?: string
  readonly predictedLabel?: string
  readonly modelVersion?: string
  readonly source: string
  readonly createdAt: number
}

/** Stores corrections (many at once for imports). */
export async function insertCorrections(db: Kysely<Database>, workspaceId: string, rows: readonly NewCorrection[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('corrections')
      .values(
        rows.slice(i, i + 200).map((k) => ({
          id: k.id,
          workspace_id: workspaceId,
          message_id: k.messageId,
          reviewer: k.reviewer,
          label: k.label ?? null,
          emotions: k.emotions === undefined ? null : JSON.stringify(k.emotions),
          cues: k.cues === undefined ? null : JSON.stringify(k.cues),
          text: k.text ?? null,
          predicted_label: k.predictedLabel ?? null,
          model_version: k.modelVersion ?? null,
          source: k.source,
          created_at: k.createdAt,
        })),
      )
      .execute()
  }
}

/** One stored correction with the text it is about. */
export interface CorrectionRow {
  readonly id: string
  readonly messageId: string
  readonly reviewer: string
  readonly label: string | null
  readonly emotions: Record<string, number> | null
  /** Cues the reviewer judged: each with its span and whether it was right. */
  readonly cues: { kind: string; start: number; end: number; correct: boolean }[] | null
  readonly text: string | null
  readonly predictedLabel: string | null
  readonly modelVersion: string | null
  readonly source: string
  readonly createdAt: number
}

/** Every correction of a workspace, oldest first, with the message text (or the imported text). */
export async function workspaceCorrections(db: Kysely<Database>, workspaceId: string, since = 0): Promise<CorrectionRow[]> {
  const rows = await db
    .selectFrom('corrections as k')
    .leftJoin('messages as m', (j) => j.onRef('m.id', '=', 'k.message_id').onRef('m.workspace_id', '=', 'k.workspace_id'))
    .select(['k.id', 'k.message_id', 'k.reviewer', 'k.label', 'k.emotions', 'k.cues', 'k.text', 'm.text as message_text', 'k.predicted_label', 'k.model_version', 'k.source', 'k.created_at'])
    .where('k.workspace_id', '=', workspaceId)
    .where('k.created_at', '>=', since)
    .orderBy('k.created_at')
    .orderBy('k.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    messageId: r.message_id,
    reviewer: r.reviewer,
    label: r.label,
    emotions: r.emotions === null ? null : (JSON.parse(r.emotions) as Record<string, number>),
    cues: r.cues === null ? null : (JSON.parse(r.cues) as CorrectionRow['cues']),
    text: r.message_text ?? r.text,
    predictedLabel: r.predicted_label,
    modelVersion: r.model_version,
    source: r.source,
    createdAt: Number(r.created_at),
  }))
}

/** Changes whenever a correction is added: how many there are and the newest time. */
export async function correctionStamp(db: Kysely<Database>, workspaceId: string): Promise<string> {
  const r = await db.selectFrom('corrections').select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('created_at').as('last')]).where('workspace_id', '=', workspaceId).executeTakeFirst()
  return `${Number(r?.n ?? 0)}:${Number(r?.last ?? 0)}`
}

/** Corrections made since `since` (for the daily review budget). */
export async function correctionsSince(db: Kysely<Database>, workspaceId: string, since: number): Promise<number> {
  const r = await db.selectFrom('corrections').select((eb) => eb.fn.countAll<string | number>().as('n')).where('workspace_id', '=', workspaceId).where('created_at', '>=', since).where('source', 'in', ['api', 'dashboard', 'cli']).executeTakeFirst()
  return Number(r?.n ?? 0)
}

/** A stored model version. */
export interface ModelVersionRow {
  readonly id: string
  readonly number: number
  readonly status: 'active' | 'candidate' | 'rejected' | 'retired'
  readonly metrics: Record<string, unknown>
  readonly trainedOn: number
  readonly heldOut: number
  readonly createdAt: number
  readonly promotedAt: number | null
  readonly retiredAt: number | null
}

const toVersion = (r: { id: string; number: number; status: string; metrics: string; trained_on: number; held_out: number; created_at: number; promoted_at: number | null; retired_at: number | null }): ModelVersionRow => ({
  id: r.id,
  number: Number(r.number),
  status: r.status as ModelVersionRow['status'],
  metrics: JSON.parse(r.metrics) as Record<string, unknown>,
  trainedOn: Number(r.trained_on),
  heldOut: Number(r.held_out),
  createdAt: Number(r.created_at),
  promotedAt: r.promoted_at === null ? null : Number(r.promoted_at),
  retiredAt: r.retired_at === null ? null : Number(r.retired_at),
})

/** Stores a newly trained version; numbers count up per workspace. */
export async function insertModelVersion(db: Kysely<Database>, workspaceId: string, v: { id: string; status: 'candidate' | 'rejected'; weights: string; metrics: Record<string, unknown>; trainedOn: number; heldOut: number; createdAt: number }): Promise<ModelVersionRow> {
  return db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('model_versions').select((eb) => eb.fn.max('number').as('n')).where('workspace_id', '=', workspaceId).executeTakeFirst()
    const number = Number(last?.n ?? 0) + 1
    await trx.insertInto('model_versions').values({ id: v.id, workspace_id: workspaceId, number, status: v.status, weights: v.weights, metrics: JSON.stringify(v.metrics), trained_on: v.trainedOn, held_out: v.heldOut, created_at: v.createdAt, promoted_at: null, retired_at: null }).execute()
    return toVersion({ id: v.id, number, status: v.status, metrics: JSON.stringify(v.metrics), trained_on: v.trainedOn, held_out: v.heldOut, created_at: v.createdAt, promoted_at: null, retired_at: null })
  })
}

/** A workspace's versions, newest first (without the weights). */
export async function listModelVersions(db: Kysely<Database>, workspaceId: string): Promise<ModelVersionRow[]> {
  const rows = await db.selectFrom('model_versions').select(['id', 'number', 'status', 'metrics', 'trained_on', 'held_out', 'created_at', 'promoted_at', 'retired_at']).where('workspace_id', '=', workspaceId).orderBy('number', 'desc').execute()
  return rows.map(toVersion)
}

/** A version with its weights, or undefined when the workspace has no such version. */
export async function modelVersion(db: Kysely<Database>, workspaceId: string, id: string): Promise<(ModelVersionRow & { weights: string }) | undefined> {
  const r = await db.selectFrom('model_versions').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst()
  return r === undefined ? undefined : { ...toVersion(r), weights: r.weights }
}

/** The active version's id and weights, or undefined when the workspace reads with the base model. */
export async function activeModelVersion(db: Kysely<Database>, workspaceId: string): Promise<{ id: string; number: number; weights: string } | undefined> {
  const r = await db.selectFrom('model_versions').select(['id', 'number', 'weights']).where('workspace_id', '=', workspaceId).where('status', '=', 'active').executeTakeFirst()
  return r === undefined ? undefined : { id: r.id, number: Number(r.number), weights: r.weights }
}

/** The active version's id only (cheap, for cache checks). */
export async function activeModelVersionId(db: Kysely<Database>, workspaceId: string): Promise<string | undefined> {
  const r = await db.selectFrom('model_versions').select('id').where('workspace_id', '=', workspaceId).where('status', '=', 'active').executeTakeFirst()
  return r?.id
}

/**
 * Makes `id` the active version (or none, for the base model), retiring the one before; one
 * transaction, so a workspace never has two active versions.
 */
export async function activateModelVersion(db: Kysely<Database>, workspaceId: string, id: string | null, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('model_versions').set({ status: 'retired', retired_at: now }).where('workspace_id', '=', workspaceId).where('status', '=', 'active').execute()
    if (id !== null) await trx.updateTable('model_versions').set({ status: 'active', promoted_at: now, retired_at: null }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute()
  })
}

/** Customer messages of a workspace created at or after `since` that still have their text (retention empties old ones), oldest first, by id. */
export async function customerMessageIdsSince(db: Kysely<Database>, workspaceId: string, since: number, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('messages').select('id').where('workspace_id', '=', workspaceId).where('created_at', '>=', since).where('role', '=', 'customer').where('text', '<>', '').orderBy('created_at').orderBy('id').limit(limit).execute()
  return rows.map((r) => r.id)
}
