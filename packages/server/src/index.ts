/** @module The Undertone HTTP API: `createApp(deps)` (no side effects) and the reading pipeline. */
export { createApp, READ_QUEUE, type AppDeps, type ReadJob } from './create-app.js'
export { readAndStore, toStoredReading, timelineToConversation, type PipelineDeps } from './read-and-store.js'
export { EventBus, type ServiceEvent } from './event-bus.js'
export { Metrics } from './metrics.js'
export { ProblemError, PROBLEMS, problem, type ProblemCode } from './problem.js'
export { runReadingWorker, type WorkerHandle } from './reading-worker.js'
export { MessageSchema, MessageBatchSchema, ScoreRequestSchema } from './schemas.js'
export { type BatchReader, type ReadItem, inProcessBatchReader, threadPoolBatchReader } from './batch-reader.js'
