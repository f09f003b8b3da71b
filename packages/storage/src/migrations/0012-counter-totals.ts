import type { Kysely } from 'kysely'
import { rebuildCounters } from '../repositories/workspace-counters.js'
import type { Database } from '../schema.js'

/** Conversations and customers join the running counts; every count is filled from the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspace_counters').addColumn('conversations', 'bigint', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('workspace_counters').addColumn('customers', 'bigint', (c) => c.notNull().defaultTo(0)).execute()
  await rebuildCounters(db as unknown as Kysely<Database>)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspace_counters').dropColumn('conversations').execute()
  await db.schema.alterTable('workspace_counters').dropColumn('customers').execute()
}
