import type { Kysely } from 'kysely'
import { rebuildCounters } from '../repositories/workspace-counters.js'
import type { Database } from '../schema.js'

/** Running counts per workspace (messages, readable messages, readings), filled from the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspace_counters')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey())
    .addColumn('messages', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('readable', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('readings', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute()
  await rebuildCounters(db as unknown as Kysely<Database>)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workspace_counters').ifExists().execute()
}
