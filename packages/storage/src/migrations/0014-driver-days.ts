import type { Kysely } from 'kysely'

/**
 * The drivers analysis's tally of each completed day (key phrases, topics, product areas), so a
 * ranking over any window merges stored days instead of reading and tokenising messages again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('driver_days')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('day', 'bigint', (c) => c.notNull())
    // The day's read customer messages and negative ones when it was tallied (a later change to
    // either, from late imports or a rescore, marks the day stale), and the sample it was drawn from.
    .addColumn('messages', 'integer', (c) => c.notNull())
    .addColumn('negative', 'integer', (c) => c.notNull())
    .addColumn('sampled', 'integer', (c) => c.notNull())
    // Which topic model the topic counts came from: after a rediscovery they no longer apply.
    .addColumn('topics_version', 'bigint', (c) => c.notNull())
    .addColumn('computed_at', 'bigint', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('driver_days_pk', ['workspace_id', 'day'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('driver_days').ifExists().execute()
}
