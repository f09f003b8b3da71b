import type { Kysely } from 'kysely'

/**
 * Which topic each reading is counted under in the topic rollups, and under which topic model
 * (the `computedAt` of the workspace's topics). A rediscovery can then recount history in small
 * chunks while the reading pipeline keeps writing: whoever counts a reading under the current
 * model marks it, and nobody counts a marked reading again or takes out one that was never counted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('readings').addColumn('topic', 'text').execute()
  await db.schema.alterTable('readings').addColumn('topic_version', 'bigint').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('readings').dropColumn('topic_version').execute()
  await db.schema.alterTable('readings').dropColumn('topic').execute()
}
