import type { Kysely } from 'kysely'

/**
 * The learning loop: corrections keep what the reader said when they were made (for accuracy
 * over time), where they came from, and their own text when they were imported without a stored
 * message; workspace model versions with their metrics; outcomes (CSAT, churn) that the review
 * queue compares readings against.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('corrections').addColumn('text', 'text').execute()
  await db.schema.alterTable('corrections').addColumn('predicted_label', 'text').execute()
  await db.schema.alterTable('corrections').addColumn('model_version', 'text').execute()
  await db.schema.alterTable('corrections').addColumn('source', 'text', (c) => c.notNull().defaultTo('api')).execute()
  await db.schema.createIndex('corrections_workspace_message').on('corrections').columns(['workspace_id', 'message_id']).execute()
  await db.schema.createIndex('corrections_workspace_time').on('corrections').columns(['workspace_id', 'created_at']).execute()
  await db.schema
    .createTable('model_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('metrics', 'text', (c) => c.notNull())
    .addColumn('trained_on', 'integer', (c) => c.notNull())
    .addColumn('held_out', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('promoted_at', 'bigint')
    .addColumn('retired_at', 'bigint')
    .addUniqueConstraint('model_versions_workspace_number', ['workspace_id', 'number'])
    .execute()
  await db.schema.alterTable('conversations').addColumn('csat', 'double precision').execute()
  await db.schema.alterTable('customers').addColumn('churned_at', 'bigint').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('model_versions').ifExists().execute()
  await db.schema.dropIndex('corrections_workspace_message').ifExists().execute()
  await db.schema.dropIndex('corrections_workspace_time').ifExists().execute()
  for (const c of ['text', 'predicted_label', 'model_version', 'source']) await db.schema.alterTable('corrections').dropColumn(c).execute()
  await db.schema.alterTable('conversations').dropColumn('csat').execute()
  await db.schema.alterTable('customers').dropColumn('churned_at').execute()
}
