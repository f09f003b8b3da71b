import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely'
import type { Dialect } from './dialect.js'
import * as initial from './migrations/0001-initial.js'
import * as rollups from './migrations/0002-rollups.js'
import * as facts from './migrations/0003-conversation-facts.js'
import * as targets from './migrations/0004-targets.js'
import * as messageTime from './migrations/0005-message-time-index.js'
import * as queueIndex from './migrations/0006-queue-index.js'
import * as learning from './migrations/0007-learning.js'
import * as factRollups from './migrations/0008-fact-rollups.js'
import * as counters from './migrations/0009-counters.js'
import * as driverSnapshots from './migrations/0010-driver-snapshots.js'
import * as reviewFlags from './migrations/0011-review-flags.js'
import * as counterTotals from './migrations/0012-counter-totals.js'
import * as messageConversation from './migrations/0013-message-conversation-index.js'
import * as driverDays from './migrations/0014-driver-days.js'
import * as readingTopics from './migrations/0015-reading-topics.js'
import * as jobGroups from './migrations/0016-job-groups.js'
import * as conversationState from './migrations/0017-conversation-state.js'
import * as connectors from './migrations/0018-connectors.js'
import * as privacy from './migrations/0019-privacy.js'
import * as alertListIndex from './migrations/0020-alert-list-index.js'
import type { Database } from './schema.js'
import { StorageError } from './storage-error.js'

// Migrations are listed here rather than read from a folder, so they work from a bundle and in tests.
function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': { up: (db) => initial.up(db, dialect), down: (db) => initial.down(db) },
    '0002-rollups': { up: (db) => rollups.up(db), down: (db) => rollups.down(db) },
    '0003-conversation-facts': { up: (db) => facts.up(db), down: (db) => facts.down(db) },
    '0004-targets': { up: (db) => targets.up(db), down: (db) => targets.down(db) },
    '0005-message-time-index': { up: (db) => messageTime.up(db), down: (db) => messageTime.down(db) },
    '0006-queue-index': { up: (db) => queueIndex.up(db), down: (db) => queueIndex.down(db) },
    '0007-learning': { up: (db) => learning.up(db), down: (db) => learning.down(db) },
    '0008-fact-rollups': { up: (db) => factRollups.up(db), down: (db) => factRollups.down(db) },
    '0009-counters': { up: (db) => counters.up(db), down: (db) => counters.down(db) },
    '0010-driver-snapshots': { up: (db) => driverSnapshots.up(db), down: (db) => driverSnapshots.down(db) },
    '0011-review-flags': { up: (db) => reviewFlags.up(db), down: (db) => reviewFlags.down(db) },
    '0012-counter-totals': { up: (db) => counterTotals.up(db), down: (db) => counterTotals.down(db) },
    '0013-message-conversation-index': { up: (db) => messageConversation.up(db), down: (db) => messageConversation.down(db) },
    '0014-driver-days': { up: (db) => driverDays.up(db), down: (db) => driverDays.down(db) },
    '0015-reading-topics': { up: (db) => readingTopics.up(db), down: (db) => readingTopics.down(db) },
    '0016-job-groups': { up: (db) => jobGroups.up(db), down: (db) => jobGroups.down(db) },
    '0017-conversation-state': { up: (db) => conversationState.up(db), down: (db) => conversationState.down(db) },
    '0018-connectors': { up: (db) => connectors.up(db), down: (db) => connectors.down(db) },
    '0019-privacy': { up: (db) => privacy.up(db), down: (db) => privacy.down(db) },
    '0020-alert-list-index': { up: (db) => alertListIndex.up(db), down: (db) => alertListIndex.down(db) },
  }
}

/**
 * Brings the schema up to date. Safe to call on every start: applied migrations are skipped.
 * `schema` (PostgreSQL) keeps Kysely's bookkeeping tables in that schema too, so a database with
 * several Undertone schemas never confuses one schema's migrations with another's.
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect, schema?: string): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) }
  const migrator = new Migrator({ db, provider, ...(schema === undefined ? {} : { migrationTableSchema: schema }) })
  const { error, results } = await migrator.migrateToLatest()
  if (error !== undefined) {
    throw new StorageError('UT_E_STORAGE_MIGRATION', `migration failed: ${(error as Error).message ?? String(error)}`, { results }, { cause: error })
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
