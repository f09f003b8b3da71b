import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
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
