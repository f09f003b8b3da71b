import { retryAfterMs } from './retry-after.js'

/** A failed call: the API's problem document (RFC 9457), or `UT_E_NETWORK` (status 0) when no answer came. */
export class UndertoneError extends Error {
  /** The HTTP status; 0 when the server could not be reached. */
  readonly status: number
  /** The problem document's stable code (`UT_E_VALIDATION`, `UT_E_NOT_FOUND`, …); `HTTP_<status>` for an answer that is not one. */
  readonly code: string
  /** What went wrong, in words. */
  readonly detail: string
  /** For invalid input: which field (a dotted path such as `messages.3.created_at`) and why. */
  readonly errors: readonly { readonly path: string; readonly message: string }[]
  /** How long the server asked the caller to wait before trying again (its `Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined

  constructor(status: number, code: string, detail: string, errors: readonly { path: string; message: string }[] = [], options?: { cause?: unknown; retryAfterMs?: number | undefined }) {
    super(detail, options)
    this.retryAfterMs = options?.retryAfterMs
    this.name = 'UndertoneError'
    this.status = status
    this.code = code
    this.detail = detail
    this.errors = errors
  }

  /** Whether sending the same request again may succeed: no answer, the server busy or restarting, or too many requests. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status === 502 || this.status === 503 || this.status === 504
  }
}

/** The problem document of a failed answer as an UndertoneError (a body that is not one still gives the status), with its `Retry-After` read against `now`. */
export async function problemOf(res: Response, now: number = Date.now()): Promise<UndertoneError> {
  const doc = (await res.json().catch(() => ({}))) as { code?: unknown; detail?: unknown; title?: unknown; errors?: unknown }
  const errors = Array.isArray(doc.errors) ? doc.errors.filter((e): e is { path: string; message: string } => typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.message === 'string') : []
  const detail = typeof doc.detail === 'string' ? doc.detail : typeof doc.title === 'string' ? doc.title : res.statusText
  return new UndertoneError(res.status, typeof doc.code === 'string' ? doc.code : `HTTP_${res.status}`, detail, errors, { retryAfterMs: retryAfterMs(res.headers.get('retry-after'), now) })
}
