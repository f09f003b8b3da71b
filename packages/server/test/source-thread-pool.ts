import { type BatchReader, type ThreadPoolOptions, threadPoolBatchReader } from '../src/index.js'

/**
 * The production thread pool, its threads running this checkout's TypeScript sources (through
 * tsx, workspace packages resolved to their sources) as the test runner does, so tests exercise
 * the real threads without a build and never a stale dist/.
 */
export function sourceThreadPool(options: Omit<ThreadPoolOptions, 'execArgv'> = {}): BatchReader {
  return threadPoolBatchReader({ ...options, execArgv: ['--import', 'tsx', '--conditions=source'] })
}
