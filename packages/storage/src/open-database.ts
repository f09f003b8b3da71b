import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { cachedStatements } from './cached-statements.js'
import type { Dialect } from './dialect.js'
import type { Database } from './schema.js'
import { StorageError } from './storage-error.js'

/** Where the data lives: a PostgreSQL URL, or a folder for the embedded SQLite file. */
export interface DatabaseOptions {
  readonly url?: string
  readonly dataDir?: string
  /** SQLite file name inside `dataDir`; ':memory:' for a throwaway database. */
  readonly file?: string
  /** PostgreSQL pool size. */
  readonly poolSize?: number
  /** PostgreSQL schema to use (created if missing); tests isolate themselves with it. */
  readonly schema?: string
  /**
   * SQLite: open only a database file that is already there (UT_E_NOT_FOUND otherwise), creating
   * neither it nor its folder; for commands that only read.
   */
  readonly mustExist?: boolean
}

/** An open database with its dialect. */
export interface OpenDatabase {
  readonly db: Kysely<Database>
  readonly dialect: Dialect
  /**
   * Refreshes the query planner's statistics where they went stale (SQLite; PostgreSQL's
   * autovacuum does this itself). Also runs on open and every few minutes while open.
   */
  optimize(): Promise<void>
  close(): Promise<void>
}

/** How often an open SQLite database refreshes its planner statistics. */
const OPTIMIZE_EVERY_MS = 5 * 60_000

let pgTypesSet = false

/**
 * Opens SQLite (the default: `<dataDir>/undertone.db`, WAL mode) or PostgreSQL (`url` starting
 * with `postgres://` or `postgresql://`). A new SQLite file is readable by its owner only (0600,
 * and so are its -wal and -shm files), in a folder made 0700 when this creates it: the file holds
 * every customer message.
 */
export function openDatabase(options: DatabaseOptions): OpenDatabase {
  if (options.url !== undefined && options.url !== '') {
    if (!/^postgres(ql)?:\/\//.test(options.url)) throw new StorageError('UT_E_STORAGE_CONFIG', 'DATABASE_URL must start with postgres:// or postgresql://')
    if (!pgTypesSet) {
      // int8 (counts, bigint times) and numeric arrive as strings by default; ours fit in a double.
      pg.types.setTypeParser(20, (v) => Number(v))
      pg.types.setTypeParser(1700, (v) => Number(v))
      pgTypesSet = true
    }
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
    })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return { db, dialect: 'postgres', optimize: async () => {}, close: () => db.destroy() }
  }
  const file = options.file === ':memory:' ? ':memory:' : join(options.dataDir ?? './data', options.file ?? 'undertone.db')
  if (file !== ':memory:' && options.mustExist === true && !existsSync(file)) {
    throw new StorageError('UT_E_NOT_FOUND', `no database in ${dirname(file)} (${existsSync(dirname(file)) ? `the folder has no ${basename(file)}` : 'no such folder'})`, { file })
  }
  if (file !== ':memory:' && options.mustExist !== true) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
    // Created here rather than by SQLite, which would use 0644; SQLite gives the -wal and -shm
    // files the mode of the database file. An existing file keeps the mode its owner chose.
    closeSync(openSync(file, 'a', 0o600))
  }
  const sqlite = new SQLite(file, { fileMustExist: options.mustExist === true && file !== ':memory:' })
  sqlite.pragma('journal_mode = WAL')
  // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commits).
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('busy_timeout = 5000')
  // A checkpoint every 64 MB of log rather than every 4 MB: the reading pipeline rewrites the same
  // conversation rows batch after batch, and a checkpoint copies each changed page once however
  // often it changed, so rarer checkpoints write (and sync) far less; commits took half as long.
  sqlite.pragma('wal_autocheckpoint = 16384')
  sqlite.pragma('journal_size_limit = 67108864')
  sqlite.pragma('foreign_keys = ON')
  // Without statistics SQLite guesses that "workspace_id = ?" is selective, and answers
  // "these messages of this workspace" by walking every message of the workspace instead of
  // looking the ids up: 3.5 s per batch of 200 at 800k messages (the reading pipeline fell to
  // ~100 messages/s as a file grew); with statistics, 5 ms. A bounded ANALYZE keeps them current.
  sqlite.pragma('analysis_limit = 1000')
  sqlite.pragma('optimize = 0x10002')
  const timer = setInterval(() => sqlite.pragma('optimize'), OPTIMIZE_EVERY_MS)
  timer.unref()
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) })
  return {
    db,
    dialect: 'sqlite',
    optimize: async () => {
      sqlite.pragma('optimize')
    },
    close: () => {
      clearInterval(timer)
      return db.destroy()
    },
  }
}
