import type { Kysely } from 'kysely'

/**
 * Helpdesk connectors (their inbound events, backfill progress and write-back outbox) and alert
 * destinations (their rules and delivery outbox with its dead letters). Secrets are stored only as
 * the encrypted envelopes the server writes; nothing here can decrypt them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('connectors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text', (c) => c.notNull())
    .addColumn('hook_token', 'text', (c) => c.notNull().unique())
    .addColumn('allow_private_network', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('last_refusal_at', 'bigint')
    .addColumn('last_refusal_code', 'text')
    .addColumn('backfill_state', 'text', (c) => c.notNull().defaultTo('idle'))
    .addColumn('backfill_cursor', 'text')
    .addColumn('backfill_since', 'bigint')
    .addColumn('backfill_conversations', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('backfill_messages', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('backfill_total', 'integer')
    .addColumn('backfill_error', 'text')
    .addColumn('backfill_updated_at', 'bigint')
    .addUniqueConstraint('connectors_name', ['workspace_id', 'name'])
    .execute()

  await db.schema
    .createTable('connector_events')
    .addColumn('connector_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('messages', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addPrimaryKeyConstraint('connector_events_pk', ['connector_id', 'event_id'])
    .execute()
  await db.schema.createIndex('connector_events_recent').on('connector_events').columns(['connector_id', 'received_at']).execute()

  await db.schema
    .createTable('write_backs')
    .addColumn('connector_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('written', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_until', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('write_backs_pk', ['connector_id', 'conversation_id'])
    .execute()
  await db.schema.createIndex('write_backs_due').on('write_backs').columns(['state', 'next_attempt_at']).execute()

  await db.schema
    .createTable('destinations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text', (c) => c.notNull())
    .addColumn('allow_private_network', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('destinations_name', ['workspace_id', 'name'])
    .execute()

  await db.schema
    .createTable('alert_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('destination_ids', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('alert_rules_workspace').on('alert_rules').columns(['workspace_id', 'kind']).execute()

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('destination_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('notice_id', 'text', (c) => c.notNull())
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_until', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('delivered_at', 'bigint')
    .addUniqueConstraint('deliveries_notice', ['destination_id', 'notice_id'])
    .execute()
  await db.schema.createIndex('deliveries_due').on('deliveries').columns(['state', 'next_attempt_at']).execute()
  await db.schema.createIndex('deliveries_recent').on('deliveries').columns(['workspace_id', 'created_at']).execute()
  await db.schema.createIndex('deliveries_subject').on('deliveries').columns(['rule_id', 'subject_id', 'created_at']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['deliveries', 'alert_rules', 'destinations', 'write_backs', 'connector_events', 'connectors']) await db.schema.dropTable(t).ifExists().execute()
}
