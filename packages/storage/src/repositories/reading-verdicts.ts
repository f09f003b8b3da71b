/** What the reader said of stored messages (label and model version), for corrections to record against. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** A stored reading's label and the model version that made it. */
export interface ReadingVerdict {
  readonly label: string
  readonly modelVersion: string
}

/** The reading of one message; undefined when it has none. */
export async function readingVerdict(db: Kysely<Database>, workspaceId: string, messageId: string): Promise<ReadingVerdict | undefined> {
  const r = await db.selectFrom('readings').select(['label', 'model_version']).where('workspace_id', '=', workspaceId).where('message_id', '=', messageId).executeTakeFirst()
  return r === undefined ? undefined : { label: r.label, modelVersion: r.model_version }
}

/** The readings of the given messages, by message id (those without one are left out). */
export async function readingVerdicts(db: Kysely<Database>, workspaceId: string, messageIds: readonly string[]): Promise<Map<string, ReadingVerdict>> {
  const out = new Map<string, ReadingVerdict>()
  for (let i = 0; i < messageIds.length; i += 500) {
    const rows = await db.selectFrom('readings').select(['message_id', 'label', 'model_version']).where('workspace_id', '=', workspaceId).where('message_id', 'in', messageIds.slice(i, i + 500)).execute()
    for (const r of rows) out.set(r.message_id, { label: r.label, modelVersion: r.model_version })
  }
  return out
}
