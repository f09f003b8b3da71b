import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

const DAY = 86_400_000

/**
 * Opening moods per language over the conversations opened in `[from, to)` (whole days from the one
 * `from` falls in), conversations of no known language left out: from the daily fact rollups, so it
 * costs one small grouped read however many conversations there are.
 */
export async function languageMoodSums(db: Kysely<Database>, workspaceId: string, from: number, to: number): Promise<{ language: string; n: number; scoreSum: number }[]> {
  const rows = await db
    .selectFrom('fact_rollups')
    .select(['value', (eb) => eb.fn.sum<number>('n_pair').as('n'), (eb) => eb.fn.sum<number>('sum_open').as('s')])
    .where('workspace_id', '=', workspaceId)
    .where('dimension', '=', 'language')
    .where('day', '>=', Math.floor(from / DAY) * DAY)
    .where('day', '<', to)
    .groupBy('value')
    .execute()
  return rows.filter((r) => r.value !== '(none)' && r.value !== 'und').map((r) => ({ language: r.value, n: Number(r.n ?? 0), scoreSum: Number(r.s ?? 0) }))
}
