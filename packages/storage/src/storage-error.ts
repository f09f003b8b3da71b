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
