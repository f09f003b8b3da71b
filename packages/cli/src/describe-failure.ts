import { ProblemError } from '@undertone/server'
import { isStorageError } from '@undertone/storage'
import { CliError, REASONS, type SystemError } from './cli-error.js'
import { ConfigError } from './config.js'

/**
 * What to tell the user about a failure: a {@link CliError} as it is, and the failures that come
 * from outside the program (a configuration, a file, a database, a network peer) in one line.
 * Undefined for anything else, which is a bug and keeps its stack trace.
 */
export function describeFailure(err: unknown): { code: string; message: string; exitCode: number } | undefined {
  if (err instanceof CliError) return { code: err.code, message: err.message, exitCode: err.exitCode }
  if (!(err instanceof Error)) return undefined
  // A use case's problem (an unknown connector, an invalid option) is the user's to fix.
  if (err instanceof ProblemError) return { code: err.code, message: err.errors === undefined ? err.message : `${err.message}: ${err.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, exitCode: err.status >= 500 ? 1 : 2 }
  // Configuration and storage failures carry their own stable codes.
  if (err instanceof ConfigError || isStorageError(err)) return { code: err.code, message: err.message, exitCode: 2 }
  // better-sqlite3's errors (a file that is not a database, a locked one).
  if (err.name === 'SqliteError') return { code: 'UT_E_DATABASE', message: `database: ${err.message}`, exitCode: 1 }
  const e = err as SystemError
  if (typeof e.code !== 'string') return undefined
  if (typeof e.path === 'string' && REASONS[e.code] !== undefined) return { code: 'UT_E_INPUT_UNREADABLE', message: `${e.path}: ${REASONS[e.code]}`, exitCode: 2 }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(e.code)) {
    return { code: 'UT_E_UNREACHABLE', message: `cannot connect: ${err.message}`, exitCode: 1 }
  }
  return undefined
}
