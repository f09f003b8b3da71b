import type { Kysely } from 'kysely'

/**
 * Fair turns in the embedded queue: each job's group (the workspace, for reading jobs) and its
 * turn, the group's backlog when it was enqueued. Claims go by priority, then turn, so one
 * workspace's backlog no longer holds up everybody else's jobs. Existing jobs take turn 0 in the
 * group '' (that of jobs enqueued without a group).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('group_key', 'text', (c) => c.notNull().defaultTo('')).execute()
  await db.schema.alterTable('jobs').addColumn('turn', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  // Counting a group's backlog at every enqueue.
  await db.schema.createIndex('jobs_group_backlog').on('jobs').columns(['queue', 'group_key', 'state']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('jobs_group_backlog').execute()
  await db.schema.alterTable('jobs').dropColumn('turn').execute()
  await db.schema.alterTable('jobs').dropColumn('group_key').execute()
}
