/** Stable codes of storage failures, for logs and the API's problem responses. */
export type StorageErrorCode = 'UT_E_STORAGE_CONFIG' | 'UT_E_STORAGE_MIGRATION' | 'UT_E_NOT_FOUND' | 'UT_E_CONFLICT'

/** A storage failure with a stable code and the context that explains it. */
export class StorageError extends Error {
  readonly code: StorageErrorCode
  readonly details: Readonly<Record<string, unknown>>

  constructor(code: StorageErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StorageError'
    this.code = code
    this.details = details
  }
}

/** Type guard for {@link StorageError}. */
export function isStorageError(e: unknown): e is StorageError {
  return e instanceof StorageError
}

/** Whether a driver error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505'
}

/** Runs an insert; a unique-constraint violation becomes `UT_E_CONFLICT` naming what already exists. */
export async function conflictAsStorageError<T>(what: string, insert: () => Promise<T>): Promise<T> {
  try {
    return await insert()
  } catch (err) {
    if (isUniqueViolation(err)) throw new StorageError('UT_E_CONFLICT', `${what} already exists`, {}, { cause: err })
    throw err
  }
}
