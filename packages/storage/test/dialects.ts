import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { type OpenDatabase, migrateToLatest, openDatabase } from '../src/index.js'

/**
 * The dialects every storage test runs on. SQLite always; PostgreSQL against the machine's real
 * server at UNDERTONE_PG_URL (CI sets it), each test file in its own throwaway schema.
 */
export const PG_URL = process.env.UNDERTONE_PG_URL
export const DIALECTS = ['sqlite', ...(PG_URL === undefined || PG_URL === '' ? [] : ['postgres'])] as const
if (PG_URL === undefined || PG_URL === '') console.warn('[storage tests] PostgreSQL not configured (set UNDERTONE_PG_URL): running on SQLite only')

/** A fresh, migrated database of the given dialect, and how to throw it away. */
export async function freshDatabase(dialect: 'sqlite' | 'postgres'): Promise<OpenDatabase & { drop(): Promise<void>; schema?: string }> {
  if (dialect === 'sqlite') {
    const open = openDatabase({ file: ':memory:' })
    await migrateToLatest(open.db, 'sqlite')
    return { ...open, drop: () => open.close() }
  }
  const schema = `ut_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const open = openDatabase({ url: PG_URL as string, schema, poolSize: 4 })
  await migrateToLatest(open.db, 'postgres', schema)
  return {
    ...open,
    schema,
    drop: async () => {
      await open.close()
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`drop schema ${schema} cascade`)
      await c.end()
    },
  }
}
