import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database, TargetTable } from '../schema.js'

export interface TargetRecord {
  readonly id: string
  readonly name: string
  readonly metric: string
  readonly dimension: string
  readonly value: string
  readonly goal: number
  readonly direction: 'down' | 'up'
  readonly startAt: number
  readonly dueAt: number
}

const toRecord = (r: TargetTable): TargetRecord => ({ id: r.id, name: r.name, metric: r.metric, dimension: r.dimension, value: r.value, goal: r.goal, direction: r.direction, startAt: r.start_at, dueAt: r.due_at })

export async function createTarget(db: Kysely<Database>, workspaceId: string, t: Omit<TargetRecord, 'id'>, now: number): Promise<TargetRecord> {
  const id = randomUUID()
  await db.insertInto('targets').values({ id, workspace_id: workspaceId, name: t.name, metric: t.metric, dimension: t.dimension, value: t.value, goal: t.goal, direction: t.direction, start_at: t.startAt, due_at: t.dueAt, created_at: now }).execute()
  return { ...t, id }
}

export async function listTargets(db: Kysely<Database>, workspaceId: string): Promise<TargetRecord[]> {
  return (await db.selectFrom('targets').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute()).map(toRecord)
}

export async function deleteTarget(db: Kysely<Database>, workspaceId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('targets').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst()
  return Number(r.numDeletedRows) > 0
}
