import type { Reader } from '@undertone/engine'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { BatchReader } from '../batch-reader.js'
import type { EventBus } from '../event-bus.js'
import type { ReadLimits } from '../read-limits.js'
import type { PipelineDeps } from './read-and-store.js'
import type { WorkspaceAdaptations } from './learning/workspace-adaptations.js'
import type { Scheduler } from './scheduler.js'

/**
 * What the use cases work with, built once by `createApp`: storage, the base reader (no
 * adaptation; for training, evaluation and imports), the pool requests read on, the reading
 * pipeline, each workspace's learned adaptation, the background scheduler and the clock.
 */
export interface Services {
  readonly db: Kysely<Database>
  readonly clock: () => number
  readonly reader: Reader
  /** Where requests read texts (a worker-thread pool, or the event loop in slices). */
  readonly requestPool: BatchReader
  readonly readLimits: ReadLimits
  readonly pipeline: PipelineDeps
  readonly adaptations: WorkspaceAdaptations
  readonly scheduler: Scheduler
  readonly events: EventBus
}
