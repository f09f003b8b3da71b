/** Whether an alert was already raised for a subject, so a periodic scan raises each finding once. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** True when the workspace has an alert of this kind about this subject (acknowledged or not). */
export async function alertRaised(db: Kysely<Database>, workspaceId: string, kind: string, subjectId: string): Promise<boolean> {
  const row = await db.selectFrom('alerts').select('id').where('workspace_id', '=', workspaceId).where('kind', '=', kind).where('subject_id', '=', subjectId).executeTakeFirst()
  return row !== undefined
}
