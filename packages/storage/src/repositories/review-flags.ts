/** Review flags: a person marks a reading as wrong or doubtful, and it goes to the top of the review queue. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** Flags a reading; the same person flagging it again replaces the note and the time. */
export async function flagReading(db: Kysely<Database>, workspaceId: string, flag: { messageId: string; flaggedBy: string; note: string | null; at: number }): Promise<void> {
  await db
    .insertInto('review_flags')
    .values({ workspace_id: workspaceId, message_id: flag.messageId, flagged_by: flag.flaggedBy, note: flag.note, created_at: flag.at })
    .onConflict((oc) => oc.columns(['workspace_id', 'message_id', 'flagged_by']).doUpdateSet({ note: flag.note, created_at: flag.at }))
    .execute()
}
