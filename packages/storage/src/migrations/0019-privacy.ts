import type { Kysely } from 'kysely'

/**
 * What privacy needs: the audit trail (append-only: who changed what, when), each workspace's
 * retention policy (how long message texts are kept), and a record of each erased customer (our
 * id and the ids of their conversations, never their external id), so a repeated erasure answers
 * a receipt and the worker can sweep anything a reading that was under way wrote afterwards.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_log_recent').on('audit_log').columns(['workspace_id', 'at', 'id']).execute()

  await db.schema
    .createTable('retention_policies')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey())
    .addColumn('days', 'integer')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('last_run_at', 'bigint')
    .execute()

  await db.schema
    .createTable('customer_erasures')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('conversation_ids', 'text', (c) => c.notNull())
    .addColumn('erased_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_erasures_pk', ['workspace_id', 'customer_id'])
    .execute()
  await db.schema.createIndex('customer_erasures_recent').on('customer_erasures').columns(['erased_at']).execute()

  // An erasure finds a customer's alerts and queued notices by subject.
  await db.schema.createIndex('alerts_subject').on('alerts').columns(['workspace_id', 'subject_id']).execute()
  await db.schema.createIndex('deliveries_workspace_subject').on('deliveries').columns(['workspace_id', 'subject_id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deliveries_workspace_subject').ifExists().execute()
  await db.schema.dropIndex('alerts_subject').ifExists().execute()
  for (const t of ['customer_erasures', 'retention_policies', 'audit_log']) await db.schema.dropTable(t).ifExists().execute()
}
