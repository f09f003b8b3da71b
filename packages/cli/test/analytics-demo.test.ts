import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { isContentWord, negativeDrivers } from '@undertone/analysis'
import { EventBus, createApp, parseSettings, refreshDriverDays, refreshDriverSnapshots } from '@undertone/server'
import { driverSample, rebuildFactRollups } from '@undertone/storage'
import { type FreshDatabase, freshDatabase, testDialects } from '@undertone/storage/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fillDemo } from '../src/commands/demo.js'

const NOW = Date.parse('2026-11-20T12:00:00Z')
const PG_URL = process.env.UNDERTONE_PG_URL

// The analytics routes run on both dialects: SQLite always, PostgreSQL when CI provides it.
for (const dialect of testDialects(PG_URL))
describe(`analytics on the synthetic demo (${dialect})`, () => {
  let open: FreshDatabase
  let key = ''
  let app: ReturnType<typeof createApp>
  const get = async (path: string) => (await app.request(path, { headers: { authorization: `Bearer ${key}` } })).json()

  beforeAll(async () => {
    open = await freshDatabase(dialect, PG_URL, 'ut_analytics')
    app = createApp({ db: open.db, dialect, queue: new SqliteJobQueue(open.db), reader: createReader(), clock: () => NOW, events: new EventBus() })
    key = (await fillDemo(open, new SqliteJobQueue(open.db), createReader(), { conversations: 1500, readNow: true, now: NOW })).key
  }, 180_000)
  afterAll(() => open.drop())

  it('puts a few percent of customers under alert, not a crowd', async () => {
    const { alerts } = await get('/v1/alerts?kind=customer-at-risk&limit=500')
    const alerted = new Set(alerts.map((a: { subject_id: string }) => a.subject_id))
    const customers = Number((await open.db.selectFrom('customers').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    expect(customers).toBeGreaterThan(500)
    // The planted at-risk customers (failed fixes, then a churn threat) are about 3%.
    expect(alerted.size / customers).toBeGreaterThan(0.02)
    expect(alerted.size / customers).toBeLessThan(0.1)
    expect(alerts.some((a: { title: string }) => a.title.includes('churn-threat'))).toBe(true)
  })

  it('reads a realistic mix of moods: mostly calm or pleased, a minority negative', async () => {
    const rows = await open.db.selectFrom('readings').select(['label', (e) => e.fn.countAll().as('n')]).groupBy('label').execute()
    const n = (label: string) => Number(rows.find((r) => r.label === label)?.n ?? 0)
    const all = n('negative') + n('neutral') + n('positive')
    expect(n('negative') / all).toBeGreaterThan(0.15)
    expect(n('negative') / all).toBeLessThan(0.45)
    expect(n('positive') / all).toBeGreaterThan(0.3)
    expect(n('neutral') / all).toBeGreaterThan(0.15)
  })

  it('ranks the product area with the injected export incident first among drivers', async () => {
    const { drivers } = await get('/v1/analytics/drivers?days=7')
    const areas = drivers.filter((d: { kind: string }) => d.kind === 'product-area')
    expect(areas[0].topic).toBe('export')
    expect(areas[0].share_now).toBeGreaterThan(areas[0].share_previous)
    // Its examples come with their text and conversation, newest first, from this workspace.
    const ex = areas[0].example_messages as { id: string; conversation_id: string; at: number; text: string }[]
    expect(ex.map((e) => e.id)).toEqual(areas[0].examples)
    expect(ex).toHaveLength(3)
    expect(ex.every((e) => e.text.length > 0 && e.conversation_id.length > 0)).toBe(true)
    expect(ex[0]!.at).toBeGreaterThanOrEqual(ex[2]!.at)
  })

  it('names the injected bug among the top drivers, with no filler and no two phrases for the same messages', async () => {
    const { drivers } = await get('/v1/analytics/drivers?days=7&limit=10')
    const phrases = drivers.filter((d: { kind: string }) => d.kind === 'phrase') as { topic: string; label?: string; examples: string[]; negative_count: number }[]
    expect(phrases.some((d) => /export stops|never finishes/.test(d.label ?? d.topic))).toBe(true)
    for (const d of phrases) expect(d.topic.split(' ').every(isContentWord)).toBe(true)
    const same = (a: (typeof phrases)[number], b: (typeof phrases)[number]) => a.examples.join() === b.examples.join() && Math.abs(a.negative_count - b.negative_count) <= 0.15 * Math.max(a.negative_count, b.negative_count)
    expect(phrases.filter((a, i) => phrases.some((b, j) => j > i && same(a, b)))).toEqual([])
  })

  it('discovers topics, rolls readings up by topic, and ranks topics among the drivers', async () => {
    const t = await get('/v1/analytics/topics?days=60')
    expect(t.topics.length).toBeGreaterThanOrEqual(4)
    expect(t.topics.every((x: { label: string; terms: unknown[] }) => x.label.length > 0 && x.terms.length > 0)).toBe(true)
    expect(t.topics.filter((x: { n: number }) => x.n > 0).length).toBeGreaterThanOrEqual(4)
    const trends = await get('/v1/analytics/trends?by=topic&granularity=week')
    expect(trends.series.length).toBeGreaterThanOrEqual(4)
    const { drivers } = await get('/v1/analytics/drivers?days=7&limit=50')
    const topicDrivers = drivers.filter((d: { kind: string }) => d.kind === 'topic')
    expect(topicDrivers.length).toBeGreaterThan(0)
    expect(topicDrivers[0].label).toEqual(expect.any(String))
  })

  it('serves drivers from a snapshot the worker refreshes, and computes past windows on demand', async () => {
    const first = await get('/v1/analytics/drivers?days=14&limit=5')
    expect(first.drivers).toHaveLength(5)
    const stored = await open.db.selectFrom('driver_snapshots').selectAll().where('days', '=', 14).execute()
    expect(stored).toHaveLength(1)
    // The snapshot, not a recomputation, answers next: tamper with it to prove it.
    const body = JSON.parse(stored[0]!.body)
    body.drivers[0].topic = 'from-the-snapshot'
    await open.db.updateTable('driver_snapshots').set({ body: JSON.stringify(body) }).where('days', '=', 14).execute()
    expect((await get('/v1/analytics/drivers?days=14')).drivers[0].topic).toBe('from-the-snapshot')
    await refreshDriverSnapshots(open.db, stored[0]!.workspace_id, NOW)
    expect((await get('/v1/analytics/drivers?days=14')).drivers[0].topic).toBe(first.drivers[0].topic)
    const past = await get(`/v1/analytics/drivers?days=14&to=${new Date(NOW - 20 * 86_400_000).toISOString()}`)
    expect(past.now).toBe(NOW - 20 * 86_400_000)
    expect((await get('/v1/analytics/drivers?days=7&to=not-a-date')).code).toBe('UT_E_VALIDATION')
  })

  it('ranks a past window from stored day tallies, the same as reading every message of it', async () => {
    const ws = await open.db.selectFrom('workspaces').select(['id', 'settings']).where('name', '=', 'demo').executeTakeFirstOrThrow()
    // Before the incident's release (noon on the 14th): an edge day counted in proportion can
    // hold a driver whose messages all came after the cut, and that one has no example to show.
    const to = Date.parse('2026-11-14T00:00:00Z')
    const past = await get(`/v1/analytics/drivers?days=14&limit=50&to=${new Date(to).toISOString()}`)
    const days = await open.db.selectFrom('driver_days').select(['day', 'messages', 'sampled']).where('workspace_id', '=', ws.id).where('day', '>=', to - 28 * 86_400_000).where('day', '<', to).execute()
    expect(days.length).toBe(28)
    // The demo's days are smaller than the day sample, so every message was tallied and the
    // merged days must give exactly what one pass over all the window's messages gives.
    expect(days.every((d) => Number(d.sampled) === Number(d.messages))).toBe(true)
    const all = await driverSample(open.db, ws.id, to - 28 * 86_400_000, to, 100_000)
    const topics = parseSettings(ws.settings ?? undefined).topics?.topics
    const direct = negativeDrivers(all, { now: to, windowDays: 14, limit: 50, ...(topics === undefined ? {} : { topics }) })
    expect(past.drivers.map((d: { topic: string }) => d.topic)).toEqual(direct.map((d) => d.topic))
    past.drivers.forEach((d: { share_now: number; negativity: number; negative_count: number; examples: string[] }, i: number) => {
      expect(d.share_now).toBeCloseTo(direct[i]!.shareNow, 9)
      expect(d.negativity).toBeCloseTo(direct[i]!.negativity, 9)
      expect(d.negative_count).toBe(direct[i]!.negativeCount)
      expect(d.examples).toEqual(direct[i]!.examples)
    })
    // A window cut mid-day takes each edge day in proportion, and shows examples from inside only.
    const midDay = to - 9 * 3_600_000
    const cut = await get(`/v1/analytics/drivers?days=7&limit=50&to=${new Date(midDay).toISOString()}`)
    expect(cut.drivers.length).toBeGreaterThan(5)
    const ids = cut.drivers.flatMap((d: { examples: string[] }) => d.examples)
    const at = new Map(all.map((m) => [m.id, m.at]))
    expect(ids.every((id: string) => (at.get(id) as number) < midDay && (at.get(id) as number) >= midDay - 7 * 86_400_000)).toBe(true)
    // …and the days inside still supply them: every driver keeps examples.
    expect(cut.drivers.every((d: { examples: string[] }) => d.examples.length > 0)).toBe(true)
  })

  it('tallies a day again when its volume moves, and serves what is stored until then', async () => {
    const ws = await open.db.selectFrom('workspaces').select('id').where('name', '=', 'demo').executeTakeFirstOrThrow()
    const to = Date.parse('2026-11-15T00:00:00Z')
    const url = `/v1/analytics/drivers?days=7&limit=50&to=${new Date(to).toISOString()}`
    const before = await get(url)
    const day = to - 86_400_000
    // Tamper with a stored day: the route merges stored tallies, so the planted phrase shows up.
    await open.db.updateTable('driver_days').set({ body: JSON.stringify([0, [['phrase:planted tally', 500, 500, 'x', day]]]) }).where('workspace_id', '=', ws.id).where('day', '=', day).execute()
    expect((await get(url)).drivers[0].topic).toBe('planted tally')
    // Nothing about the day changed, so a refresh leaves it; a changed volume marks it stale.
    expect(await refreshDriverDays(open.db, ws.id, NOW, { horizonDays: 30 })).toBe(0)
    await open.db.updateTable('driver_days').set({ messages: 1 }).where('workspace_id', '=', ws.id).where('day', '=', day).execute()
    expect(await refreshDriverDays(open.db, ws.id, NOW, { horizonDays: 30 })).toBe(1)
    expect((await get(url)).drivers.map((d: { topic: string }) => d.topic)).toEqual(before.drivers.map((d: { topic: string }) => d.topic))
  })

  it('finds the export incident as a fall in sentiment', async () => {
    const { findings } = await get('/v1/analytics/changes?by=product_area')
    const exportFall = findings.find((f: { value: string; delta: number }) => f.value === 'export' && f.delta < 0)
    expect(exportFall?.summary).toMatch(/^(sentiment around "export" fell|more negative messages around "export")/)
    expect(exportFall.detected_at).toBeGreaterThan(NOW - 9 * 86_400_000)
    expect(exportFall.share_after).toBeGreaterThan(exportFall.share_before + 0.2)
  })

  it('finds the export incident as the one change: no other area, and nothing in the quiet weeks before', async () => {
    const { findings } = await get('/v1/analytics/changes?by=product_area')
    expect(findings.map((f: { value: string }) => f.value)).toEqual(['export'])
    // The workspace as a whole turns more negative with it, and only since it began.
    const all = (await get('/v1/analytics/changes?by=all')).findings
    expect(all.length).toBeGreaterThan(0)
    expect(all.every((f: { since: number; delta: number }) => f.since > NOW - 9 * 86_400_000 && f.delta < 0)).toBe(true)
    expect(all[0].summary).toMatch(/^(sentiment overall fell|more negative messages overall)/)
  })

  it('takes its sensitivity from the workspace analysis settings, validated', async () => {
    const patch = async (body: unknown) => app.request('/v1/settings', { method: 'PATCH', body: JSON.stringify(body), headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } })
    expect((await patch({ analysis: { changes: { threshold: -1 } } })).status).toBe(400)
    expect((await patch({ analysis: { changes: { sensitivity: 3 } } })).status).toBe(400)
    expect((await patch({ analysis: { changes: { threshold: 40 } } })).status).toBe(200)
    expect((await get('/v1/analytics/changes?by=product_area')).findings).toEqual([])
    expect((await patch({ analysis: null })).status).toBe(200)
    expect((await get('/v1/analytics/changes?by=product_area')).findings.length).toBeGreaterThan(0)
  })

  it('watches topics too, named by their terms', async () => {
    const { findings } = await get('/v1/analytics/changes?by=topic')
    const fall = findings.find((f: { label?: string; delta: number }) => f.delta < 0 && /export/.test(f.label ?? ''))
    expect(fall?.summary).toMatch(/^(sentiment around topic ".*export.*" fell|more negative messages around topic ".*export.*")/)
    expect(fall.detected_at).toBeGreaterThan(NOW - 9 * 86_400_000)
  })

  it('raises the change finding as an alert once', async () => {
    const { scanChangeAlerts } = await import('@undertone/server')
    const ws = await open.db.selectFrom('workspaces').select('id').where('name', '=', 'demo').executeTakeFirstOrThrow()
    const first = await scanChangeAlerts(open.db, ws.id, NOW)
    expect(first).toBeGreaterThan(0)
    expect(await scanChangeAlerts(open.db, ws.id, NOW)).toBe(0)
    const { alerts } = await get('/v1/alerts?kind=sentiment-change')
    // The demo tags each message with its area and "synthetic": those series repeat the area's and
    // the workspace's, and are not raised again.
    const subjects = alerts.map((a: { subject_id: string }) => a.subject_id)
    expect(subjects.some((s: string) => s.startsWith('product_area:export:'))).toBe(true)
    expect((await get('/v1/analytics/changes?by=tag')).findings.some((f: { value: string }) => f.value === 'export')).toBe(true)
    expect(subjects.some((s: string) => s.startsWith('tag:export:') || s.startsWith('tag:synthetic:'))).toBe(false)
    expect(alerts.some((a: { kind: string; title: string }) => a.kind === 'sentiment-change' && a.title.includes('"export"'))).toBe(true)
  })

  it('tracks a target with progress and a forecast, per workspace', async () => {
    const post = (path: string, body: unknown) => app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } })
    const created = await post('/v1/targets', { name: 'Fewer negative export tickets', metric: 'negative_share', dimension: 'product_area', value: 'export', goal: 0.2, start: '2026-10-01T00:00:00Z', due: '2026-12-31T00:00:00Z' })
    expect(created.status).toBe(201)
    const { targets } = await get('/v1/targets')
    expect(targets).toHaveLength(1)
    expect(targets[0].direction).toBe('down')
    expect(targets[0].points.length).toBeGreaterThan(4)
    expect(typeof targets[0].progress.forecast).toBe('number')
    expect(targets[0].progress.on_track).toBe(false)
    expect((await post('/v1/targets', { name: 'x', metric: 'happiness', goal: 1, due: '2026-12-31T00:00:00Z' })).status).toBe(400)
  })

  it('serves resolution, escalation, response-time and agent views', async () => {
    const res = await get('/v1/analytics/resolution?by=segment')
    expect(res.rows.map((r: { group: string }) => r.group)).toEqual(expect.arrayContaining(['enterprise', 'smb', 'startup']))
    // Ungrouped, the totals come back as one "all" row (PostgreSQL once refused this form).
    const bySegment = res.rows.reduce((n: number, r: { n: number }) => n + r.n, 0)
    const all = await get('/v1/analytics/resolution')
    expect(all.rows.map((r: { group: string; n: number }) => [r.group, r.n])).toEqual([['all', bySegment]])
    const escAll = await get('/v1/analytics/escalations')
    expect(escAll.rows.map((r: { group: string }) => r.group)).toEqual(['all'])
    const esc = await get('/v1/analytics/escalations?by=product_area')
    expect(esc.rows.find((r: { group: string }) => r.group === 'export').sla_breached).toBeGreaterThanOrEqual(0)
    const rt = await get('/v1/analytics/response-times')
    expect(rt.rows[0]).toHaveProperty('first_response_median_minutes')
    const agents = await get('/v1/analytics/agents?min=10')
    expect(agents.rows.some((r: { shown: boolean }) => r.shown)).toBe(true)
    const trends = await get('/v1/analytics/trends?by=product_area&granularity=week')
    expect(trends.series.length).toBeGreaterThanOrEqual(6)
  })

  it('keeps the fact rollups, updated as conversations changed, equal to a rebuild from the stored facts', async () => {
    // Keyed rows with their numbers; sums taken in another order may differ in the last bits only.
    const snapshot = async () => {
      const out = new Map<string, number[]>()
      for (const r of await open.db.selectFrom('fact_rollups').selectAll().execute()) {
        const { workspace_id, dimension, value, day, ...nums } = r
        if (Number(nums.n) !== 0) out.set(`s|${workspace_id}|${dimension}|${value}|${day}`, Object.values(nums).map(Number))
      }
      for (const r of await open.db.selectFrom('fact_bins').selectAll().execute()) if (Number(r.n) !== 0) out.set(`b|${r.workspace_id}|${r.kind}|${r.dimension}|${r.value}|${r.cell}|${r.bin}|${r.day}`, [Number(r.n)])
      return out
    }
    const incremental = await snapshot()
    expect(incremental.size).toBeGreaterThan(1000)
    await rebuildFactRollups(open.db)
    const rebuilt = await snapshot()
    expect([...rebuilt.keys()].sort()).toEqual([...incremental.keys()].sort())
    for (const [k, v] of rebuilt) for (const [i, x] of (incremental.get(k) as number[]).entries()) expect(Math.abs(x - (v[i] as number))).toBeLessThan(1e-6)
  })
})

// The demo as `npm start` makes it (serve's --demo-conversations default, which the e2e tests use too).
describe('the demo npm start makes (300 conversations)', () => {
  let open: FreshDatabase
  let key = ''
  let app: ReturnType<typeof createApp>
  const get = async (path: string) => (await app.request(path, { headers: { authorization: `Bearer ${key}` } })).json()

  beforeAll(async () => {
    open = await freshDatabase('sqlite', undefined, 'ut_demo300')
    app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db), reader: createReader(), clock: () => NOW, events: new EventBus() })
    key = (await fillDemo(open, new SqliteJobQueue(open.db), createReader(), { conversations: 300, readNow: true, now: NOW })).key
  }, 60_000)
  afterAll(() => open.drop())

  it('has a few customers under alert, and the export incident in its changes and drivers', async () => {
    const { alerts } = await get('/v1/alerts?kind=customer-at-risk&limit=500')
    const alerted = new Set(alerts.map((a: { subject_id: string }) => a.subject_id)).size
    const customers = Number((await open.db.selectFrom('customers').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    expect(alerted).toBeGreaterThan(0)
    expect(alerted / customers).toBeLessThan(0.1)
    const { findings } = await get('/v1/analytics/changes?by=product_area')
    expect(findings.map((f: { value: string }) => f.value)).toEqual(['export'])
    const { drivers } = await get('/v1/analytics/drivers?days=7')
    expect(drivers[0].label ?? drivers[0].topic).toMatch(/export stops/)
  })
})

