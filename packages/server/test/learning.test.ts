import { createReader, isHeldOut } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace } from '@undertone/storage'
import { freshDatabase, testDialects } from '@undertone/storage/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, WorkspaceAdaptations, createApp, discoverWorkspaceTopics, rescoreWorkspace, runReadingWorker } from '../src/index.js'
import { TOPICS_MIN_READINGS, maybeQueueTopics } from '../src/app/topics/maybe-queue-topics.js'
import { toWire } from '../src/http/wire.js'

const reader = createReader()
const now = Date.parse('2026-11-20T12:00:00Z')
const clock = () => now

// A CI-tooling team's jargon, which the base model misreads: "green" is good news, "red",
// "toast" and "in limbo" are bad news. All sentences written for this test.
const subjects = ['The build', 'Our pipeline', 'The deploy', 'The nightly run', 'My branch', 'The release job', 'The merge check', 'Our test suite', 'The staging check', 'Our smoke tests', 'The canary', 'The docs build', 'The hotfix', 'Their integration run', 'The lint step', 'The mobile build']
const good = ['went green', 'is green again', 'turned green', 'is all green now']
const bad = ['is red again', 'went red', 'is toast', 'is stuck in limbo']
// Two endings of each sentence, so the random message ids always leave well over 20 held out.
const jargon = subjects.flatMap((s) => [...good, ...bad].flatMap((p, j) => ['.', ' today.'].map((end) => ({ text: `${s} ${p}${end}`, label: j < good.length ? 'positive' : 'negative' }))))

const PG_URL = process.env.UNDERTONE_PG_URL

async function setup(dialect: 'sqlite' | 'postgres') {
  const open = await freshDatabase(dialect, PG_URL, 'ut_learning')
  const queue = new SqliteJobQueue(open.db, { now: clock })
  const adaptations = new WorkspaceAdaptations(open.db, clock)
  const events = new EventBus()
  const app = createApp({ db: open.db, dialect, queue, reader, clock, events, adaptations })
  const keys: Record<string, string> = {}
  const ids: Record<string, string> = {}
  for (const name of ['a', 'b', 'c']) {
    const ws = await ensureWorkspace(open.db, name, now)
    ids[name] = ws.id
    keys[name] = (await createApiKey(open.db, ws.id, 'test', now)).key
  }
  const pipeline = { db: open.db, reader, clock, events, adaptations }
  const close = () => open.drop()
  return { open, queue, app, keys, ids, pipeline, adaptations, close }
}
type Setup = Awaited<ReturnType<typeof setup>>

const send = (s: Setup, method: string, path: string, key: string, body?: unknown, type = 'application/json') =>
  s.app.request(path, { method, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }), headers: { 'content-type': type, authorization: `Bearer ${key}` } })
const json = async (r: Response | Promise<Response>) => (await r).json()

async function ingest(s: Setup, key: string, texts: readonly string[], prefix: string): Promise<string[]> {
  const messages = texts.map((text, i) => ({ external_id: `${prefix}-${i}`, conversation_id: `${prefix}-c${i % 20}`, customer_id: `${prefix}-u${i % 10}`, role: 'customer', text, created_at: new Date(now - (texts.length - i) * 60_000).toISOString() }))
  const ids: string[] = []
  for (let i = 0; i < messages.length; i += 100) {
    const res = await json(send(s, 'POST', '/v1/messages?wait=true', key, { messages: messages.slice(i, i + 100) }))
    ids.push(...res.messages.map((m: { id: string }) => m.id))
  }
  return ids
}

const labelsOf = async (s: Setup, ws: string) =>
  Object.fromEntries((await s.open.db.selectFrom('readings').select(['message_id', 'label', 'score']).where('workspace_id', '=', ws).orderBy('message_id').execute()).map((r) => [r.message_id, `${r.label}:${r.score}`]))

// The learning routes run on both dialects: SQLite always, PostgreSQL when CI provides it.
for (const dialect of testDialects(PG_URL))
describe(`learning loop (${dialect})`, () => {
  let s: Setup
  beforeAll(async () => {
    s = await setup(dialect)
  }, 60_000)
  afterAll(async () => {
    await s.close()
  })

  it('an online correction changes how a similar new message reads within 5 seconds, in that workspace only', async () => {
    const text = 'The build went green on the first try.'
    const [id] = await ingest(s, s.keys.a as string, [text], 'online')
    const before = await json(send(s, 'POST', '/v1/score', s.keys.a as string, { text: 'the build went green on the first try again' }))
    expect(before.readings[0].sentiment.label).not.toBe('positive')
    const storedBefore = await s.open.db.selectFrom('readings').select(['label']).where('message_id', '=', id as string).executeTakeFirstOrThrow()
    const t0 = performance.now()
    const res = await json(send(s, 'POST', '/v1/corrections', s.keys.a as string, { message_id: id, reviewer: 'ann', label: 'positive' }))
    // The correction records what the reader had said about that message.
    expect(res.predicted_label).toBe(storedBefore.label)
    expect(res.reading.label).toBe('positive')
    const after = await json(send(s, 'POST', '/v1/score', s.keys.a as string, { text: 'the build went green on the first try again' }))
    expect(after.readings[0].sentiment.label).toBe('positive')
    const [next] = await ingest(s, s.keys.a as string, ['The build went green on the first try today.'], 'online2')
    const stored = await s.open.db.selectFrom('readings').select(['label', 'model_version']).where('message_id', '=', next as string).executeTakeFirstOrThrow()
    expect(stored.label).toBe('positive')
    expect(performance.now() - t0).toBeLessThan(5000)
    // Another process (its own cache) sees the correction once its check interval has passed.
    const elsewhere = new WorkspaceAdaptations(s.open.db, clock, { checkMs: 1000 })
    expect((await elsewhere.get(s.ids.a as string))?.memory?.size).toBe(1)
    // Workspace B reads the same text exactly as the base model does.
    const b = await json(send(s, 'POST', '/v1/score', s.keys.b as string, { text: 'the build went green on the first try again' }))
    expect(b.readings[0]).toEqual(JSON.parse(JSON.stringify(toWire({ text: 'the build went green on the first try again', ...reader.read('the build went green on the first try again') }))))
  })

  it('stops pulling similar messages toward a correction once reviewers dispute it', async () => {
    const similar = 'the build went green on the first try again'
    const [id] = await ingest(s, s.keys.a as string, ['The build went green on the first try.'], 'dispute')
    await json(send(s, 'POST', '/v1/corrections', s.keys.a as string, { message_id: id, reviewer: 'ann', label: 'positive' }))
    // Both corrected copies of the sentence pull toward positive; disputing one leaves the other.
    expect((await json(send(s, 'POST', '/v1/score', s.keys.a as string, { text: similar }))).readings[0].adaptation.neighbours.map((n: { id: string }) => n.id)).toContain(id)
    await json(send(s, 'POST', '/v1/corrections', s.keys.a as string, { message_id: id, reviewer: 'bob', label: 'negative' }))
    const after = (await json(send(s, 'POST', '/v1/score', s.keys.a as string, { text: similar }))).readings[0]
    expect((after.adaptation?.neighbours ?? []).map((n: { id: string }) => n.id)).not.toContain(id)
  })

  it('imports labelled history in bulk, rejecting a bad file whole and naming the bad lines', async () => {
    const bad = 'text,label\n"Pipeline is red again.",negative\n"Nice",great\n,positive\n'
    const res = await send(s, 'POST', '/v1/corrections/import', s.keys.c as string, bad, 'text/csv')
    expect(res.status).toBe(400)
    const problem = await res.json()
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['line 3', 'line 4'])
    expect((await json(send(s, 'GET', '/v1/corrections', s.keys.c as string))).corrections).toEqual([])
    const partial = await json(send(s, 'POST', '/v1/corrections/import?skip_invalid=true', s.keys.c as string, bad, 'text/csv'))
    expect(partial).toMatchObject({ imported: 1, skipped: 2 })
    const jsonl = '{"text":"The canary went red.","csat":1}\n{"text":"The deploy went green.","emotions":{"satisfaction":1},"label":"positive","reviewer":"lee"}\nnot json\n'
    const r2 = await send(s, 'POST', '/v1/corrections/import', s.keys.c as string, jsonl, 'application/x-ndjson')
    expect(r2.status).toBe(400)
    expect((await r2.json()).errors[0]).toMatchObject({ path: 'line 3' })
    expect((await send(s, 'POST', '/v1/corrections/import', s.keys.c as string, 'label\npositive\n', 'text/csv')).status).toBe(400)
    // A quote never closed is an error of its own line; the record after it is not swallowed into it.
    const unclosed = await send(s, 'POST', '/v1/corrections/import', s.keys.c as string, 'text,label\n"The build broke,negative\nAll green now,positive\n', 'text/csv')
    expect(unclosed.status).toBe(400)
    expect((await unclosed.json()).errors.map((e: { path: string }) => e.path)).toEqual(['line 2'])
    expect((await send(s, 'POST', '/v1/corrections/import', s.keys.c as string, bad, 'text/plain')).status).toBe(415)
  })

  it('retrains from corrections, promotes only a better version, rescores, and rolls back to the same readings', async () => {
    const ws = s.ids.a as string
    const key = s.keys.a as string
    const ids = await ingest(s, key, jargon.map((j) => j.text), 'jargon')
    const csv = `message_id,label\n${ids.map((id, i) => `${id},${(jargon[i] as { label: string }).label}`).join('\n')}\n`
    expect(await json(send(s, 'POST', '/v1/corrections/import?reviewer=team', key, csv, 'text/csv'))).toMatchObject({ imported: jargon.length })
    // Readings under the base model plus the correction memory, before any version.
    await rescoreWorkspace(s.pipeline, ws)
    const r0 = await labelsOf(s, ws)
    const otherBefore = await labelsOf(s, s.ids.b as string)

    const trained = await json(send(s, 'POST', '/v1/models/train?wait=true', key))
    expect(trained.promoted).toBe(true)
    expect(trained.version.metrics.held_out.macro_f1).toBeGreaterThan(trained.version.metrics.current.held_out.macro_f1)
    expect(trained.version.metrics.held_out.n).toBeGreaterThanOrEqual(20)
    const models = await json(send(s, 'GET', '/v1/models', key))
    expect(models.active).toBe(trained.version.id)
    // Learned terms are written into the workspace's domain profile.
    const settings = JSON.parse((await s.open.db.selectFrom('workspaces').select('settings').where('id', '=', ws).executeTakeFirstOrThrow()).settings)
    expect(settings.profile.terms.some((t: { pattern: string; source: string; polarity: number }) => t.pattern === 'green' && t.source === 'learned' && t.polarity > 0)).toBe(true)

    // The promotion queued a rescore; the worker runs it.
    const worker = runReadingWorker(s.queue, s.pipeline, { pollMs: 5 })
    await worker.idle()
    await worker.stop()
    const r1 = await labelsOf(s, ws)
    expect(r1).not.toEqual(r0)
    const versionOf = await s.open.db.selectFrom('readings').select('model_version').where('workspace_id', '=', ws).executeTakeFirstOrThrow()
    expect(versionOf.model_version).toContain(`+${trained.version.metrics.label}`)
    // Rollups follow the rescore: the daily totals match the stored readings.
    const totals = await s.open.db.selectFrom('rollups').select((eb) => [eb.fn.sum<number>('n').as('n'), eb.fn.sum<number>('pos').as('pos')]).where('workspace_id', '=', ws).where('granularity', '=', 'day').where('dimension', '=', 'all').executeTakeFirstOrThrow()
    const positives = Object.values(r1).filter((v) => v.startsWith('positive')).length
    expect(Number(totals.pos)).toBe(positives)
    expect(Number(totals.n)).toBe(Object.keys(r1).length)

    const back = await json(send(s, 'POST', '/v1/models/rollback', key))
    expect(back).toMatchObject({ active: null, previous: trained.version.id })
    const worker2 = runReadingWorker(s.queue, s.pipeline, { pollMs: 5 })
    await worker2.idle()
    await worker2.stop()
    expect(await labelsOf(s, ws)).toEqual(r0)
    // Workspace B never moved.
    expect(await labelsOf(s, s.ids.b as string)).toEqual(otherBefore)
    // Promote it again by hand: allowed, it won its comparison.
    expect((await send(s, 'POST', `/v1/models/${trained.version.id}/promote`, key)).status).toBe(200)
  })

  it('does not promote a version trained on corrupted labels', async () => {
    const key = s.keys.c as string
    const set = jargon
    const ids = await ingest(s, key, set.map((j) => j.text), 'corrupt')
    const flip = (l: string) => (l === 'positive' ? 'negative' : 'positive')
    // Held-out labels are right; every training label is flipped.
    const rows = ids.map((id, i) => `${id},${isHeldOut(id) ? (set[i] as { label: string }).label : flip((set[i] as { label: string }).label)}`)
    await json(send(s, 'POST', '/v1/corrections/import', key, `message_id,label\n${rows.join('\n')}\n`, 'text/csv'))
    const trained = await json(send(s, 'POST', '/v1/models/train?wait=true', key))
    expect(trained.promoted).toBe(false)
    expect(trained.version.status).toBe('rejected')
    expect(trained.decision.reason).toMatch(/does not beat/)
    const promote = await send(s, 'POST', `/v1/models/${trained.version.id}/promote`, key)
    expect(promote.status).toBe(409)
    expect((await json(send(s, 'GET', '/v1/models', key))).active).toBeNull()
  })

  it('picks readings for review by uncertainty and outcomes, within a daily budget', async () => {
    const key = s.keys.b as string
    const ws = s.ids.b as string
    await s.open.db.updateTable('workspaces').set({ settings: JSON.stringify({ learning: { dailyReviewBudget: 3 } }) }).where('id', '=', ws).execute()
    const texts = ['Thanks so much, the new dashboard is lovely!', 'Hmm, not sure this is what I expected, maybe?', 'Where do I change my billing address?', 'Great, another outage. Just great.', 'I suppose it is fine.']
    const ids = await ingest(s, key, texts, 'rev')
    const happy = ids[0] as string
    const conv = await s.open.db.selectFrom('messages').select('conversation_id').where('id', '=', happy).executeTakeFirstOrThrow()
    expect((await send(s, 'POST', '/v1/outcomes', key, { conversation_id: conv.conversation_id, csat: 1 })).status).toBe(200)
    expect((await send(s, 'POST', '/v1/outcomes', key, { conversation_id: 'nope', csat: 1 })).status).toBe(404)
    expect((await send(s, 'POST', '/v1/outcomes', key, { csat: 1 })).status).toBe(400)
    const review = await json(send(s, 'GET', '/v1/review', key))
    expect(review.budget).toEqual({ daily: 3, used_today: 0, remaining: 3 })
    expect(review.items.length).toBeLessThanOrEqual(3)
    const first = review.items.find((i: { message_id: string }) => i.message_id === happy)
    expect(first.reasons).toContain('outcome-disagreement')
    expect(review.items[0].priority).toBeGreaterThanOrEqual(review.items[review.items.length - 1].priority)
    for (const item of review.items) await send(s, 'POST', '/v1/corrections', key, { message_id: item.message_id, reviewer: 'ann', label: 'negative', source: 'dashboard' })
    const after = await json(send(s, 'GET', '/v1/review', key))
    expect(after.budget.remaining).toBe(Math.max(0, 3 - review.items.length))
    if (review.items.length === 3) expect(after.items).toEqual([])
    // A second reviewer on the same messages: agreement is tracked.
    for (const [i, item] of review.items.entries()) await send(s, 'POST', '/v1/corrections', key, { message_id: item.message_id, reviewer: 'bob', label: i === 0 ? 'neutral' : 'negative' })
    const agreement = await json(send(s, 'GET', '/v1/corrections/agreement', key))
    expect(agreement.messages).toBe(review.items.length)
    expect(agreement.agreement).toBeCloseTo((review.items.length - 1) / review.items.length)
  })

  it('puts readings an agent flagged at the top of the review queue', async () => {
    const key = s.keys.c as string
    const [id] = await ingest(s, key, ['Thanks, that sorted it.'], 'flag')
    expect((await send(s, 'POST', '/v1/review/flags', s.keys.a as string, { message_id: id, flagged_by: 'agent:kim' })).status).toBe(404)
    expect((await send(s, 'POST', '/v1/review/flags', key, { message_id: id })).status).toBe(400)
    expect((await send(s, 'POST', '/v1/review/flags', key, { message_id: id, flagged_by: 'agent:kim', note: 'customer was being sarcastic' })).status).toBe(201)
    const review = await json(send(s, 'GET', '/v1/review', key))
    expect(review.items[0]).toMatchObject({ message_id: id })
    expect(review.items[0].reasons).toContain('flagged')
    await send(s, 'POST', '/v1/corrections', key, { message_id: id, reviewer: 'lee', label: 'negative' })
    expect((await json(send(s, 'GET', '/v1/review', key))).items.map((i: { message_id: string }) => i.message_id)).not.toContain(id)
  })

  it('drops a cue that reviewers keep marking wrong, in that workspace only', async () => {
    const key = s.keys.c as string
    const text = 'Oh great, another update that breaks everything.'
    const sarcasmOf = (r: { cues: { kind: string }[] }) => r.cues.filter((c) => c.kind === 'sarcasm')
    const before = (await json(send(s, 'POST', '/v1/score', key, { text }))).readings[0]
    const cue = sarcasmOf(before)[0] as { kind: string; start: number; end: number } | undefined
    expect(cue).toBeDefined()
    const ids = await ingest(s, key, [text, 'Oh great, another release that breaks the sync.'], 'cue')
    for (const [i, id] of ids.entries()) {
      const stored = await s.open.db.selectFrom('readings').select('cues').where('message_id', '=', id).executeTakeFirstOrThrow()
      const cues = (JSON.parse(stored.cues) as { kind: string; start: number; end: number }[]).map((c) => ({ kind: c.kind, start: c.start, end: c.end, correct: c.kind !== 'sarcasm' }))
      expect(cues.some((c) => !c.correct)).toBe(true)
      await send(s, 'POST', '/v1/corrections', key, { message_id: id, reviewer: `r${i}`, label: 'positive', cues })
    }
    const after = (await json(send(s, 'POST', '/v1/score', key, { text: 'Oh great, another patch that breaks login.' }))).readings[0]
    expect(sarcasmOf(after)).toEqual([])
    expect(after.cues.length).toBeGreaterThan(0)
    const other = (await json(send(s, 'POST', '/v1/score', s.keys.b as string, { text: 'Oh great, another patch that breaks login.' }))).readings[0]
    expect(sarcasmOf(other).length).toBeGreaterThan(0)
  })

  it('reports accuracy over time against reviewed labels, with intervals and counts', async () => {
    const acc = await json(send(s, 'GET', '/v1/learning/accuracy?days=14&step=7&window=14', s.keys.a as string))
    expect(acc.windows.length).toBeGreaterThanOrEqual(2)
    const last = acc.windows[acc.windows.length - 1]
    expect(last.n).toBeGreaterThan(90)
    expect(last.accuracy).toBeGreaterThan(0)
    expect(last.accuracy_ci[0]).toBeLessThanOrEqual(last.accuracy)
    expect(last.macro_f1_ci[1]).toBeGreaterThanOrEqual(last.macro_f1)
    expect(last.per_label.map((l: { label: string }) => l.label)).toEqual(['negative', 'neutral', 'positive'])
    expect(acc.versions.length).toBeGreaterThan(0)
    expect((await send(s, 'GET', '/v1/learning/accuracy?days=0', s.keys.a as string)).status).toBe(400)
    // Scoped: workspace C sees only its own labels.
    const c = await json(send(s, 'GET', '/v1/learning/accuracy?days=14&step=7&window=14', s.keys.c as string))
    expect(c.windows[c.windows.length - 1].n).toBeLessThan(last.n + 200)
    expect((await send(s, 'GET', `/v1/models/${acc.versions[0].id}`, s.keys.c as string)).status).toBe(404)
  })

  it('queues topic discovery once a workspace has enough read messages, and only while it has no topics', async () => {
    const ws = s.ids.b as string
    const jobs: unknown[] = []
    const enqueue = async (j: unknown) => void jobs.push(j)
    const readings = Number((await s.open.db.selectFrom('workspace_counters').select('readings').where('workspace_id', '=', ws).executeTakeFirstOrThrow()).readings)
    expect(readings).toBeLessThan(TOPICS_MIN_READINGS)
    expect(await maybeQueueTopics(s.open.db, ws, enqueue)).toBe(false)
    await s.open.db.updateTable('workspace_counters').set({ readings: TOPICS_MIN_READINGS }).where('workspace_id', '=', ws).execute()
    expect(await maybeQueueTopics(s.open.db, ws, enqueue)).toBe(true)
    expect(jobs).toEqual([{ kind: 'topics', workspaceId: ws }])
    const r = await discoverWorkspaceTopics(s.open.db, ws, now, { k: 3 })
    expect(r.sample).toBeGreaterThan(0)
    expect(await maybeQueueTopics(s.open.db, ws, enqueue)).toBe(false)
  })
})
