import type { Kysely } from 'kysely'

/** The queue takes a workspace's conversations newest customer message first. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('conversations_workspace_last_customer').on('conversations').columns(['workspace_id', 'last_customer_at']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('conversations_workspace_last_customer').ifExists().execute()
}
