import type SQLite from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

/** How many distinct statements a connection keeps prepared (an `in (…)` list of each length is one). */
const CACHE_SIZE = 500

/**
 * The SQLite database as Kysely's dialect sees it, with each statement prepared once and reused.
 * Kysely prepares every query afresh, which cost a tenth of the reading pipeline's time; the
 * pipeline runs the same few dozen statements over and over. Least recently used statements are
 * dropped past {@link CACHE_SIZE}; one still being iterated (a streamed query) is never handed
 * out twice, a fresh one is prepared instead.
 */
export function cachedStatements(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>()
  return {
    close: () => {
      cache.clear()
      sqlite.close()
    },
    prepare: (sql: string): SqliteStatement => {
      const hit = cache.get(sql)
      if (hit !== undefined && !hit.busy) {
        // Re-inserted so the Map's order stays least recently used first.
        cache.delete(sql)
        cache.set(sql, hit)
        return hit as unknown as SqliteStatement
      }
      const stmt = sqlite.prepare(sql)
      if (hit === undefined) {
        cache.set(sql, stmt)
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
      }
      return stmt as unknown as SqliteStatement
    },
  }
}
