import { type Kysely, sql } from 'kysely'
import type { Dialect } from '../dialect.js'
import type { Database } from '../schema.js'

/**
 * Every `table.column` of the database (its current schema on PostgreSQL) whose text holds
 * `needle` somewhere, in any row: for tests that check a string is gone from everywhere, whichever
 * table a future change keeps it in. Text and JSON columns are searched, with LIKE (case-sensitive
 * on PostgreSQL, ASCII-insensitive on SQLite).
 */
export async function findText(db: Kysely<Database>, dialect: Dialect, needle: string): Promise<string[]> {
  const columns: { table: string; column: string }[] = []
  if (dialect === 'sqlite') {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
    for (const t of tables.rows) {
      const cols = await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${t.name})`.execute(db)
      for (const c of cols.rows) if (c.type === '' || /text|char|clob|json/i.test(c.type)) columns.push({ table: t.name, column: c.name })
    }
  } else {
    const cols = await sql<{ table_name: string; column_name: string }>`select table_name, column_name from information_schema.columns where table_schema = current_schema() and data_type in ('text', 'character varying', 'json', 'jsonb')`.execute(db)
    for (const c of cols.rows) columns.push({ table: c.table_name, column: c.column_name })
  }
  const hits: string[] = []
  const pattern = `%${needle.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
  for (const { table, column } of columns) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where cast(${sql.ref(column)} as text) like ${pattern} escape '\\'`.execute(db)
    if (Number(r.rows[0]?.n ?? 0) > 0) hits.push(`${table}.${column}`)
  }
  return hits.sort()
}
