/**
 * The only way connectors and destinations reach the network: a `fetch` that follows no redirect,
 * has a deadline, caps the answer's size and, unless an admin allowed it, never connects to a private,
 * loopback or otherwise internal address (server-side request forgery: a tenant who configures a URL
 * must not be able to reach the metadata service or the database next door).
 */
import { isIP } from 'node:net'
import { Agent, request } from 'undici'
import { OutboundRefusedError, VendorHttpError } from '../connector-errors.js'
import type { BoundedFetch } from '../vendor-adapter.js'
import { addressClass } from './is-public-address.js'
import { privateAddressRefusal, publicOnlyLookup } from './public-lookup.js'

/** How outbound requests are bounded. */
export interface BoundedFetchOptions {
  /** The whole exchange (DNS, connect, send, the complete answer) must end within this. */
  readonly timeoutMs: number
  /** An admin setting: lets requests reach loopback and private addresses. Every other bound still holds. */
  readonly allowPrivateNetwork: boolean
  /** Bytes of answer accepted at most (default {@link DEFAULT_MAX_RESPONSE_BYTES}). */
  readonly maxResponseBytes?: number
}

/** 16 MiB: a large page of a vendor's incremental export fits; a runaway answer does not. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024

const USER_AGENT = 'Undertone'

function refusalIn(err: unknown): OutboundRefusedError | null {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof OutboundRefusedError) return e
  }
  return null
}

function describeFailure(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown } }).cause
  const code = (err as { code?: unknown }).code ?? cause?.code
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err)
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  return headers
}

/** Lets go of an answer's body; destroying it emits an abort error that nobody else is listening for. */
function discard(body: NodeJS.ReadableStream & { destroy(): void }): void {
  body.on('error', () => {})
  body.destroy()
}

/** Statuses whose Response may not carry a body. */
const NULL_BODY = new Set([204, 205])

/**
 * Builds the bounded fetch. Refusals (a scheme other than http/https, an internal address, a redirect)
 * throw {@link OutboundRefusedError}; a timeout or network failure throws a retryable
 * {@link VendorHttpError} with status null; an answer over the size cap throws a permanent one with the
 * answer's status. Any other status comes back as a `Response` whose body is already read (the caller
 * decides what a 4xx means). Errors name the URL's origin only: paths of chat webhooks are secrets.
 */
export function createBoundedFetch(options: BoundedFetchOptions): BoundedFetch {
  const { timeoutMs, allowPrivateNetwork } = options
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  const dispatcher = new Agent({
    connect: allowPrivateNetwork ? { timeout: timeoutMs } : { timeout: timeoutMs, lookup: publicOnlyLookup },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  })

  return async (url, init = {}) => {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      throw new OutboundRefusedError('not a URL')
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new OutboundRefusedError(`${target.protocol} URLs are refused; only http and https`)
    const origin = target.origin
    // A literal IP never reaches the lookup, so it is checked here.
    const literal = target.hostname.replace(/^\[(.*)\]$/, '$1')
    if (!allowPrivateNetwork && isIP(literal) !== 0 && addressClass(literal) !== 'public') throw privateAddressRefusal(literal, literal)

    const given = init.headers ?? {}
    const headers = Object.keys(given).some((k) => k.toLowerCase() === 'user-agent') ? given : { 'user-agent': USER_AGENT, ...given }
    const signal = AbortSignal.timeout(timeoutMs)
    try {
      const answer = await request(target, {
        dispatcher,
        method: (init.method ?? 'GET') as 'GET',
        headers,
        body: init.body ?? null,
        signal,
      })
      if (answer.statusCode >= 300 && answer.statusCode < 400) {
        discard(answer.body)
        throw new OutboundRefusedError(`${origin} answered ${answer.statusCode} (a redirect); redirects are not followed, configure the final URL`)
      }
      const parts: Buffer[] = []
      let size = 0
      for await (const chunk of answer.body) {
        size += (chunk as Buffer).length
        if (size > maxBytes) {
          discard(answer.body)
          throw new VendorHttpError(`${origin} answered more than ${maxBytes} bytes`, answer.statusCode, null, true)
        }
        parts.push(chunk as Buffer)
      }
      const body = NULL_BODY.has(answer.statusCode) || size === 0 ? null : Buffer.concat(parts)
      return new Response(body, { status: answer.statusCode, headers: toHeaders(answer.headers) })
    } catch (err) {
      if (err instanceof VendorHttpError) throw err
      const refusal = refusalIn(err)
      if (refusal !== null) throw refusal
      if (signal.aborted) throw new VendorHttpError(`${origin} did not answer within ${timeoutMs} ms`, null, null, false)
      throw new VendorHttpError(`${origin} could not be reached (${describeFailure(err)})`, null, null, false)
    }
  }
}
