/**
 * How an adapter's call to a vendor API fails: every network error, timeout or non-2xx answer becomes a
 * `VendorHttpError` that says whether a retry can help and when (`Retry-After`), so the server's retry
 * policy never has to know a vendor. Also the two `Authorization` forms the vendors use.
 */
import { OutboundRefusedError, VendorHttpError } from '../connector-errors.js'
import type { BoundedFetch } from '../vendor-adapter.js'

/** `Authorization` for HTTP Basic (Zendesk `email/token:token`, Freshdesk `apiKey:X`). */
export function basicAuth(user: string, password: string): string {
  return 'Basic ' + Buffer.from(`${user}:${password}`, 'utf8').toString('base64')
}

/** `Authorization` for a bearer token (Intercom, Zendesk OAuth). */
export function bearerAuth(token: string): string {
  return 'Bearer ' + token
}

/**
 * How long the vendor asks us to wait, in ms: `Retry-After` as seconds or an HTTP date, else a
 * rate-limit reset header (`X-RateLimit-Reset` as a unix time, `ratelimit-reset` as seconds left).
 * Null when the answer names no wait.
 */
export function retryAfterMs(headers: Headers, now: number): number | null {
  const retryAfter = headers.get('retry-after')?.trim()
  if (retryAfter !== undefined && retryAfter !== '') {
    if (/^\d+(?:\.\d+)?$/.test(retryAfter)) return Math.round(Number(retryAfter) * 1000)
    const at = Date.parse(retryAfter)
    if (Number.isFinite(at)) return Math.max(0, at - now)
  }
  const reset = headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset')
  if (reset !== null && /^\d+$/.test(reset.trim())) {
    const value = Number(reset)
    // A value this large is a unix time in seconds; a small one is seconds left in the window.
    return value > 1_000_000_000 ? Math.max(0, value * 1000 - now) : value * 1000
  }
  return null
}

/** Whether a retry can fix an answer with this status: timeouts, rate limits and server errors can. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500
}

/**
 * The error for a non-2xx answer: permanent for 4xx other than 408/425/429, with the vendor's wait when
 * it names one. Reads at most a short excerpt of the body for the message (vendors explain 422s there).
 */
export async function httpFailure(response: Response, what: string, now: number = Date.now()): Promise<VendorHttpError> {
  let excerpt = ''
  try {
    excerpt = (await response.text()).slice(0, 300).replace(/\s+/g, ' ').trim()
  } catch {
    // The body is only for the message; an answer cut short still has its status.
  }
  const retryable = isRetryableStatus(response.status)
  return new VendorHttpError(
    `${what}: HTTP ${response.status}${excerpt === '' ? '' : ` (${excerpt})`}`,
    response.status,
    retryable ? retryAfterMs(response.headers, now) : null,
    !retryable,
  )
}

/** One request to a vendor API, as an adapter describes it. */
export interface VendorRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'
  readonly url: string
  readonly authorization: string
  /** Serialised as JSON when present. */
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
}

/**
 * Sends `request` through the bounded fetch and returns the answer when it is 2xx. Everything else
 * throws `VendorHttpError` (a network error or timeout as a retryable one with no status);
 * `OutboundRefusedError` passes through unchanged, since the policy refused it before anything was sent.
 * `passStatuses` lists statuses the caller handles itself (Zendesk's 409), returned instead of thrown.
 */
export async function sendVendorRequest(fetch: BoundedFetch, request: VendorRequest, what: string, passStatuses: readonly number[] = []): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', authorization: request.authorization, ...request.headers }
  const init: { method: string; headers: Record<string, string>; body?: string } = { method: request.method, headers }
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json'
    init.body = JSON.stringify(request.body)
  }
  let response: Response
  try {
    response = await fetch(request.url, init)
  } catch (error) {
    if (error instanceof VendorHttpError || error instanceof OutboundRefusedError) throw error
    const reason = error instanceof Error ? (error.name === 'TimeoutError' || error.name === 'AbortError' ? 'timed out' : error.message) : String(error)
    throw new VendorHttpError(`${what}: ${reason}`, null, null, false)
  }
  if (response.ok || passStatuses.includes(response.status)) return response
  throw await httpFailure(response, what)
}

/** Sends `request` and parses the JSON answer; an answer that is not JSON is a retryable failure. */
export async function vendorJson(fetch: BoundedFetch, request: VendorRequest, what: string): Promise<unknown> {
  const response = await sendVendorRequest(fetch, request, what)
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    throw new VendorHttpError(`${what}: the answer was cut short (${error instanceof Error ? error.message : String(error)})`, response.status, null, false)
  }
  if (text.trim() === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new VendorHttpError(`${what}: the answer is not JSON`, response.status, null, false)
  }
}
