import type { AppType, Problem, VersionMetrics } from '@undertone/server'
import type { hc, InferRequestType, InferResponseType } from 'hono/client'
import type { StatusCode } from 'hono/utils/http-status'

// Every request and answer shape below comes from the server's contract (`AppType`: the same route
// declarations that validate requests and generate /openapi.json); nothing is copied by hand.
type V1 = ReturnType<typeof hc<AppType>>['v1']
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
export type Alert = Answer<V1['alerts']['$get']>['alerts'][number]
export type Trends = Answer<V1['analytics']['trends']['$get']>
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
type Review = Answer<V1['review']['$get']>
/** A reading to review; its cues are the reading's (storage keeps them as `{kind, weight}` records). */
export type ReviewItem = Omit<Review['items'][number], 'cues'> & { readonly cues: readonly Cue[] }
export type ReviewQueue = Omit<Review, 'items'> & { readonly items: readonly ReviewItem[] }
export type ReviewBudget = ReviewQueue['budget']
export type ReviewReasonCode = ReviewItem['reasons'][number]
export type Correction = Answer<V1['corrections']['$post'], 201>
export type Agreement = Answer<V1['corrections']['agreement']['$get']>
/** A model version, its `metrics` read as the server writes them (storage keeps them untyped). */
export type ModelVersion = Omit<Answer<V1['models']['$get']>['versions'][number], 'metrics'> & { readonly metrics: VersionMetrics }
export type ModelStatus = ModelVersion['status']
export type HeldOutMetrics = VersionMetrics['heldOut']
export type Models = Omit<Answer<V1['models']['$get']>, 'versions'> & { readonly versions: readonly ModelVersion[] }
type Trained = Answer<V1['models']['train']['$post']>
export type TrainResult = Omit<Trained, 'version'> & { readonly version: ModelVersion | null }
export type AccuracyOverTime = Answer<V1['learning']['accuracy']['$get']>
export type AccuracyWindow = AccuracyOverTime['windows'][number]
export type Interval = NonNullable<AccuracyWindow['accuracyCi']>
export type Settings = Answer<V1['settings']['$get']>
export type WorkspaceTerm = Settings['terms'][number]
export type LearningSettings = Settings['learning']
/** What `PATCH /v1/settings` takes: only what changes. */
export type SettingsPatch = Body<V1['settings']['$patch']>
export type ApiKeyList = Answer<V1['keys']['$get']>
export type ApiKeyInfo = ApiKeyList['keys'][number]
/** A new key; `key` is the secret, in this answer only. */
export type CreatedApiKey = Answer<V1['keys']['$post'], 201>
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

/** Sends the key in the Authorization header only: it never goes into a URL. */
export async function request<T>(key: string, path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${key}`, accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      ...(init.signal === undefined ? {} : { signal: init.signal }),
    })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err
    throw new ApiError(0, 'UT_E_NETWORK', 'the Undertone server cannot be reached')
  }
  if (!res.ok) {
    const doc = (await res.json().catch(() => ({}))) as { code?: string; detail?: string; title?: string; errors?: unknown }
    const errors = Array.isArray(doc.errors) ? doc.errors.filter((e): e is FieldError => typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.message === 'string') : []
    throw new ApiError(res.status, doc.code ?? `HTTP_${res.status}`, doc.detail ?? doc.title ?? res.statusText, errors)
  }
  if (res.status === 204) return undefined as T
  return (await res.json()) as T
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v))
  const s = q.toString()
  return s === '' ? '' : `?${s}`
}

const enc = encodeURIComponent

/** The typed client for one workspace key; `onUnauthorized` runs when the key stops working. */
export function createApi(key: string, onUnauthorized: () => void) {
  const call = async <T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> => {
    try {
      return await request<T>(key, path, init)
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized()
      throw err
    }
  }
  return {
    key,
    keyId: keyIdOf(key),
    stats: () => call<Stats>('/v1/stats'),
    queue: (limit = 200) => call<Answer<V1['queue']['$get']>>(`/v1/queue${query({ limit })}`),
    conversation: (id: string) => call<Conversation>(`/v1/conversations/${enc(id)}`),
    customer: (id: string) => call<Customer>(`/v1/customers/${enc(id)}`),
    alerts: () => call<Answer<V1['alerts']['$get']>>('/v1/alerts'),
    acknowledge: (id: string) => call<Answer<V1['alerts'][':id']['ack']['$post']>>(`/v1/alerts/${enc(id)}/ack`, { method: 'POST', body: {} }),
    snooze: (id: string, minutes: number) => call<Answer<V1['alerts'][':id']['snooze']['$post']>>(`/v1/alerts/${enc(id)}/snooze`, { method: 'POST', body: { minutes } }),
    /** Per product area over the last `days` days (the server's default is 90). */
    trends: (p: { granularity: 'day' | 'week'; days?: number; values?: readonly string[] }) =>
      call<Trends>(`/v1/analytics/trends${query({ by: 'product_area', granularity: p.granularity, from: p.days === undefined ? undefined : new Date(Date.now() - p.days * 86_400_000).toISOString(), values: p.values?.join(',') })}`),
    /** `to`: end of the window (ISO date), now when left out. */
    drivers: (p: { days?: number; to?: string } = {}) => call<Answer<V1['analytics']['drivers']['$get']>>(`/v1/analytics/drivers${query({ limit: 10, days: p.days, to: p.to })}`),
    changes: (by: 'product_area' | 'topic' = 'product_area') => call<Answer<V1['analytics']['changes']['$get']>>(`/v1/analytics/changes?by=${by}`),
    resolution: () => call<Answer<V1['analytics']['resolution']['$get']>>('/v1/analytics/resolution?by=segment'),
    escalations: () => call<Answer<V1['analytics']['escalations']['$get']>>('/v1/analytics/escalations?by=product_area'),
    responseTimes: () => call<Answer<V1['analytics']['response-times']['$get']>>('/v1/analytics/response-times'),
    agents: () => call<Answer<V1['analytics']['agents']['$get']>>('/v1/analytics/agents'),
    targets: () => call<Answer<V1['targets']['$get']>>('/v1/targets'),
    createTarget: (t: TargetInput) => call<Answer<V1['targets']['$post'], 201>>('/v1/targets', { method: 'POST', body: t }),
    /** Active-learning picks, at most the budget left today. */
    review: (limit = 100) => call<ReviewQueue>(`/v1/review${query({ limit })}`),
    flag: (f: Body<V1['review']['flags']['$post']>) => call<Answer<V1['review']['flags']['$post'], 201>>('/v1/review/flags', { method: 'POST', body: f }),
    correct: (c: Body<V1['corrections']['$post']>) => call<Correction>('/v1/corrections', { method: 'POST', body: c }),
    agreement: () => call<Agreement>('/v1/corrections/agreement'),
    models: () => call<Models>('/v1/models'),
    /** Trains now and answers with the decision (takes a few seconds). */
    train: () => call<TrainResult>('/v1/models/train?wait=true', { method: 'POST', body: {} }),
    promote: (id: string) => call<Answer<V1['models'][':id']['promote']['$post']>>(`/v1/models/${enc(id)}/promote`, { method: 'POST', body: {} }),
    rollback: () => call<Answer<V1['models']['rollback']['$post']>>('/v1/models/rollback', { method: 'POST', body: {} }),
    accuracy: (p: { days?: number; step?: number; window?: number } = {}) => call<AccuracyOverTime>(`/v1/learning/accuracy${query({ days: p.days ?? 90, step: p.step ?? 7, window: p.window ?? 28 })}`),
    settings: () => call<Settings>('/v1/settings'),
    /** Changes only what the patch names; answers with the whole new settings document. */
    updateSettings: (patch: SettingsPatch) => call<Settings>('/v1/settings', { method: 'PATCH', body: patch }),
    keys: () => call<ApiKeyList>('/v1/keys'),
    /** The answer holds the secret; it is never shown again. */
    createKey: (name: string) => call<CreatedApiKey>('/v1/keys', { method: 'POST', body: { name } }),
    revokeKey: (id: string) => call<Answer<V1['keys'][':id']['$delete']>>(`/v1/keys/${enc(id)}`, { method: 'DELETE' }),
    /** The event stream; fetch rather than EventSource, because EventSource cannot send the key in a header. */
    stream: (signal: AbortSignal) =>
      fetch('/v1/stream', { headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' }, signal }).then((res) => {
        if (res.status === 401) onUnauthorized()
        if (!res.ok || res.body === null) throw new ApiError(res.status, `HTTP_${res.status}`, 'the event stream is unavailable')
        return res.body
      }),
  }
}

export type Api = ReturnType<typeof createApi>
