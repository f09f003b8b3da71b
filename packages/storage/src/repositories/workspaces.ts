import { randomUUID } from 'node:crypto'
import { type Kysely, PostgresAdapter, type Transaction, sql } from 'kysely'
import type { Database } from '../schema.js'

/** A tenant: every other row belongs to exactly one. */
export interface Workspace {
  readonly id: string
  readonly name: string
  readonly settings: Record<string, unknown>
  readonly createdAt: number
}

function toWorkspace(r: Database['workspaces']): Workspace {
  return { id: r.id, name: r.name, settings: JSON.parse(r.settings) as Record<string, unknown>, createdAt: r.created_at }
}

/** Finds a workspace by name, creating it if needed. */
export async function ensureWorkspace(db: Kysely<Database>, name: string, now: number): Promise<Workspace> {
  await db.insertInto('workspaces').values({ id: randomUUID(), name, settings: '{}', created_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute()
  const row = await db.selectFrom('workspaces').selectAll().where('name', '=', name).executeTakeFirstOrThrow()
  return toWorkspace(row)
}

export async function findWorkspaceByName(db: Kysely<Database>, name: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('name', '=', name).executeTakeFirst()
  return row === undefined ? undefined : toWorkspace(row)
}

export async function getWorkspace(db: Kysely<Database>, id: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toWorkspace(row)
}

/**
 * Reads a workspace's settings (JSON) inside a transaction and holds them until it ends, so writers
 * of data derived from them (topic rollups) never interleave with a rewrite of them. PostgreSQL: a
 * row lock, `share` for such writers (they do not block each other) and `update` for whoever
 * rewrites the settings. SQLite: the database's write lock, taken now rather than at the first
 * write, so no other connection commits between this read and the transaction's writes.
 */
export async function holdWorkspaceSettings(trx: Transaction<Database>, workspaceId: string, mode: 'share' | 'update'): Promise<string | undefined> {
  const read = trx.selectFrom('workspaces').select('settings').where('id', '=', workspaceId)
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    return (await (mode === 'share' ? read.forShare() : read.forUpdate()).executeTakeFirst())?.settings
  }
  await trx.updateTable('workspaces').set({ settings: sql`settings` }).where('id', '=', workspaceId).execute()
  return (await read.executeTakeFirst())?.settings
}
