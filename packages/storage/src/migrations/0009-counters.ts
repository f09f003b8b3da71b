import type { Kysely } from 'kysely'

/** Running counts per workspace (messages, readable messages, readings); 0012 adds columns and fills them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspace_counters')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey())
    .addColumn('messages', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('readable', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('readings', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workspace_counters').ifExists().execute()
}
