/** The corrections of a workspace as the API lists them: newest first, JSON columns parsed. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** One stored correction, in the API's field names. */
export interface ListedCorrection {
  readonly id: string
  readonly message_id: string
  readonly reviewer: string
  readonly label: string | null
  readonly emotions: unknown
  readonly cues: unknown
  readonly predicted_label: string | null
  readonly model_version: string | null
  readonly source: string
  readonly created_at: number
}

/** The latest 500 corrections, of one message when `messageId` is given. */
export async function listCorrections(db: Kysely<Database>, workspaceId: string, filter: { messageId?: string | undefined } = {}): Promise<ListedCorrection[]> {
  let q = db.selectFrom('corrections').selectAll().where('workspace_id', '=', workspaceId)
  if (filter.messageId !== undefined) q = q.where('message_id', '=', filter.messageId)
  const rows = await q.orderBy('created_at', 'desc').limit(500).execute()
  return rows.map((r) => ({ id: r.id, message_id: r.message_id, reviewer: r.reviewer, label: r.label, emotions: r.emotions === null ? null : (JSON.parse(r.emotions) as unknown), cues: r.cues === null ? null : (JSON.parse(r.cues) as unknown), predicted_label: r.predicted_label, model_version: r.model_version, source: r.source, created_at: Number(r.created_at) }))
}
