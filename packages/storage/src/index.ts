/**
 * @module
 * Storage for Undertone: one Kysely schema over SQLite (the embedded default) and PostgreSQL.
 * Every repository function takes the workspace id and scopes its queries by it.
 */
export type { Database } from './schema.js'
export type { Dialect } from './dialect.js'
export { openDatabase, type DatabaseOptions, type OpenDatabase } from './open-database.js'
export { openCounterPool } from './open-counter-pool.js'
export { migrateToLatest } from './migrate.js'
export { StorageError, isStorageError, type StorageErrorCode } from './storage-error.js'
export { isRetryableConflict, retryOnConflict, type RetryOptions } from './retry-on-conflict.js'
export * from './repositories/workspaces.js'
export * from './repositories/api-keys.js'
export * from './repositories/ingest-messages.js'
export * from './repositories/idempotency.js'
export * from './repositories/readings.js'
export * from './repositories/reading-topics.js'
export * from './repositories/analysis-state.js'
export * from './repositories/rollups.js'
export * from './repositories/targets.js'
export * from './repositories/conversation-aggregates.js'
export * from './repositories/driver-sample.js'
export * from './repositories/learning.js'
export * from './repositories/fact-rollups.js'
export * from './repositories/workspace-counters.js'
export * from './repositories/driver-days.js'
export * from './repositories/driver-snapshots.js'
