import type { Context } from 'hono'

/** Stable error codes of the API; each maps to one HTTP status. */
export const PROBLEMS = {
  UT_E_UNAUTHORIZED: 401,
  UT_E_FORBIDDEN: 403,
  UT_E_NOT_FOUND: 404,
  UT_E_VALIDATION: 400,
  UT_E_BAD_JSON: 400,
  UT_E_BAD_ENCODING: 400,
  UT_E_UNSUPPORTED_MEDIA: 415,
  UT_E_TOO_LARGE: 413,
  UT_E_RATE_LIMITED: 429,
  UT_E_IDEMPOTENCY_CONFLICT: 409,
  UT_E_CONFLICT: 409,
  UT_E_LIMIT_REACHED: 409,
  UT_E_NOT_READY: 503,
  /** A request's reading ran past its time (`ReadLimits.readTimeMs`); fewer texts, or later, may pass. */
  UT_E_READ_TIMEOUT: 503,
  UT_E_INTERNAL: 500,
  /** An inbound helpdesk event without the vendor's signature, with a wrong one, or one outside the time tolerance. */
  UT_E_SIGNATURE_MISSING: 401,
  UT_E_SIGNATURE_INVALID: 401,
  UT_E_SIGNATURE_STALE: 401,
  /** An inbound helpdesk event that is not the vendor's documented shape. */
  UT_E_VENDOR_PAYLOAD: 400,
  /** Connectors and destinations need an encryption key for their secrets, and none is configured. */
  UT_E_NO_SECRET_KEY: 503,
  /** A stored secret does not open with the configured keys (a key was dropped too early, or the row was tampered with). */
  UT_E_SECRET_KEY: 500,
} as const
export type ProblemCode = keyof typeof PROBLEMS

/** An error the API answers with an RFC 9457 problem document. */
export class ProblemError extends Error {
  readonly code: ProblemCode
  readonly status: number
  readonly errors: readonly { path: string; message: string }[] | undefined
  /** Headers the answer carries (`retry-after`, `www-authenticate`). */
  readonly headers: Record<string, string>

  constructor(code: ProblemCode, detail: string, errors?: readonly { path: string; message: string }[], headers: Record<string, string> = {}) {
    super(detail)
    this.name = 'ProblemError'
    this.code = code
    this.status = PROBLEMS[code]
    this.errors = errors
    this.headers = headers
  }
}

/** The one error envelope: `application/problem+json` with a stable `code`. */
export function problem(c: Context, code: ProblemCode, detail: string, errors?: readonly { path: string; message: string }[], headers: Record<string, string> = {}): Response {
  const status = PROBLEMS[code]
  const body = {
    type: `https://undertone.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: code,
    status,
    detail,
    code,
    instance: c.req.path,
    ...(errors === undefined ? {} : { errors }),
  }
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } })
}
