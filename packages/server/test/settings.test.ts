import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/index.js'

const reader = createReader()
const now = Date.parse('2026-11-20T12:00:00Z')
const clock = () => now

describe('settings and keys API', () => {
  let s: Awaited<ReturnType<typeof setup>>
  async function setup() {
    const open = openDatabase({ file: ':memory:' })
    await migrateToLatest(open.db, 'sqlite')
    const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: clock }), reader, clock })
    const a = await ensureWorkspace(open.db, 'a', now)
    const b = await ensureWorkspace(open.db, 'b', now)
    return { open, app, keyA: (await createApiKey(open.db, a.id, 'first', now)).key, keyB: (await createApiKey(open.db, b.id, 'first', now)).key }
  }
  const send = (method: string, path: string, key: string, body?: unknown) => s.app.request(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }), headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` } })
  beforeAll(async () => {
    s = await setup()
  })
  afterAll(async () => {
    await s.open.close()
  })

  it('shows defaults, and validates changes path by path', async () => {
    const v = await (await send('GET', '/v1/settings', s.keyA)).json()
    expect(v).toMatchObject({ workspace: 'a', domain: null, terms: [], learning: { daily_review_budget: 50, rescore_days: 30, auto_promote: true } })
    expect(v.domains.map((d: { id: string }) => d.id)).toContain('gaming')
    expect(v.analysis.effective.escalation.threshold).toBe(v.analysis.defaults.escalation.threshold)
    const bad = await send('PATCH', '/v1/settings', s.keyA, { analysis: { escalation: { threshold: 'high', nope: 1 } } })
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(['analysis.escalation.nope', 'analysis.escalation.threshold'])
    // Settings are named in snake_case, in the answer and in a change; a problem names them so too.
    expect(v.analysis.defaults.customer).toMatchObject({ health_half_life_days: 14, weights: { low_health: expect.any(Number) } })
    const wrongValue = await send('PATCH', '/v1/settings', s.keyA, { analysis: { customer: { health_half_life_days: 'long' } } })
    expect((await wrongValue.json()).errors).toEqual([{ path: 'analysis.customer.health_half_life_days', message: 'must be a non-negative number' }])
    const camel = await send('PATCH', '/v1/settings', s.keyA, { analysis: { sla: { replyMinutes: 30 } } })
    expect(camel.status).toBe(400)
    expect((await camel.json()).errors.map((e: { path: string }) => e.path)).toEqual(['analysis.sla.replyMinutes'])
    expect((await send('PATCH', '/v1/settings', s.keyA, { learning: { dailyReviewBudget: 5 } })).status).toBe(400)
    expect((await send('PATCH', '/v1/settings', s.keyA, { domain: 'astrology' })).status).toBe(400)
    expect((await send('PATCH', '/v1/settings', s.keyA, { terms: [{ pattern: 'x', polarity: 4 }] })).status).toBe(400)
    expect((await send('PATCH', '/v1/settings', s.keyA, { learning: { daily_review_budget: -1 } })).status).toBe(400)
    const ok = await (await send('PATCH', '/v1/settings', s.keyA, { domain: 'developer-tools', analysis: { escalation: { threshold: 0.4 } }, learning: { daily_review_budget: 5 } })).json()
    expect(ok).toMatchObject({ domain: 'developer-tools', learning: { daily_review_budget: 5, rescore_days: 30 } })
    expect(ok.analysis.effective.escalation.threshold).toBe(0.4)
    expect((await (await send('GET', '/v1/review', s.keyA)).json()).budget.daily).toBe(5)
    // A score setting whose default is negative takes another negative value.
    const unhappy = await (await send('PATCH', '/v1/settings', s.keyA, { analysis: { resolution: { unhappy_score: -0.4 } } })).json()
    expect(unhappy.analysis.effective.resolution.unhappy_score).toBe(-0.4)
    expect((await send('PATCH', '/v1/settings', s.keyA, { analysis: { resolution: { unhappy_score: -2 } } })).status).toBe(400)
    const cleared = await (await send('PATCH', '/v1/settings', s.keyA, { domain: null, analysis: null })).json()
    expect(cleared.domain).toBeNull()
    expect(cleared.analysis.overrides).toEqual({})
    expect(cleared.learning.daily_review_budget).toBe(5)
  })

  it('reads with the team’s own terms, in that workspace only', async () => {
    const text = 'The build went green on the first try.'
    const before = (await (await send('POST', '/v1/score', s.keyA, { text })).json()).readings[0]
    expect(before.sentiment.label).not.toBe('positive')
    const res = await send('PATCH', '/v1/settings', s.keyA, { terms: [{ pattern: 'went green', polarity: 0.9, note: 'CI passed' }] })
    expect(res.status).toBe(200)
    expect((await res.json()).terms).toEqual([{ pattern: 'went green', polarity: 0.9, note: 'CI passed', source: 'workspace' }])
    const after = (await (await send('POST', '/v1/score', s.keyA, { text })).json()).readings[0]
    expect(after.sentiment.label).toBe('positive')
    expect(after.cues.some((c: { kind: string; start: number; end: number }) => c.kind === 'domain-term' && text.slice(c.start, c.end).toLowerCase() === 'went green')).toBe(true)
    const stored = await (await send('POST', '/v1/messages?wait=true', s.keyA, { messages: [{ external_id: 'g1', conversation_id: 'c1', customer_id: 'u1', role: 'customer', text, created_at: '2026-11-20T11:00:00Z' }] })).json()
    const row = await s.open.db.selectFrom('readings').select('label').where('message_id', '=', stored.messages[0].id).executeTakeFirstOrThrow()
    expect(row.label).toBe('positive')
    const other = (await (await send('POST', '/v1/score', s.keyB, { text })).json()).readings[0]
    expect(other.sentiment).toEqual(before.sentiment)
  })

  it('creates, lists and revokes keys; a key cannot revoke itself; secrets are shown once', async () => {
    const created = await send('POST', '/v1/keys', s.keyA, { name: 'zapier' })
    expect(created.status).toBe(201)
    const { id, key } = await created.json()
    expect((await send('GET', '/v1/whoami', key)).status).toBe(200)
    const list = await (await send('GET', '/v1/keys', s.keyA)).json()
    expect(list.keys.map((k: { name: string }) => k.name)).toEqual(expect.arrayContaining(['first', 'zapier']))
    expect(JSON.stringify(list)).not.toContain(key.slice(-32))
    expect(list.keys.find((k: { id: string }) => k.id === list.current).last_used_at).toBe(now)
    expect((await send('DELETE', `/v1/keys/${id}`, key)).status).toBe(409)
    expect((await send('DELETE', `/v1/keys/${id}`, s.keyB)).status).toBe(404)
    expect((await send('DELETE', `/v1/keys/${id}`, s.keyA)).status).toBe(200)
    expect((await send('GET', '/v1/whoami', key)).status).toBe(401)
    expect((await send('POST', '/v1/keys', s.keyA, { name: '' })).status).toBe(400)
  })
})
