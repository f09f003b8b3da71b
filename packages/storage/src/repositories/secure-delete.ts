/** Erasing for real on SQLite: deleted and overwritten content zeroed in the file, not left in free space. */
import { type Kysely, SqliteAdapter, type Transaction, sql } from 'kysely'
import type { Database } from '../schema.js'

/**
 * Runs `fn` in a transaction during which SQLite zeroes what it deletes or overwrites
 * (`secure_delete`), so an erased text does not linger in the file's free pages; the previous
 * setting is restored after. SQLite has one connection and runs one transaction at a time, so the
 * setting touches nothing else. PostgreSQL: a plain transaction (its autovacuum reclaims dead rows).
 */
export async function secureDeleteTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return db.transaction().execute(fn)
  const before = (await sql<{ secure_delete: number }>`pragma secure_delete`.execute(db)).rows[0]?.secure_delete ?? 0
  await sql`pragma secure_delete = on`.execute(db)
  try {
    return await db.transaction().execute(fn)
  } finally {
    await sql.raw(`pragma secure_delete = ${Number(before) === 1 ? 'on' : 'off'}`).execute(db)
  }
}
