import type { Kysely } from 'kysely'

/** Readings agents flagged as wrong or doubtful, for the review queue. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('review_flags')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('flagged_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_flags_pk', ['workspace_id', 'message_id', 'flagged_by'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('review_flags').ifExists().execute()
}
