import type { Kysely } from 'kysely'

/** Pre-aggregated readings per time bucket and segment, kept up to date as messages are read. */
export async function up(db: Kysely<unknown>): Promise<void> {
  let t = db.schema
    .createTable('rollups')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('granularity', 'text', (c) => c.notNull())
    .addColumn('bucket', 'bigint', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('sum_score', 'double precision', (c) => c.notNull())
    .addColumn('sum_sq', 'double precision', (c) => c.notNull())
    .addColumn('neg', 'integer', (c) => c.notNull())
    .addColumn('pos', 'integer', (c) => c.notNull())
  for (const e of ROLLUP_EMOTIONS) t = t.addColumn(`e_${e}`, 'double precision', (c) => c.notNull().defaultTo(0))
  await t.addPrimaryKeyConstraint('rollups_pk', ['workspace_id', 'granularity', 'dimension', 'value', 'bucket']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rollups').ifExists().execute()
}

export const ROLLUP_EMOTIONS = ['frustration', 'anger', 'confusion', 'urgency', 'satisfaction', 'gratitude', 'disappointment', 'sarcasm'] as const
