/** The CLI's failures that are the user's to fix (a path, an option, an input), with stable codes. */

/** Stable codes of the CLI's own failures. */
export type CliErrorCode =
  | 'UT_E_INPUT'
  | 'UT_E_INPUT_MISSING'
  | 'UT_E_INPUT_UNREADABLE'
  | 'UT_E_OUTPUT_UNWRITABLE'
  | 'UT_E_BAD_OPTION'
  | 'UT_E_UNKNOWN_DOMAIN'
  | 'UT_E_BAD_MODEL'
  | 'UT_E_NO_DATABASE'
  | 'UT_E_DATABASE'
  | 'UT_E_UNREACHABLE'
  | 'UT_E_WEBHOOK'
  | 'UT_E_SECRET_KEY'

/** A failure the CLI prints as one line (no stack trace) and ends with `exitCode`. */
export class CliError extends Error {
  readonly code: CliErrorCode
  readonly exitCode: number

  constructor(code: CliErrorCode, message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'CliError'
    this.code = code
    this.exitCode = options.exitCode ?? 2
  }
}

/** Node's file-system error codes in words. */
export const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
}

/** A Node system error (fs, net) with the fields Node gives it. */
export type SystemError = Error & { code?: unknown; path?: unknown }

/**
 * The file error `err` as a {@link CliError} that names `path` and says what went wrong in words;
 * anything that is not a file-system error comes back unchanged.
 */
export function fileError(err: unknown, path: string, access: 'read' | 'write'): unknown {
  const code = (err as SystemError | undefined)?.code
  if (typeof code !== 'string' || REASONS[code] === undefined) return err
  const errorCode = access === 'write' ? 'UT_E_OUTPUT_UNWRITABLE' : code === 'ENOENT' ? 'UT_E_INPUT_MISSING' : 'UT_E_INPUT_UNREADABLE'
  return new CliError(errorCode, `cannot ${access} ${path}: ${REASONS[code]}`, { cause: err })
}
