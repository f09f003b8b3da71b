import type { Kysely } from 'kysely'

/**
 * Each conversation's analysis state beside its reading (JSON, see ConversationState in the
 * analysis package), so a new message is read into it without the conversation's history being
 * loaded again. Null until the conversation is next read; a missing state is rebuilt from the
 * stored messages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversation_readings').addColumn('state', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversation_readings').dropColumn('state').execute()
}
