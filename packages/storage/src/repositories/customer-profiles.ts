import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** What the business told us about a customer. */
export interface CustomerProfileRow {
  /** The customer's id in the system the messages came from. */
  readonly external_id: string
  readonly segment: string | null
  readonly plan: string | null
  readonly value: number | null
}

/** The profiles of these customers, scoped to the workspace, keyed by id. */
export async function customerProfiles(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<Map<string, CustomerProfileRow>> {
  const profiles = new Map<string, CustomerProfileRow>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('customers').select(['id', 'external_id', 'segment', 'plan', 'value']).where('workspace_id', '=', workspaceId).where('id', 'in', ids.slice(i, i + 500)).execute()
    for (const r of rows) profiles.set(r.id, r)
  }
  return profiles
}
