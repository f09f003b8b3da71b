import type { Kysely } from 'kysely'

/** Per-conversation facts for analytics, kept beside the conversation's reading. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const columns: [string, 'double precision' | 'text' | 'bigint' | 'integer'][] = [
    ['open_score', 'double precision'],
    ['close_score', 'double precision'],
    ['open_label', 'text'],
    ['max_urgency', 'double precision'],
    ['human_requested', 'integer'],
    ['sla_breached', 'integer'],
    ['agent_id', 'text'],
    ['opened_at', 'bigint'],
    ['first_response_at', 'bigint'],
    ['resolved_at', 'bigint'],
    ['product_area', 'text'],
    ['channel', 'text'],
    ['segment', 'text'],
    ['plan', 'text'],
    ['language', 'text'],
  ]
  for (const [name, type] of columns) await db.schema.alterTable('conversation_readings').addColumn(name, type).execute()
  await db.schema.createIndex('conversation_readings_opened').on('conversation_readings').columns(['workspace_id', 'opened_at']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('conversation_readings_opened').ifExists().execute()
}
