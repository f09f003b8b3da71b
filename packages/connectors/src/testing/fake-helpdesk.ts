/**
 * The HTTP machinery every fake helpdesk shares: a server on 127.0.0.1 with a free port that records
 * each request, checks its credentials, and can be told to answer the next calls with 429, 500 or
 * silence, so adapters are tested against real sockets, real status codes and real timeouts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BackfillPage, BoundedFetch, CanonicalMessage, ConnectorContext, InboundRequest, ParsedEvent, VendorAdapter } from '../vendor-adapter.js'

/** One request the fake received, body parsed as JSON where it was JSON. */
export interface RecordedRequest {
  readonly method: string
  /** The path without the query string. */
  readonly path: string
  readonly query: URLSearchParams
  readonly body: unknown
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>
}

/** What a fake's route answers. */
export interface FakeAnswer {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
}

/** A failure to inject: a status (with `Retry-After` when given), or no answer at all until the client gives up. */
export type FakeFault = { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string } | { readonly kind: 'hang' }

/** A running fake helpdesk. */
export interface FakeHelpdesk {
  /** `http://127.0.0.1:{port}`: the connector's base URL. */
  readonly url: string
  /** Every request received, in order (faulted ones included). */
  readonly requests: RecordedRequest[]
  /** The requests that change something (anything but GET, and Intercom's search POST). */
  writes(): RecordedRequest[]
  /** Answers the next `times` requests matching `match` (all by default) with `fault` instead of the route. */
  fail(fault: FakeFault, times?: number, match?: (request: RecordedRequest) => boolean): void
  close(): Promise<void>
}

/** How a vendor fake answers: `authorized` checks credentials, `route` answers an authorized request. */
export interface FakeHelpdeskBehaviour {
  readonly authorized: (request: RecordedRequest) => boolean
  readonly route: (request: RecordedRequest) => FakeAnswer
  /** Requests that read even though their method is POST (searches). */
  readonly isRead?: (request: RecordedRequest) => boolean
  /** A fixed port (a script pointing a connector at a known address); default a free one. */
  readonly port?: number
}

const MAX_BODY_BYTES = 10 * 1024 * 1024

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('body too large')
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function send(response: ServerResponse, answer: FakeAnswer): void {
  const body = answer.body === undefined ? '' : JSON.stringify(answer.body)
  response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
  response.end(body)
}

/** Starts a fake on 127.0.0.1, on a free port unless `behaviour.port` names one. */
export async function startFakeHelpdesk(behaviour: FakeHelpdeskBehaviour): Promise<FakeHelpdesk> {
  const requests: RecordedRequest[] = []
  const faults: { fault: FakeFault; left: number; match: (request: RecordedRequest) => boolean }[] = []
  const server = createServer((incoming, response) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers[name.toLowerCase()] = value
      let body: unknown
      try {
        body = await readBody(incoming)
      } catch {
        send(response, { status: 413, body: { error: 'too large' } })
        return
      }
      const recorded: RecordedRequest = { method: incoming.method ?? 'GET', path: url.pathname, query: url.searchParams, body, headers }
      requests.push(recorded)
      const pending = faults.find((f) => f.left > 0 && f.match(recorded))
      if (pending !== undefined) {
        pending.left--
        // A hang keeps the socket open without a word; close() ends it.
        if (pending.fault.kind === 'hang') return
        const retryAfter = pending.fault.retryAfter
        send(response, { status: pending.fault.status, body: { error: 'injected failure' }, ...(retryAfter === undefined ? {} : { headers: { 'retry-after': retryAfter } }) })
        return
      }
      if (!behaviour.authorized(recorded)) {
        send(response, { status: 401, body: { error: 'Couldn’t authenticate you' } })
        return
      }
      send(response, behaviour.route(recorded))
    })().catch(() => {
      if (!response.headersSent) send(response, { status: 500, body: { error: 'fake failed' } })
    })
  })
  await new Promise<void>((resolve) => server.listen(behaviour.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET' && !(behaviour.isRead?.(r) ?? false)),
    fail(fault, times = 1, match = () => true) {
      faults.push({ fault, left: times, match })
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Plain `fetch` in the `BoundedFetch` shape, with a timeout so a hanging fake fails the call instead of the test. */
export function testFetch(timeoutMs = 2_000): BoundedFetch {
  return (url, init) => fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
}

/** An inbound request as the server would hand it to an adapter: raw bytes, lower-cased headers. */
export interface SignedRequest {
  readonly rawBody: Uint8Array
  readonly headers: Record<string, string>
  /** The raw body as text, to post it as it was signed. */
  readonly text: string
}

/** The body as the exact text to send: a string as given, anything else as JSON. */
export function bodyText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body)
}

/** The page of `items` after `offset` (offset pagination) and whether more remain. */
export function pageOf<T>(items: readonly T[], offset: number, size: number): { page: T[]; more: boolean } {
  return { page: items.slice(offset, offset + size), more: offset + size < items.length }
}

/** `parseEvent` called the way the server calls it: the body parsed from the raw bytes, undefined when they are not JSON. */
export function parseAsServer(adapter: VendorAdapter, request: InboundRequest, settings: Readonly<Record<string, string>>): ParsedEvent {
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(request.rawBody).toString('utf8'))
  } catch {
    // Not JSON: the server would answer 400 first; the adapter must refuse it on its own as well.
  }
  return adapter.parseEvent(json, request, settings)
}

/** What a backfill interrupted and resumed read. */
export interface ResumedBackfill {
  /** Every message read, by external id. */
  readonly messages: Map<string, CanonicalMessage>
  /** External ids read more than once (a resumed backfill must leave this empty). */
  readonly repeated: string[]
  /** Pages read in all, before and after the restart. */
  readonly pages: number
  /** The pages the first run read before it stopped. */
  readonly beforeRestart: BackfillPage[]
}

/**
 * Reads `pagesBeforeRestart` pages, forgets everything but the last cursor (as a killed worker would),
 * then reads on from that cursor to the end, noting any message read twice.
 */
export async function backfillWithRestart(adapter: VendorAdapter, context: ConnectorContext, since: number, pagesBeforeRestart: number): Promise<ResumedBackfill> {
  const messages = new Map<string, CanonicalMessage>()
  const repeated: string[] = []
  const take = (page: BackfillPage) => {
    for (const m of page.messages) {
      if (messages.has(m.externalId)) repeated.push(m.externalId)
      messages.set(m.externalId, m)
    }
  }
  const beforeRestart: BackfillPage[] = []
  let cursor: string | null = null
  do {
    const page = await adapter.backfillPage(context, cursor, since)
    beforeRestart.push(page)
    take(page)
    cursor = page.cursor
  } while (cursor !== null && beforeRestart.length < pagesBeforeRestart)
  let pages = beforeRestart.length
  const stored = cursor
  for (cursor = stored; cursor !== null; pages++) {
    const page = await adapter.backfillPage(context, cursor, since)
    take(page)
    cursor = page.cursor
  }
  return { messages, repeated, pages, beforeRestart }
}
