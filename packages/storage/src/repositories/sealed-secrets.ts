import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** A record that keeps a sealed secret: which table, its id, and the envelope. */
export interface SealedRecord {
  readonly table: 'connectors' | 'destinations'
  readonly id: string
  readonly workspaceId: string
  readonly secrets: string
}

/** Every sealed secret in the database, of every workspace (for re-sealing under a new key). */
export async function sealedRecords(db: Kysely<Database>): Promise<SealedRecord[]> {
  const connectors = await db.selectFrom('connectors').select(['id', 'workspace_id', 'secrets']).orderBy('id').execute()
  const destinations = await db.selectFrom('destinations').select(['id', 'workspace_id', 'secrets']).orderBy('id').execute()
  return [...connectors.map((r) => ({ table: 'connectors' as const, id: r.id, workspaceId: r.workspace_id, secrets: r.secrets })), ...destinations.map((r) => ({ table: 'destinations' as const, id: r.id, workspaceId: r.workspace_id, secrets: r.secrets }))]
}

/** Replaces one record's envelope, only if it is still the one that was read (a concurrent change wins). */
export async function resealRecord(db: Kysely<Database>, record: SealedRecord, secrets: string): Promise<boolean> {
  const r = await db.updateTable(record.table).set({ secrets }).where('id', '=', record.id).where('secrets', '=', record.secrets).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}
