import { type FreshDatabase, freshDatabase as fresh, testDialects } from '../src/testing.js'

/**
 * The dialects every storage test runs on. SQLite always; PostgreSQL against the machine's real
 * server at UNDERTONE_PG_URL (CI sets it), each test file in its own throwaway schema.
 */
export const PG_URL = process.env.UNDERTONE_PG_URL
export const DIALECTS = testDialects(PG_URL)
if (DIALECTS.length === 1) console.warn('[storage tests] PostgreSQL not configured (set UNDERTONE_PG_URL): running on SQLite only')

/** A fresh, migrated database of the given dialect, and how to throw it away. */
export function freshDatabase(dialect: 'sqlite' | 'postgres'): Promise<FreshDatabase> {
  return fresh(dialect, PG_URL)
}
