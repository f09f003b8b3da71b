import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Dialect } from '../dialect.js'
import { migrateToLatest } from '../migrate.js'
import { type OpenDatabase, openDatabase } from '../open-database.js'

/** A migrated database for one test file, and how to throw it away. */
export type FreshDatabase = OpenDatabase & { drop(): Promise<void>; readonly schema?: string }

/**
 * A fresh, migrated database for tests: SQLite in memory, or a throwaway schema on the real
 * PostgreSQL server at `pgUrl` (never a mock), dropped with everything in it by `drop()`.
 */
export async function freshDatabase(dialect: Dialect, pgUrl?: string, prefix = 'ut_test'): Promise<FreshDatabase> {
  if (dialect === 'sqlite') {
    const open = openDatabase({ file: ':memory:' })
    await migrateToLatest(open.db, 'sqlite')
    return { ...open, drop: () => open.close() }
  }
  if (pgUrl === undefined || pgUrl === '') throw new Error('freshDatabase: a PostgreSQL URL is needed for the postgres dialect')
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: pgUrl })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const open = openDatabase({ url: pgUrl, schema, poolSize: 4 })
  await migrateToLatest(open.db, 'postgres', schema)
  return {
    ...open,
    schema,
    drop: async () => {
      await open.close()
      const c = new pg.Client({ connectionString: pgUrl })
      await c.connect()
      await c.query(`drop schema ${schema} cascade`)
      await c.end()
    },
  }
}

/** The dialects a test suite runs on: SQLite always, PostgreSQL when a URL is given. */
export function testDialects(pgUrl: string | undefined): Dialect[] {
  return pgUrl === undefined || pgUrl === '' ? ['sqlite'] : ['sqlite', 'postgres']
}
