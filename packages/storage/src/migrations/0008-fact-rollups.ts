import type { Kysely } from 'kysely'
import { rebuildFactRollups } from '../repositories/fact-rollups.js'
import type { Database } from '../schema.js'

/**
 * Daily rollups of conversation facts (sums per segment, and histograms of escalation score,
 * closing score and response times), kept up to date as conversations change, so resolution,
 * escalation, response-time and agent analytics read a few hundred rows instead of every
 * conversation. Filled from the stored facts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let t = db.schema.createTable('fact_rollups').addColumn('workspace_id', 'text', (c) => c.notNull()).addColumn('dimension', 'text', (c) => c.notNull()).addColumn('value', 'text', (c) => c.notNull()).addColumn('day', 'bigint', (c) => c.notNull())
  for (const c of ['n', 'n_pair', 'sum_open', 'sum_close', 'sum_open_close', 'sum_open_sq', 'sum_close_sq', 'n_resolved', 'n_human', 'n_handoff', 'n_sla']) t = t.addColumn(c, 'double precision', (col) => col.notNull().defaultTo(0))
  await t.addPrimaryKeyConstraint('fact_rollups_pk', ['workspace_id', 'dimension', 'value', 'day']).execute()
  await db.schema
    .createTable('fact_bins')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('cell', 'text', (c) => c.notNull())
    .addColumn('bin', 'integer', (c) => c.notNull())
    .addColumn('day', 'bigint', (c) => c.notNull())
    .addColumn('n', 'double precision', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('fact_bins_pk', ['workspace_id', 'kind', 'dimension', 'value', 'cell', 'bin', 'day'])
    .execute()
  await rebuildFactRollups(db as unknown as Kysely<Database>)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('fact_bins').ifExists().execute()
  await db.schema.dropTable('fact_rollups').ifExists().execute()
}
