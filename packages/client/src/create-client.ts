import type { AppType } from '@undertone/server'
import { type InferRequestType, type InferResponseType, hc } from 'hono/client'
import type { StatusCode } from 'hono/utils/http-status'
import { UndertoneError, problemOf } from './undertone-error.js'

// The client over the server's own contract: every shape below is inferred from `AppType` (the
// route declarations that validate requests and generate /openapi.json, as the dashboard's client
// is), so a field the API adds or renames shows up here at compile time. Answers are snake_case.
type V1 = ReturnType<typeof hc<AppType>>['v1']
type Answer<E, S extends StatusCode = 200> = InferResponseType<E, S>
type Body<E> = InferRequestType<E> extends { json: infer J } ? J : never
type Query<E> = InferRequestType<E> extends { query: infer Q } ? Q : never

/** One message as `POST /v1/messages` takes it (`external_id`, `conversation_id`, `customer_id` are the caller's own ids). */
export type MessageInput = Body<V1['messages']['$post']>['messages'][number]
/** The answer to a batch sent without waiting: counts, and each message in the caller's ids and ours. */
export type Accepted = Answer<V1['messages']['$post'], 202>
/** The answer to a batch sent with `wait: true`: each message with its reading next to it. */
export type AcceptedAndRead = Answer<V1['messages']['$post'], 200>
/** One message of an answered batch (`status`: `stored` or `duplicate`). */
export type BatchMessage = AcceptedAndRead['messages'][number]
/** A message's stored reading: label, score, emotions, cues, language. */
export type Reading = NonNullable<BatchMessage['reading']>
export type Conversation = Answer<V1['conversations'][':id']['$get']>
export type Customer = Answer<V1['customers'][':id']['$get']>
export type QueueItem = Answer<V1['queue']['$get']>['items'][number]
export type AlertPage = Answer<V1['alerts']['$get']>
/** Filters, sort and page of `GET /v1/alerts` (strings, as in the query). */
export type AlertQuery = Query<V1['alerts']['$get']>
export type ScoreReading = Answer<V1['score']['$post']>['readings'][number]
/** What `POST /v1/score` may take besides the texts: domain, earlier messages, locale. */
export type ScoreContext = NonNullable<Body<V1['score']['$post']>['context']>
export type Stats = Answer<V1['stats']['$get']>

/** Where and how the client calls. */
export interface ClientOptions {
  /** The server's address, e.g. `http://127.0.0.1:8787`. */
  readonly baseUrl: string
  /** A workspace key (`undertone keys create`); sent in the Authorization header only. */
  readonly apiKey: string
  /** The fetch to send with (the global one when not given): a proxy's, a test's. */
  readonly fetch?: typeof fetch
  /**
   * How `sendMessages` retries a call that got no answer, or 429/502/503/504: attempts after the
   * first (default 3) and the first wait (default 500 ms, doubling). A server's `Retry-After` wins
   * when it asks for longer; one that asks for more than `maxDelayMs` (default 60 s) is not waited
   * for: the call fails with that error, its `retryAfterMs` set, for the caller to schedule.
   */
  readonly retry?: { readonly attempts?: number; readonly delayMs?: number; readonly maxDelayMs?: number }
  /** How the client waits between retries (a test's recorder; `setTimeout` when not given). */
  readonly sleep?: (ms: number) => Promise<void>
}

/** How one batch is sent. */
export interface SendOptions {
  /** Store and read before answering: each answered message carries its reading (a duplicate's stored one). */
  readonly wait?: boolean
  /** The key retries are sent under (a new UUID per call when not given): give your own to make retries across restarts safe. */
  readonly idempotencyKey?: string
}

/** Which source an external id belongs to (`api`, the default, for ids sent to `sendMessages`; a connector's kind for a helpdesk's). */
export interface LookupOptions {
  readonly source?: string
}

/** The API, a method per task; every failure is an {@link UndertoneError}. */
export interface UndertoneClient {
  /**
   * Sends up to 1000 messages (`POST /v1/messages`). Safe to retry: every attempt carries the same
   * Idempotency-Key, so a batch is stored once however often it is sent. Each answered message
   * carries the caller's ids (`external_id`, `conversation_external_id`, `customer_external_id`)
   * and ours; with `wait: true` its reading too.
   */
  sendMessages(messages: readonly MessageInput[], options: SendOptions & { readonly wait: true }): Promise<AcceptedAndRead>
  sendMessages(messages: readonly MessageInput[], options?: SendOptions & { readonly wait?: false }): Promise<Accepted>
  /** A conversation by the caller's id (or ours), with its messages, their readings and its arc. */
  conversation(id: string, options?: LookupOptions): Promise<Conversation>
  /**
   * The reading of one message, by the caller's ids of its conversation and of the message: null
   * while it is not read yet, or for a message that is not read (agent replies, internal notes).
   */
  reading(conversationId: string, messageId: string, options?: LookupOptions): Promise<Reading | null>
  /** A customer by the caller's id (or ours): health, churn risk with reasons, conversations. */
  customer(id: string, options?: LookupOptions): Promise<Customer>
  /** Open conversations in priority order (at most `limit`, default 100). */
  queue(options?: { readonly limit?: number; readonly language?: string }): Promise<QueueItem[]>
  /** A page of alerts (open ones unless `all: 'true'`). */
  alerts(query?: AlertQuery): Promise<AlertPage>
  /** Reads texts without storing them (up to 100). */
  score(texts: string | readonly string[], context?: ScoreContext): Promise<ScoreReading[]>
  /** The workspace's counts (messages, conversations, readings pending). */
  stats(): Promise<Stats>
}

/** A fetch that throws UndertoneError for no answer and for every answer that is not 2xx, so a call that returns succeeded. */
function checkedFetch(send: typeof fetch): typeof fetch {
  return async (input, init) => {
    let res: Response
    try {
      res = await send(input, init)
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err
      throw new UndertoneError(0, 'UT_E_NETWORK', `the Undertone server cannot be reached: ${(err as Error).message}`, [], { cause: err })
    }
    if (res.ok) return res
    throw await problemOf(res)
  }
}

/** The body of an answer with status `S` (200 unless given): the checked fetch has thrown for every status that is not 2xx. */
type Ok<R, S extends StatusCode> = R extends { status: S; json(): Promise<infer B> } ? B : never

/** Awaits a typed call and reads its JSON body as the success it is. */
async function answer<R extends { status: number; json(): Promise<unknown> }, S extends StatusCode = 200>(call: Promise<R>, _status?: S): Promise<Ok<R, S>> {
  return (await (await call).json()) as Ok<R, S>
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Creates a client for one workspace key. */
export function createClient(options: ClientOptions): UndertoneClient {
  const send = options.fetch ?? ((input, init) => fetch(input, init))
  const v1 = hc<AppType>(options.baseUrl, { fetch: checkedFetch(send), headers: { authorization: `Bearer ${options.apiKey}` } }).v1
  const attempts = options.retry?.attempts ?? 3
  const delayMs = options.retry?.delayMs ?? 500
  const maxDelayMs = options.retry?.maxDelayMs ?? 60_000
  const pause = options.sleep ?? sleep
  // The typed client puts a path parameter into the path as it is.
  const param = (id: string) => ({ id: encodeURIComponent(id) })
  const source = (o: LookupOptions | undefined) => (o?.source === undefined ? {} : { source: o.source })

  const post = async (messages: readonly MessageInput[], wait: boolean, key: string) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await v1.messages.$post({ query: wait ? { wait: 'true' } : {}, header: { 'idempotency-key': key }, json: { messages: [...messages] } })
      } catch (err) {
        if (!(err instanceof UndertoneError) || !err.retryable || attempt >= attempts) throw err
        const ms = Math.max(delayMs * 2 ** attempt, err.retryAfterMs ?? 0)
        if (ms > maxDelayMs) throw err
        await pause(ms)
      }
    }
  }

  async function sendMessages(messages: readonly MessageInput[], opts: SendOptions = {}): Promise<Accepted | AcceptedAndRead> {
    const key = opts.idempotencyKey ?? crypto.randomUUID()
    const res = await post(messages, opts.wait === true, key)
    if (res.status === 200) return (await res.json()) as AcceptedAndRead
    const accepted = (await res.json()) as Accepted
    if (opts.wait !== true) return accepted
    // A retry replayed the first attempt's acceptance before its reading finished: sent again
    // (under a new key) every message is a duplicate, answered with its reading, read now if need be.
    const read = (await (await post(messages, true, crypto.randomUUID())).json()) as AcceptedAndRead
    return { ...accepted, messages: accepted.messages.map((m, i) => ({ ...m, reading: read.messages[i]?.reading ?? null })) }
  }

  const conversation = (id: string, o?: LookupOptions) => answer(v1.conversations[':id'].$get({ param: param(id), query: source(o) }))

  return {
    sendMessages: sendMessages as UndertoneClient['sendMessages'],
    conversation,
    async reading(conversationId, messageId, o) {
      const found = (await conversation(conversationId, o)).messages.find((m) => m.external_id === messageId)
      if (found === undefined) throw new UndertoneError(404, 'UT_E_NOT_FOUND', `no message ${messageId} in conversation ${conversationId}`)
      return found.reading ?? null
    },
    customer: (id, o) => answer(v1.customers[':id'].$get({ param: param(id), query: source(o) })),
    queue: async (o = {}) => (await answer(v1.queue.$get({ query: { ...(o.limit === undefined ? {} : { limit: String(o.limit) }), ...(o.language === undefined ? {} : { language: o.language }) } }))).items,
    alerts: (query = {}) => answer(v1.alerts.$get({ query })),
    score: async (texts, context) => (await answer(v1.score.$post({ json: { ...(typeof texts === 'string' ? { text: texts } : { texts: [...texts] }), ...(context === undefined ? {} : { context }) } }))).readings,
    stats: () => answer(v1.stats.$get()),
  }
}
