import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApp } from '@undertone/server'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ApiError, createApi } from './api'

// The dashboard's client against the real API in this process: the browser's fetch is routed to
// `app.request`, so what is checked is what the dashboard gets from a server.
describe('the dashboard client', () => {
  const now = Date.parse('2026-12-05T12:00:00Z')
  const open = openDatabase({ file: ':memory:' })
  let key = ''

  beforeAll(async () => {
    await migrateToLatest(open.db, 'sqlite')
    const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: () => now }), reader: createReader(), clock: () => now })
    const ws = await ensureWorkspace(open.db, 'web', now)
    key = (await createApiKey(open.db, ws.id, 'dashboard', now)).key
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init))
  })
  afterAll(async () => {
    vi.unstubAllGlobals()
    await open.close()
  })

  it('sends the key in the Authorization header and reads snake_case answers', async () => {
    const api = createApi(key, () => {})
    expect(await api.stats()).toEqual({ messages: 0, conversations: 0, customers: 0, readings_pending: 0 })
    expect((await api.whoami()).key_id).toBe(api.keyId)
    const settings = await api.updateSettings({ learning: { daily_review_budget: 7 } })
    expect(settings.learning).toEqual({ daily_review_budget: 7, rescore_days: 30, auto_promote: true })
  })

  it('turns a problem document into an ApiError with its code, detail and errors', async () => {
    const api = createApi(key, () => {})
    const missing = await api.conversation('no/such id').catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(ApiError)
    expect(missing).toMatchObject({ status: 404, code: 'UT_E_NOT_FOUND', message: 'no conversation no/such id in this workspace' })
    const invalid = await api.updateSettings({ analysis: { sla: { reply_minutes: -5 } } }).catch((e: unknown) => e)
    expect(invalid).toMatchObject({ status: 400, code: 'UT_E_VALIDATION', errors: [{ path: 'analysis.sla.reply_minutes', message: 'must be a non-negative number' }] })
  })

  it('runs the sign-out on a 401, and says so when the server cannot be reached', async () => {
    const onUnauthorized = vi.fn()
    const stale = createApi(`${key}x`, onUnauthorized)
    await expect(stale.queue()).rejects.toMatchObject({ status: 401, code: 'UT_E_UNAUTHORIZED' })
    expect(onUnauthorized).toHaveBeenCalledOnce()
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')))
    try {
      await expect(createApi(key, onUnauthorized).stats()).rejects.toMatchObject({ status: 0, code: 'UT_E_NETWORK' })
    } finally {
      vi.unstubAllGlobals()
    }
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })
})
