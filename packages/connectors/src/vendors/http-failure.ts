/**
 * How an adapter's call to a vendor API fails: every network error, timeout or non-2xx answer becomes a
 * `VendorHttpError` that says whether a retry can help and when (`Retry-After`), so the server's retry
 * policy never has to know a vendor. Also the two `Authorization` forms the vendors use.
 */
import { OutboundRefusedError, VendorHttpError, VendorPayloadError } from '../connector-errors.js'
import type { BoundedFetch, ConnectorContext } from '../vendor-adapter.js'
import { parseJsonKeepingLongIntegers } from './payload-fields.js'

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

/** Sends a write and drains its answer (the connection is reused only once the body is read); returns the status. */
export async function vendorWrite(fetch: BoundedFetch, request: VendorRequest, what: string, passStatuses: readonly number[] = []): Promise<number> {
  const response = await sendVendorRequest(fetch, request, what, passStatuses)
  try {
    await response.arrayBuffer()
  } catch {
    // The write was answered with its status; a body cut short after it changes nothing.
  }
  return response.status
}

/**
 * Runs a call that reads vendor answers with the payload accessors: an answer of an unexpected shape is
 * the vendor's failure (retryable), not a bad inbound payload, so `VendorPayloadError` becomes
 * `VendorHttpError` here.
 */
export async function readingVendorAnswers<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof VendorPayloadError) throw new VendorHttpError(`${what}: unexpected answer: ${error.message}`, null, null, false)
    throw error
  }
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
    return parseJsonKeepingLongIntegers(text)
  } catch {
    throw new VendorHttpError(`${what}: the answer is not JSON`, response.status, null, false)
  }
}

/**
 * A configured option by key, looked up in the credentials first and then the settings (a server may
 * file a non-secret credential such as an e-mail address under either). A missing one is a permanent
 * failure: no retry configures it.
 */
export function requiredOption(context: ConnectorContext, key: string, vendor: string): string {
  const value = context.credentials[key] ?? context.settings[key]
  if (value === undefined || value === '') throw new VendorHttpError(`${vendor}: the connector has no ${key} configured`, null, null, true)
  return value
}

/** `path` under the connector's base URL, whichever way the URL was typed (with or without a trailing slash). */
export function apiUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path
}
