import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, insertAlert, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, createApp } from '../src/index.js'

const reader = createReader()
const NOW = Date.parse('2026-11-10T12:00:00Z')
const HOUR = 3_600_000

async function setup() {
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  const clock = () => NOW
  const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: clock }), reader, clock, events: new EventBus() })
  const a = await ensureWorkspace(open.db, 'lists-a', NOW)
  const b = await ensureWorkspace(open.db, 'lists-b', NOW)
  const keyA = (await createApiKey(open.db, a.id, 'test', NOW)).key
  const keyB = (await createApiKey(open.db, b.id, 'test', NOW)).key
  const call = (method: string, path: string, key: string, body?: unknown) =>
    app.request(path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  const json = async (path: string, key = keyA) => {
    const res = await call('GET', path, key)
    expect(res.status, path).toBe(200)
    return res.json()
  }
  return { open, app, a, b, keyA, keyB, call, json }
}

// Sentences written for this test: unhappy customers of two segments, one a churn threat each time.
const unhappy = (i: number, segment: string, value: number, threat: boolean) => [
  { external_id: `u${i}-1`, conversation_id: `c${i}`, customer_id: `cust-${i}`, role: 'customer', text: 'The export has failed again and nobody has answered my last two emails.', created_at: new Date(NOW - 50 * HOUR - i * 60_000).toISOString(), customer: { segment, value } },
  { external_id: `u${i}-2`, conversation_id: `c${i}b`, customer_id: `cust-${i}`, role: 'customer', text: threat ? 'This is the third time. Fix it today or we cancel our subscription.' : 'Still broken. This is really frustrating and I am losing patience with you.', created_at: new Date(NOW - 2 * HOUR - i * 60_000).toISOString(), customer: { segment, value } },
]

describe('GET /v1/alerts and POST /v1/alerts/ack', () => {
  let s: Awaited<ReturnType<typeof setup>>
  beforeAll(async () => {
    s = await setup()
    const messages = Array.from({ length: 12 }, (_, i) => unhappy(i, i % 3 === 0 ? 'enterprise' : 'smb', i % 3 === 0 ? 50_000 + i : 900, i % 2 === 0)).flat()
    expect((await s.call('POST', '/v1/messages?wait=true', s.keyA, { messages })).status).toBe(200)
    // An old alert of another kind, and one in the other workspace.
    await insertAlert(s.open.db, s.a.id, { kind: 'sentiment-change', subjectId: 'product_area:export', severity: 0.4, title: 'Export turned negative', payload: { dimension: 'product_area', value: 'export' }, createdAt: NOW - 72 * HOUR })
    await insertAlert(s.open.db, s.b.id, { kind: 'customer-at-risk', subjectId: 'theirs', severity: 0.99, title: 'Not yours', payload: { reasons: [{ code: 'churn-threat', weight: 1, detail: '' }] }, createdAt: NOW })
  })
  afterAll(async () => {
    await s.open.close()
  })

  it('pages through the open alerts with the same total on every page, most severe first', async () => {
    const first = await s.json('/v1/alerts?page_size=5')
    expect(first.total).toBeGreaterThanOrEqual(8)
    expect(first).toMatchObject({ page: 1, page_size: 5 })
    expect(first.alerts).toHaveLength(5)
    const ids: string[] = []
    const severities: number[] = []
    for (let page = 1; page <= Math.ceil(first.total / 5); page++) {
      const p = await s.json(`/v1/alerts?page_size=5&page=${page}`)
      expect(p.total).toBe(first.total)
      ids.push(...p.alerts.map((x: { id: string }) => x.id))
      severities.push(...p.alerts.map((x: { severity: number }) => x.severity))
    }
    expect(new Set(ids).size).toBe(first.total)
    expect(severities).toEqual([...severities].sort((x, y) => y - x))
    // Past the last page: no alerts, the total still said.
    const past = await s.json(`/v1/alerts?page_size=5&page=${Math.ceil(first.total / 5) + 1}`)
    expect(past.alerts).toEqual([])
    expect(past.total).toBe(first.total)
  })

  it('says the churn risk of the customer page, and the value-weighted figure apart', async () => {
    const { alerts } = await s.json('/v1/alerts?kind=customer-at-risk&segment=enterprise&page_size=1')
    const alert = alerts[0]
    const customer = await s.json(`/v1/customers/${alert.subject_id}`)
    expect(alert.payload.churn_risk).toBeCloseTo(customer.analysis.churn_risk, 6)
    expect(alert.payload.weighted_risk).toBeGreaterThanOrEqual(alert.payload.churn_risk)
    expect(alert).toMatchObject({ segment: 'enterprise', value: expect.any(Number) })
  })

  it('filters by kind, reason, segment, least value and age, and counts each for the filter controls', async () => {
    const all = await s.json('/v1/alerts?page_size=100')
    const { facets } = all
    expect(facets.kinds).toContainEqual({ value: 'sentiment-change', count: 1 })
    for (const f of facets.reasons as { value: string; count: number }[]) {
      const only = await s.json(`/v1/alerts?reason=${f.value}&page_size=100`)
      expect(only.total, f.value).toBe(f.count)
      for (const a of only.alerts) expect(a.payload.reasons.map((r: { code: string }) => r.code)).toContain(f.value)
    }
    expect(facets.reasons.map((r: { value: string }) => r.value)).toContain('churn-threat')
    for (const seg of facets.segments as { value: string; count: number }[]) {
      const only = await s.json(`/v1/alerts?segment=${seg.value}&page_size=100`)
      expect(only.total).toBe(seg.count)
      expect(new Set(only.alerts.map((a: { segment: string }) => a.segment))).toEqual(new Set([seg.value]))
      // The facets do not move with the filters: they describe the whole open list.
      expect(only.facets).toEqual(facets)
    }
    const valuable = await s.json('/v1/alerts?min_value=10000&sort=value&page_size=100')
    expect(valuable.total).toBeGreaterThan(0)
    expect(valuable.alerts.every((a: { value: number }) => a.value >= 10_000)).toBe(true)
    expect(valuable.alerts.map((a: { value: number }) => a.value)).toEqual([...valuable.alerts.map((a: { value: number }) => a.value)].sort((x, y) => y - x))
    const old = await s.json('/v1/alerts?older_than_hours=48')
    expect(old.alerts.map((a: { kind: string }) => a.kind)).toEqual(['sentiment-change'])
    const recent = await s.json('/v1/alerts?newer_than_hours=48&page_size=100')
    expect(recent.total).toBe(all.total - 1)
    const newest = await s.json('/v1/alerts?sort=newest&page_size=100')
    const times = newest.alerts.map((a: { created_at: number }) => a.created_at)
    expect(times).toEqual([...times].sort((x, y) => y - x))
    expect((await s.json('/v1/alerts?sort=oldest&page_size=1')).alerts[0].kind).toBe('sentiment-change')
  })

  it('answers 400 UT_E_VALIDATION naming each bad parameter', async () => {
    const bad = ['page=0', 'page=1.5', 'page_size=0', 'page_size=501', 'page_size=10&limit=10', 'sort=loudest', 'reason=Churn%20Threat', 'reason=%25', 'kind=%00', 'min_value=-5', 'min_value=1e3', 'min_value=abc', 'newer_than_hours=0', 'older_than_hours=x', 'older_than_hours=48&newer_than_hours=24', 'all=yes', 'segmnet=smb', 'reason=a&reason=b', `segment=${'x'.repeat(201)}`]
    for (const q of bad) {
      const res = await s.call('GET', `/v1/alerts?${q}`, s.keyA)
      expect(res.status, q).toBe(400)
      const doc = await res.json()
      expect(doc.code, q).toBe('UT_E_VALIDATION')
      expect(doc.errors[0].path, q).toEqual(expect.any(String))
    }
    expect((await (await s.call('GET', '/v1/alerts?sort=loudest', s.keyA)).json()).errors[0].path).toBe('sort')
  })

  it("acknowledges in bulk only this workspace's alerts, counting those it acknowledged", async () => {
    const theirs = (await s.json('/v1/alerts', s.keyB)).alerts[0].id as string
    const page = (await s.json('/v1/alerts?reason=churn-threat&page_size=3')).alerts.map((a: { id: string }) => a.id) as string[]
    expect(page.length).toBe(3)
    const before = (await s.json('/v1/alerts')).total
    const res = await s.call('POST', '/v1/alerts/ack', s.keyA, { ids: [...page, page[0], theirs, 'no-such-alert'] })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ requested: 5, acknowledged: 3 })
    expect((await s.json('/v1/alerts')).total).toBe(before - 3)
    expect((await s.json('/v1/alerts', s.keyB)).alerts.map((a: { id: string }) => a.id)).toEqual([theirs])
    // Acknowledged ones are listed with all=true, and not counted a second time.
    const listed = (await s.json('/v1/alerts?all=true&page_size=500')).alerts.filter((a: { id: string }) => page.includes(a.id))
    expect(listed.every((a: { acknowledged_at: number }) => a.acknowledged_at === NOW)).toBe(true)
    expect(await (await s.call('POST', '/v1/alerts/ack', s.keyA, { ids: page })).json()).toEqual({ requested: 3, acknowledged: 0 })
    // The other workspace cannot acknowledge ours either.
    expect(await (await s.call('POST', '/v1/alerts/ack', s.keyB, { ids: [(await s.json('/v1/alerts')).alerts[0].id] })).json()).toEqual({ requested: 1, acknowledged: 0 })
  })

  it('refuses a bulk acknowledgement that is empty, too long or not a list of ids', async () => {
    for (const body of [{}, { ids: [] }, { ids: 'x' }, { ids: [1] }, { ids: [''] }, { ids: ['a'], extra: 1 }, { ids: Array.from({ length: 501 }, (_, i) => `id-${i}`) }]) {
      const res = await s.call('POST', '/v1/alerts/ack', s.keyA, body)
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400)
      expect((await res.json()).code).toBe('UT_E_VALIDATION')
    }
  })
})

describe('GET /v1/review, paged and filtered', () => {
  let s: Awaited<ReturnType<typeof setup>>
  beforeAll(async () => {
    s = await setup()
    // Sentences written for this test, in English and German, some mixed or unsure.
    const texts = [
      'Great, the export broke again. Just great.',
      'Thanks, I guess it kind of works now?',
      'Not bad, but the invoice is still wrong.',
      'I love the new dashboard but the login keeps failing.',
      'Whatever. Do what you want.',
      'Super, wieder kaputt. Danke für nichts.',
      'Ganz okay, aber die Rechnung stimmt immer noch nicht.',
      'Perfect, another outage during our launch.',
      'Hmm, maybe it works, maybe not.',
      'Fine. Cancel it or don’t, I no longer care.',
      'Wow, support actually answered within a week.',
      'It is okay I suppose, nothing special.',
    ]
    const messages = texts.map((text, i) => ({ external_id: `r${i}`, conversation_id: `rc${i}`, customer_id: `rcust-${i}`, role: 'customer', text, created_at: new Date(NOW - HOUR - i * 60_000).toISOString() }))
    const stored = await s.call('POST', '/v1/messages?wait=true', s.keyA, { messages })
    expect(stored.status).toBe(200)
    // Agents flag four of them (two German), so the queue has picks whatever the reader is unsure of.
    const ids = ((await stored.json()) as { messages: { id: string }[] }).messages.map((m) => m.id)
    for (const i of [0, 2, 5, 6]) expect((await s.call('POST', '/v1/review/flags', s.keyA, { message_id: ids[i], flagged_by: 'agent:test' })).status).toBe(201)
  })
  afterAll(async () => {
    await s.open.close()
  })

  it("pages through today's picks with a total, and filters by reason, language and label as the counts say", async () => {
    const all = await s.json('/v1/review?page_size=200')
    expect(all.total).toBeGreaterThanOrEqual(4)
    expect(all.items).toHaveLength(all.total)
    const first = await s.json('/v1/review?page_size=2')
    const second = await s.json('/v1/review?page_size=2&page=2')
    expect(first.total).toBe(all.total)
    expect([...first.items, ...second.items].map((i: { message_id: string }) => i.message_id)).toEqual(all.items.slice(0, 4).map((i: { message_id: string }) => i.message_id))
    for (const [param, facet, read] of [
      ['reason', 'reasons', (i: { reasons: string[] }, v: string) => i.reasons.includes(v)],
      ['language', 'languages', (i: { language: string }, v: string) => i.language === v],
      ['label', 'labels', (i: { label: string }, v: string) => i.label === v],
    ] as const) {
      expect(all.facets[facet].length, facet).toBeGreaterThan(0)
      for (const f of all.facets[facet] as { value: string; count: number }[]) {
        const only = await s.json(`/v1/review?${param}=${f.value}&page_size=200`)
        expect(only.total, `${param}=${f.value}`).toBe(f.count)
        expect(only.items.every((i: never) => read(i, f.value))).toBe(true)
      }
    }
    expect(all.facets.languages.map((l: { value: string }) => l.value)).toContain('de')
    expect((await s.json('/v1/review', s.keyB)).total).toBe(0)
  })

  it('answers 400 UT_E_VALIDATION for a bad page, reason, language or label', async () => {
    for (const q of ['page=0', 'page_size=201', 'limit=2.5', 'reason=angry', 'language=English', 'label=bad', 'lable=negative']) {
      const res = await s.call('GET', `/v1/review?${q}`, s.keyA)
      expect(res.status, q).toBe(400)
      expect((await res.json()).code).toBe('UT_E_VALIDATION')
    }
  })
})
