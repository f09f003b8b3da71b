/**
 * A fake Slack incoming webhook on 127.0.0.1, and the scripted HTTP receiver it is built on (the fake
 * Teams and the webhook receiver use it too): each records what it received and can be told to answer
 * the next N requests with a failure (429 with `Retry-After`, 500) or not at all.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request as a receiver got it. Header names lower-cased. */
export interface RecordedRequest {
  readonly method: string
  /** Path and query. */
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/** How a receiver answers. */
export interface ReceiverAnswer {
  readonly status: number
  readonly body?: string
  readonly headers?: Readonly<Record<string, string>>
}

/** A scripted failure: an answer to give instead of the normal one, or `'hang'` (read the request, never answer). */
export type ScriptedFailure = ReceiverAnswer | 'hang'

/** A running receiver. */
export interface ScriptedReceiver {
  /** The URL to configure (base URL plus the receiver's path). */
  readonly url: string
  /** Every request, failed ones included, in order of arrival. */
  readonly requests: readonly RecordedRequest[]
  /** Answers the next `count` requests with `failure` (queued after failures already scripted). */
  failNext(count: number, failure: ScriptedFailure): void
  /** Stops listening and drops open connections, hanging ones included. */
  close(): Promise<void>
}

/**
 * Starts an HTTP receiver on 127.0.0.1, port 0. `answer` decides the normal answer to a request that
 * no scripted failure took.
 */
export async function startScriptedReceiver(path: string, answer: (request: RecordedRequest) => ReceiverAnswer): Promise<ScriptedReceiver> {
  const requests: RecordedRequest[] = []
  const failures: ScriptedFailure[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers, body: Buffer.concat(chunks).toString('utf8') }
      requests.push(recorded)
      const failure = failures.shift()
      if (failure === 'hang') return
      const reply = failure ?? answer(recorded)
      res.writeHead(reply.status, { 'content-type': 'text/plain; charset=utf-8', ...reply.headers })
      res.end(reply.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${path}`,
    requests,
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A fake Slack incoming webhook. */
export interface FakeSlack extends ScriptedReceiver {
  /** The bodies Slack accepted (answered 200 `ok`), parsed. */
  readonly messages: readonly { readonly text: string; readonly blocks?: readonly unknown[] }[]
}

/**
 * Starts a fake Slack incoming webhook at `/services/T…/B…/…`. Like Slack it answers `ok`, or 400 with
 * `invalid_payload` (not JSON) or `no_text` (no `text`), and 404 `no_service` on another path.
 */
export async function startFakeSlack(): Promise<FakeSlack> {
  const path = '/services/T0UNDERTONE/B0ALERTS/fakeSecretToken'
  const messages: { text: string; blocks?: unknown[] }[] = []
  const receiver = await startScriptedReceiver(path, (req) => {
    if (req.method !== 'POST' || req.path !== path) return { status: 404, body: 'no_service' }
    let body: unknown
    try {
      body = JSON.parse(req.body)
    } catch {
      return { status: 400, body: 'invalid_payload' }
    }
    const text = (body as { text?: unknown } | null)?.text
    if (typeof text !== 'string' || text === '') return { status: 400, body: 'no_text' }
    messages.push(body as { text: string; blocks?: unknown[] })
    return { status: 200, body: 'ok' }
  })
  return { ...receiver, messages }
}
