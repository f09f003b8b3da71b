import type { AppType, Problem } from '@undertone/server'
import { type InferRequestType, type InferResponseType, hc } from 'hono/client'
import type { StatusCode } from 'hono/utils/http-status'

// Every request and answer shape below comes from the server's contract (`AppType`: the same route
// declarations that validate requests and generate /openapi.json), and every request goes through
// a client built from it (`hc<AppType>`); nothing is copied by hand. Answers are snake_case.
type Client = ReturnType<typeof hc<AppType>>
type V1 = Client['v1']
/** The answer of an endpoint with status `S` (200 unless given). */
type Answer<E, S extends StatusCode = 200> = InferResponseType<E, S>
/** The JSON body an endpoint takes. */
type Body<E> = InferRequestType<E> extends { json: infer J } ? J : never

export type Stats = Answer<V1['stats']['$get']>
export type QueueItem = Answer<V1['queue']['$get']>['items'][number]
export type Reason = QueueItem['reasons'][number]
export type Emotions = QueueItem['emotions']
export type Conversation = Answer<V1['conversations'][':id']['$get']>
export type Message = Conversation['messages'][number]
export type Reading = NonNullable<Message['reading']>
export type Label = Reading['label']

/** Narrows a label the contract gives as a string (queue and review rows) to a reading label. */
export function isLabel(s: string | null): s is Label {
  return s === 'negative' || s === 'neutral' || s === 'positive'
}
export type Cue = Reading['cues'][number]
export type ConversationAnalysis = NonNullable<Conversation['analysis']>
export type ArcPoint = ConversationAnalysis['arc'][number]
export type Customer = Answer<V1['customers'][':id']['$get']>
export type CustomerAnalysis = NonNullable<Customer['analysis']>
export type AlertList = Answer<V1['alerts']['$get']>
export type Alert = AlertList['alerts'][number]
/** What `GET /v1/alerts` takes: page, sort and filters, as strings. */
export type AlertListQuery = NonNullable<InferRequestType<V1['alerts']['$get']>['query']>
export type Trends = Answer<V1['analytics']['trends']['$get']>
/** What the trend panel can break the trend down by (the server knows more: see `GET /v1/analytics/trends`). */
export type TrendDimension = 'product_area' | 'language'
export type TrendPoint = Trends['series'][number]['points'][number]
export type Driver = Answer<V1['analytics']['drivers']['$get']>['drivers'][number]
export type ChangeFinding = Answer<V1['analytics']['changes']['$get']>['findings'][number]
export type ResolutionRow = Answer<V1['analytics']['resolution']['$get']>['rows'][number]
export type EscalationRow = Answer<V1['analytics']['escalations']['$get']>['rows'][number]
export type ResponseTimeRow = Answer<V1['analytics']['response-times']['$get']>['rows'][number]
export type AgentRow = Answer<V1['analytics']['agents']['$get']>['rows'][number]
export type Target = Answer<V1['targets']['$get']>['targets'][number]
/** What `POST /v1/targets` takes. */
export type TargetInput = Body<V1['targets']['$post']>
export type ReviewQueue = Answer<V1['review']['$get']>
/** What `GET /v1/review` takes: page and filters, as strings. */
export type ReviewListQuery = NonNullable<InferRequestType<V1['review']['$get']>['query']>
export type ReviewItem = ReviewQueue['items'][number]
export type ReviewBudget = ReviewQueue['budget']
export type ReviewReasonCode = ReviewItem['reasons'][number]
export type Correction = Answer<V1['corrections']['$post'], 201>
export type Agreement = Answer<V1['corrections']['agreement']['$get']>
export type Models = Answer<V1['models']['$get']>
export type ModelVersion = Models['versions'][number]
export type ModelStatus = ModelVersion['status']
export type HeldOutMetrics = ModelVersion['metrics']['held_out']
export type TrainResult = Answer<V1['models']['train']['$post']>
export type AccuracyOverTime = Answer<V1['learning']['accuracy']['$get']>
export type AccuracyWindow = AccuracyOverTime['windows'][number]
export type Interval = NonNullable<AccuracyWindow['accuracy_ci']>
export type Settings = Answer<V1['settings']['$get']>
export type WorkspaceTerm = Settings['terms'][number]
export type LearningSettings = Settings['learning']
/** What `PATCH /v1/settings` takes: only what changes. */
export type SettingsPatch = Body<V1['settings']['$patch']>
export type ApiKeyList = Answer<V1['keys']['$get']>
export type ApiKeyInfo = ApiKeyList['keys'][number]
/** A new key; `key` is the secret, in this answer only. */
export type CreatedApiKey = Answer<V1['keys']['$post'], 201>
export type PrivacySettings = Settings['privacy']
export type RedactKind = keyof PrivacySettings['redact']
export type RedactionRule = PrivacySettings['extra_rules'][number]
/** How long message texts are kept (`retention_days` null: forever). */
export type Retention = Answer<V1['retention']['$get']>
export type AuditPage = Answer<V1['audit']['$get']>
export type AuditEntry = AuditPage['entries'][number]
/** Everything stored about one customer, as `GET /v1/customers/{id}/export` answers it. */
export type CustomerExport = Answer<V1['customers'][':id']['export']['$get']>
/** What `DELETE /v1/customers/{id}` removed. */
export type ErasureReceipt = Answer<V1['customers'][':id']['$delete']>
/** A helpdesk connector as the API shows it (no secrets). */
export type Connector = Answer<V1['connectors']['$get']>['connectors'][number]
export type ConnectorKind = Answer<V1['connectors']['kinds']['$get']>['kinds'][number]
export type NewConnector = Body<V1['connectors']['$post']>
export type Destination = Answer<V1['destinations']['$get']>['destinations'][number]
export type NewDestination = Body<V1['destinations']['$post']>
export type AlertRule = Answer<V1['alert-rules']['$get']>['rules'][number]
export type NewAlertRule = Body<V1['alert-rules']['$post']>
export type Delivery = Answer<V1['deliveries']['$get']>['deliveries'][number]
/** One entry of a problem document's `errors`: a dotted input path (`terms.0.polarity`) and what is wrong. */
export type FieldError = NonNullable<Problem['errors']>[number]

/** An API error with the problem document's code (`UT_E_…`), status and per-field `errors`. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  /** The problem document's `errors`: which input (a dotted path such as `terms.0.polarity`) and why. */
  readonly errors: readonly FieldError[]

  constructor(status: number, code: string, detail: string, errors: readonly FieldError[] = []) {
    super(detail)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.errors = errors
  }
}

/** The key's public id: `ut_<id>_<secret>`; the secret is never shown. */
export function keyIdOf(key: string): string {
  return /^ut_([A-Za-z0-9]+)_/.exec(key)?.[1] ?? 'unknown'
}

/** The problem document of a failed answer as an ApiError (a body that is not one still gives the status). */
async function problemOf(res: Response): Promise<ApiError> {
  const doc = (await res.json().catch(() => ({}))) as { code?: string; detail?: string; title?: string; errors?: unknown }
  const errors = Array.isArray(doc.errors) ? doc.errors.filter((e): e is FieldError => typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.message === 'string') : []
  return new ApiError(res.status, doc.code ?? `HTTP_${res.status}`, doc.detail ?? doc.title ?? res.statusText, errors)
}

/**
 * The fetch the typed client sends with: a network failure is an ApiError `UT_E_NETWORK`, an answer
 * that is not 2xx an ApiError with its problem document's code and detail (after `onUnauthorized`
 * for a 401), so a call that returns was answered with success.
 */
function checkedFetch(onUnauthorized: () => void): typeof fetch {
  return async (input, init) => {
    let res: Response
    try {
      res = await fetch(input, init)
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err
      throw new ApiError(0, 'UT_E_NETWORK', 'the Undertone server cannot be reached')
    }
    if (res.ok) return res
    if (res.status === 401) onUnauthorized()
    throw await problemOf(res)
  }
}

/** The body of a successful answer with status `S` (200 unless given): the checked fetch has refused every other. */
type Ok<R, S extends StatusCode> = R extends { status: S; json(): Promise<infer B> } ? B : never

/** Awaits a typed call and reads its JSON body; a 204 has none. */
async function answer<R extends { status: number; json(): Promise<unknown> }, S extends StatusCode = 200>(call: Promise<R>, _status?: S): Promise<Ok<R, S>> {
  const res = await call
  return (res.status === 204 ? undefined : await res.json()) as Ok<R, S>
}

/** A path parameter: the typed client puts it into the path as it is. */
const param = (id: string) => ({ id: encodeURIComponent(id) })

/** The typed client for one workspace key (in the Authorization header only: it never goes into a URL); `onUnauthorized` runs when the key stops working. */
export function createApi(key: string, onUnauthorized: () => void) {
  const client = hc<AppType>('/', { fetch: checkedFetch(onUnauthorized), headers: { authorization: `Bearer ${key}` } })
  const v1 = client.v1
  return {
    key,
    keyId: keyIdOf(key),
    /** The workspace and key behind the key: cheap, so signing in checks a key with it. */
    whoami: () => answer(v1.whoami.$get()),
    stats: () => answer(v1.stats.$get()),
    queue: (limit = 200) => answer(v1.queue.$get({ query: { limit: String(limit) } })),
    conversation: (id: string) => answer(v1.conversations[':id'].$get({ param: param(id), query: {} })),
    customer: (id: string) => answer(v1.customers[':id'].$get({ param: param(id), query: {} })),
    alerts: (query: AlertListQuery = {}) => answer(v1.alerts.$get({ query })),
    /** Acknowledges up to 500 alerts; answers how many were acknowledged now. */
    acknowledgeMany: (ids: readonly string[]) => answer(v1.alerts.ack.$post({ json: { ids: [...ids] } })),
    acknowledge: (id: string) => answer(v1.alerts[':id'].ack.$post({ param: param(id) })),
    snooze: (id: string, minutes: number) => answer(v1.alerts[':id'].snooze.$post({ param: param(id), json: { minutes } })),
    /**
     * Per product area (or language: `by`) over the last `days` days (the server's default is 90),
     * from the start of the UTC day `days` days ago: day buckets start at midnight, and the server
     * leaves out one that starts before `from`, so a window starting mid-day would drop its oldest day.
     */
    trends: (p: { granularity: 'day' | 'week'; days?: number; values?: readonly string[]; by?: TrendDimension }) =>
      answer(
        v1.analytics.trends.$get({
          query: { by: p.by ?? 'product_area', granularity: p.granularity, from: p.days === undefined ? undefined : new Date(Math.floor((Date.now() - p.days * 86_400_000) / 86_400_000) * 86_400_000).toISOString(), values: p.values?.join(',') },
        }),
      ),
    /** `to`: end of the window (ISO date), now when left out. */
    drivers: (p: { days?: number; to?: string } = {}) => answer(v1.analytics.drivers.$get({ query: { limit: '10', days: p.days === undefined ? undefined : String(p.days), to: p.to } })),
    changes: (by: 'product_area' | 'topic' = 'product_area') => answer(v1.analytics.changes.$get({ query: { by } })),
    resolution: () => answer(v1.analytics.resolution.$get({ query: { by: 'segment' } })),
    escalations: () => answer(v1.analytics.escalations.$get({ query: { by: 'product_area' } })),
    responseTimes: () => answer(v1.analytics['response-times'].$get({ query: {} })),
    agents: () => answer(v1.analytics.agents.$get({ query: {} })),
    targets: () => answer(v1.targets.$get()),
    createTarget: (t: TargetInput) => answer(v1.targets.$post({ json: t }), 201),
    /** A page of today's active-learning picks (at most the budget left today), filtered. */
    review: (query: ReviewListQuery = {}) => answer(v1.review.$get({ query })),
    flag: (f: Body<V1['review']['flags']['$post']>) => answer(v1.review.flags.$post({ json: f }), 201),
    correct: (c: Body<V1['corrections']['$post']>) => answer(v1.corrections.$post({ json: c }), 201),
    agreement: () => answer(v1.corrections.agreement.$get()),
    models: () => answer(v1.models.$get()),
    /** Trains now and answers with the decision (takes a few seconds). */
    train: () => answer(v1.models.train.$post({ query: { wait: 'true' } })),
    promote: (id: string) => answer(v1.models[':id'].promote.$post({ param: param(id) })),
    rollback: () => answer(v1.models.rollback.$post()),
    accuracy: (p: { days?: number; step?: number; window?: number } = {}) => answer(v1.learning.accuracy.$get({ query: { days: String(p.days ?? 90), step: String(p.step ?? 7), window: String(p.window ?? 28) } })),
    settings: () => answer(v1.settings.$get()),
    /** Changes only what the patch names; answers with the whole new settings document. */
    updateSettings: (patch: SettingsPatch) => answer(v1.settings.$patch({ json: patch })),
    retention: () => answer(v1.retention.$get()),
    /** `days` null: keep message texts forever. */
    setRetention: (days: number | null) => answer(v1.retention.$put({ json: { retention_days: days } })),
    /** A page of the audit trail, newest first: `before` is the previous page's `next_before`; `action` an action or family ("key"). */
    audit: (p: { before?: string | undefined; action?: string | undefined; limit?: number } = {}) => answer(v1.audit.$get({ query: { limit: String(p.limit ?? 50), ...(p.before === undefined ? {} : { before: p.before }), ...(p.action === undefined ? {} : { action: p.action }) } })),
    /** `id`: our customer id, or an external id of `source` (the server's default is "api"); recorded in the audit trail. */
    exportCustomer: (id: string, source?: string) => answer(v1.customers[':id'].export.$get({ param: param(id), query: source === undefined ? {} : { source } })),
    /** Erases the customer and everything stored about them; answers the receipt (zeros when there was nothing). */
    eraseCustomer: (id: string, source?: string) => answer(v1.customers[':id'].$delete({ param: param(id), query: source === undefined ? {} : { source } })),
    keys: () => answer(v1.keys.$get()),
    /** The answer holds the secret; it is never shown again. */
    createKey: (name: string) => answer(v1.keys.$post({ json: { name } }), 201),
    revokeKey: (id: string) => answer(v1.keys[':id'].$delete({ param: param(id) })),
    connectors: () => answer(v1.connectors.$get()),
    connectorKinds: () => answer(v1.connectors.kinds.$get()),
    /** With the events it received last. */
    connector: (id: string) => answer(v1.connectors[':id'].$get({ param: param(id) })),
    /** The answer holds a generated webhook secret, in this answer only. */
    addConnector: (c: NewConnector) => answer(v1.connectors.$post({ json: c }), 201),
    removeConnector: (id: string) => answer(v1.connectors[':id'].$delete({ param: param(id) })),
    testConnector: (id: string) => answer(v1.connectors[':id'].test.$post({ param: param(id) })),
    backfillConnector: (id: string, since?: string) => answer(v1.connectors[':id'].backfill.$post({ param: param(id), json: since === undefined ? {} : { since } }), 202),
    destinations: () => answer(v1.destinations.$get()),
    addDestination: (d: NewDestination) => answer(v1.destinations.$post({ json: d }), 201),
    removeDestination: (id: string) => answer(v1.destinations[':id'].$delete({ param: param(id) })),
    testDestination: (id: string) => answer(v1.destinations[':id'].test.$post({ param: param(id) })),
    alertRules: () => answer(v1['alert-rules'].$get()),
    addAlertRule: (r: NewAlertRule) => answer(v1['alert-rules'].$post({ json: r }), 201),
    removeAlertRule: (id: string) => answer(v1['alert-rules'][':id'].$delete({ param: param(id) })),
    deliveries: (state?: 'pending' | 'delivered' | 'dead') => answer(v1.deliveries.$get({ query: state === undefined ? {} : { state } })),
    redeliver: (id: string) => answer(v1.deliveries[':id'].redeliver.$post({ param: param(id) }), 202),
    /** The event stream's body (each event's data is snake_case JSON); read with fetch, because EventSource cannot send the key in a header. */
    stream: async (signal: AbortSignal) => {
      const res = await v1.stream.$get(undefined, { init: { signal } })
      if (res.body === null) throw new ApiError(res.status, `HTTP_${res.status}`, 'the event stream is unavailable')
      return res.body
    },
  }
}

export type Api = ReturnType<typeof createApi>
