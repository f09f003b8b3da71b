import { accuracyWindow } from '@undertone/analysis'
import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace } from '@undertone/storage'
import { freshDatabase, testDialects } from '@undertone/storage/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIN_LABELS } from '../src/app/learning/min-labels.js'
import { reportAccuracyWindow } from '../src/app/learning/report-accuracy-window.js'
import { EventBus, WorkspaceAdaptations, createApp } from '../src/index.js'

const reader = createReader()
const DAY = 86_400_000
const PG_URL = process.env.UNDERTONE_PG_URL

interface Window {
  start: number
  end: number
  partial: boolean
  n: number
  too_few_labels: boolean
  accuracy: number | null
  accuracy_ci: [number, number] | null
  macro_f1: number | null
  macro_f1_ci: [number, number] | null
  per_label: { label: string; n: number; recall: number | null; ci: [number, number] | null; too_few_labels: boolean }[]
}
interface Accuracy {
  from: number
  to: number
  min_labels: number
  labels: number
  windows: Window[]
}

// Complaints a reviewer confirms as negative; written for this test.
const complaints = ['The invoice export failed again.', 'Nobody answered my ticket for a week.', 'The app logs me out every hour.', 'Your update broke the sync for our whole team.', 'I was charged twice this month.']

describe('an accuracy window as answered', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ at: i, gold: 'negative', predicted: i % 4 === 0 ? 'neutral' : 'negative' }))

  it(`gives no figure from fewer than ${MIN_LABELS} labels, and one from ${MIN_LABELS}`, () => {
    const few = reportAccuracyWindow(accuracyWindow(rows(MIN_LABELS - 1), 0, 10, { labels: ['negative', 'neutral'] }), 100)
    expect(few).toMatchObject({ n: MIN_LABELS - 1, tooFewLabels: true, accuracy: null, accuracyCi: null, macroF1: null, macroF1Ci: null })
    expect(few.perLabel.map((l) => [l.label, l.n, l.recall, l.tooFewLabels])).toEqual([['negative', MIN_LABELS - 1, null, true], ['neutral', 0, null, true]])
    const enough = reportAccuracyWindow(accuracyWindow(rows(MIN_LABELS), 0, 10, { labels: ['negative', 'neutral'] }), 100)
    expect(enough.tooFewLabels).toBe(false)
    expect(enough.accuracy).toBe(0.75)
    expect(enough.accuracyCi?.[0]).toBeLessThan(0.75)
    expect(enough.perLabel[0]).toMatchObject({ label: 'negative', recall: 0.75, tooFewLabels: false })
    // The label no reviewer gave stays without a figure.
    expect(enough.perLabel[1]).toMatchObject({ label: 'neutral', n: 0, recall: null, tooFewLabels: true })
  })

  it('cuts a window that ends after now at now, and marks it partial', () => {
    expect(reportAccuracyWindow(accuracyWindow([], 0, 10), 7)).toMatchObject({ start: 0, end: 7, partial: true })
    expect(reportAccuracyWindow(accuracyWindow([], 0, 10), 10)).toMatchObject({ start: 0, end: 10, partial: false })
  })
})

for (const dialect of testDialects(PG_URL))
  describe(`GET /v1/learning/accuracy with few labels (${dialect})`, () => {
    // Mid-afternoon, so that the step after the last whole day ends tomorrow.
    let now = Date.parse('2026-11-20T15:30:00Z')
    const clock = () => now
    let open: Awaited<ReturnType<typeof freshDatabase>>
    let app: ReturnType<typeof createApp>
    let key = ''
    let sent = 0
    const send = (method: string, path: string, body?: unknown) => app.request(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }), headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` } })
    const accuracy = async (query = ''): Promise<Accuracy> => {
      const res = await send('GET', `/v1/learning/accuracy${query}`)
      expect(res.status).toBe(200)
      return (await res.json()) as Accuracy
    }
    /** Ingests `n` complaints an hour before now and confirms each as negative. */
    const review = async (n: number): Promise<void> => {
      const messages = Array.from({ length: n }, (_, i) => ({ external_id: `m-${sent + i}`, conversation_id: `c-${sent + i}`, customer_id: `u-${(sent + i) % 3}`, role: 'customer', text: complaints[(sent + i) % complaints.length], created_at: new Date(now - DAY / 24).toISOString() }))
      const res = await send('POST', '/v1/messages?wait=true', { messages })
      expect(res.status).toBeLessThan(300)
      const ids = ((await res.json()) as { messages: { id: string }[] }).messages.map((m) => m.id)
      sent += n
      for (const id of ids) expect((await send('POST', '/v1/corrections', { message_id: id, reviewer: 'ann', label: 'negative' })).status).toBe(201)
    }

    beforeAll(async () => {
      open = await freshDatabase(dialect, PG_URL, 'ut_accuracy_windows')
      app = createApp({ db: open.db, dialect, queue: new SqliteJobQueue(open.db, { now: clock }), reader, clock, events: new EventBus(), adaptations: new WorkspaceAdaptations(open.db, clock) })
      const ws = await ensureWorkspace(open.db, 'few', now)
      key = (await createApiKey(open.db, ws.id, 'test', now)).key
    }, 60_000)
    afterAll(async () => {
      await open?.drop()
    })

    it('never ends a window after now: the last one is partial and ends at now', async () => {
      const a = await accuracy()
      expect(a.to).toBe(now)
      expect(a.windows.length).toBeGreaterThan(10)
      for (const w of a.windows) expect(w.end).toBeLessThanOrEqual(now)
      const last = a.windows.at(-1) as Window
      expect(last).toMatchObject({ end: now, partial: true })
      expect(a.windows.slice(0, -1).every((w) => !w.partial && w.end % DAY === 0)).toBe(true)
      // On a day boundary the steps land on now: no window is partial.
      const afternoon = now
      now = Date.parse('2026-11-21T00:00:00Z')
      const b = await accuracy('?days=14&step=7&window=14')
      now = afternoon
      expect(b.windows.map((w) => [w.end, w.partial])).toEqual([
        [Date.parse('2026-11-14T00:00:00Z'), false],
        [Date.parse('2026-11-21T00:00:00Z'), false],
      ])
    })

    it('answers the count and no figure for two labels, and the figures from the minimum on', async () => {
      await review(2)
      const a = await accuracy()
      expect(a.min_labels).toBe(MIN_LABELS)
      expect(a.labels).toBe(2)
      const last = a.windows.at(-1) as Window
      expect(last).toMatchObject({ n: 2, too_few_labels: true, accuracy: null, accuracy_ci: null, macro_f1: null, macro_f1_ci: null, partial: true })
      expect(last.per_label.find((l) => l.label === 'negative')).toMatchObject({ n: 2, recall: null, ci: null, too_few_labels: true })

      await review(MIN_LABELS - 2)
      const b = await accuracy()
      const full = b.windows.at(-1) as Window
      expect(full.n).toBe(MIN_LABELS)
      expect(full.too_few_labels).toBe(false)
      expect(full.accuracy).toBeTypeOf('number')
      expect(full.accuracy_ci?.[1]).toBeGreaterThanOrEqual(full.accuracy as number)
      expect(full.per_label.find((l) => l.label === 'negative')).toMatchObject({ n: MIN_LABELS, too_few_labels: false })
      expect(full.per_label.find((l) => l.label === 'positive')).toMatchObject({ n: 0, recall: null, too_few_labels: true })
      // Windows that ended before the labels were given have none and no figure.
      expect(b.windows[0]).toMatchObject({ n: 0, too_few_labels: true, accuracy: null })
    })

    it('moves the windows with the clock, still never past it', async () => {
      const before = now
      now += 10 * DAY + 3 * 3_600_000
      const a = await accuracy()
      now = before
      expect(Math.max(...a.windows.map((w) => w.end))).toBe(before + 10 * DAY + 3 * 3_600_000)
      // The labels given ten days ago are still in the 28-day windows around them.
      expect(a.windows.filter((w) => w.n === MIN_LABELS).length).toBeGreaterThan(0)
    })
  })
