import type { AccuracyOverTime, AgentRow, Agreement, Alert, ApiKeyList, ChangeFinding, Conversation, Correction, CreatedApiKey, Customer, Driver, EscalationRow, FieldError, Label, Models, QueueItem, ResolutionRow, ResponseTimeRow, ReviewQueue, Settings, SettingsPatch, Stats, Target, TrainResult, Trends } from './api-types'

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
    queue: (limit = 200) => call<{ items: QueueItem[] }>(`/v1/queue${query({ limit })}`),
    conversation: (id: string) => call<Conversation>(`/v1/conversations/${enc(id)}`),
    customer: (id: string) => call<Customer>(`/v1/customers/${enc(id)}`),
    alerts: () => call<{ alerts: Alert[] }>('/v1/alerts'),
    acknowledge: (id: string) => call<{ ok: true }>(`/v1/alerts/${enc(id)}/ack`, { method: 'POST', body: {} }),
    snooze: (id: string, minutes: number) => call<{ ok: true }>(`/v1/alerts/${enc(id)}/snooze`, { method: 'POST', body: { minutes } }),
    /** Per product area over the last `days` days (the server's default is 90). */
    trends: (p: { granularity: 'day' | 'week'; days?: number; values?: readonly string[] }) =>
      call<Trends>(`/v1/analytics/trends${query({ by: 'product_area', granularity: p.granularity, from: p.days === undefined ? undefined : new Date(Date.now() - p.days * 86_400_000).toISOString(), values: p.values?.join(',') })}`),
    /** `to`: end of the window (ISO date), now when left out. */
    drivers: (p: { days?: number; to?: string } = {}) => call<{ now: number; days: number; drivers: Driver[] }>(`/v1/analytics/drivers${query({ limit: 10, days: p.days, to: p.to })}`),
    changes: (by: 'product_area' | 'topic' = 'product_area') => call<{ findings: ChangeFinding[] }>(`/v1/analytics/changes?by=${by}`),
    resolution: () => call<{ rows: ResolutionRow[] }>('/v1/analytics/resolution?by=segment'),
    escalations: () => call<{ rows: EscalationRow[] }>('/v1/analytics/escalations?by=product_area'),
    responseTimes: () => call<{ rows: ResponseTimeRow[] }>('/v1/analytics/response-times'),
    agents: () => call<{ minConversations: number; rows: AgentRow[] }>('/v1/analytics/agents'),
    targets: () => call<{ targets: Target[] }>('/v1/targets'),
    createTarget: (t: { name: string; metric: string; goal: number; due: string }) => call<Target>('/v1/targets', { method: 'POST', body: t }),
    /** Active-learning picks, at most the budget left today. */
    review: (limit = 100) => call<ReviewQueue>(`/v1/review${query({ limit })}`),
    flag: (f: { message_id: string; flagged_by: string; note?: string }) => call<{ message_id: string; flagged_by: string; created_at: number }>('/v1/review/flags', { method: 'POST', body: f }),
    correct: (c: { message_id: string; reviewer: string; label?: Label; emotions?: Record<string, number>; cues?: { kind: string; start: number; end: number; correct: boolean }[]; source?: 'dashboard' }) => call<Correction>('/v1/corrections', { method: 'POST', body: c }),
    agreement: () => call<Agreement>('/v1/corrections/agreement'),
    models: () => call<Models>('/v1/models'),
    /** Trains now and answers with the decision (takes a few seconds). */
    train: () => call<TrainResult>('/v1/models/train?wait=true', { method: 'POST', body: {} }),
    promote: (id: string) => call<{ active: string; changed: boolean }>(`/v1/models/${enc(id)}/promote`, { method: 'POST', body: {} }),
    rollback: () => call<{ active: string | null; previous: string }>('/v1/models/rollback', { method: 'POST', body: {} }),
    accuracy: (p: { days?: number; step?: number; window?: number } = {}) => call<AccuracyOverTime>(`/v1/learning/accuracy${query({ days: p.days ?? 90, step: p.step ?? 7, window: p.window ?? 28 })}`),
    settings: () => call<Settings>('/v1/settings'),
    /** Changes only what the patch names; answers with the whole new settings document. */
    updateSettings: (patch: SettingsPatch) => call<Settings>('/v1/settings', { method: 'PATCH', body: patch }),
    keys: () => call<ApiKeyList>('/v1/keys'),
    /** The answer holds the secret; it is never shown again. */
    createKey: (name: string) => call<CreatedApiKey>('/v1/keys', { method: 'POST', body: { name } }),
    revokeKey: (id: string) => call<{ id: string; revoked: true }>(`/v1/keys/${enc(id)}`, { method: 'DELETE' }),
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
