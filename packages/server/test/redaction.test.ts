import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createReader } from '@undertone/engine'
import { type JobQueue, PgBossJobQueue, SqliteJobQueue } from '@undertone/jobs'
import { type OpenDatabase, createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { freshDatabase, testDialects } from '@undertone/storage/testing'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, type ServiceEvent, createApp, importCorrections, parseCorrectionRows, runReadingWorker } from '../src/index.js'

const PG_URL = process.env.UNDERTONE_PG_URL
const reader = createReader()
const now = Date.parse('2026-12-01T12:00:00Z')
const clock = () => now

// Two customer messages with personal data beside the numbers support needs (written for this test;
// the card numbers are the networks' test numbers, the phone numbers are reserved for fiction).
const FIRST = 'Hi, order ORD-2026-00042 from 2026-03-02 was charged twice to my card 4111 1111 1111 1111. This is the third time I ask! Call me on +44 7700 900123 or write to jane.doe@example.com.'
const SECOND = 'Still nothing on order #48213 since 03/02/2026 09:15. My number is (555) 123-4567, e-mail j.smith@example.org, and the other card was 5500-0000-0000-0004.'
const RAW = ['4111 1111 1111 1111', '4111111111111111', '+44 7700 900123', '7700 900123', 'jane.doe@example.com', 'jane.doe', '(555) 123-4567', '123-4567', 'j.smith@example.org', '5500-0000-0000-0004', '5500000000000004']
const KEPT = ['ORD-2026-00042', '2026-03-02', '#48213', '03/02/2026 09:15']

const message = (id: string, text: string, minutes: number) => ({ external_id: id, conversation_id: 'T-PII', customer_id: 'c-42', role: 'customer', text, created_at: new Date(now - 3_600_000 + minutes * 60_000).toISOString() })

/** Every raw string found in `haystack`. */
const leaks = (haystack: string): string[] => RAW.filter((r) => haystack.includes(r))

interface Service {
  readonly open: OpenDatabase
  readonly queue: JobQueue
  readonly events: EventBus
  readonly app: ReturnType<typeof createApp>
  readonly workspaceId: string
  readonly key: string
  /** Every stored byte (SQLite: the database files after closing; PostgreSQL: every text and JSON value of every table in the test's schemas), as text. */
  readonly storedText: () => Promise<string>
  readonly close: () => Promise<void>
}

async function service(dialect: 'sqlite' | 'postgres'): Promise<Service> {
  let open: OpenDatabase
  let queue: JobQueue
  let storedText: () => Promise<string>
  let close: () => Promise<void>
  if (dialect === 'sqlite') {
    // A file, not memory: the test reads the bytes that reach the disk.
    const dir = mkdtempSync(join(tmpdir(), 'ut-redaction-'))
    open = openDatabase({ dataDir: dir, file: 'undertone.db' })
    await migrateToLatest(open.db, 'sqlite')
    queue = new SqliteJobQueue(open.db, { now: clock })
    let closed = false
    storedText = async () => {
      // Closing checkpoints the write-ahead log into the file; any -wal or -shm left is read too.
      await open.close()
      closed = true
      return readdirSync(dir)
        .map((f) => readFileSync(join(dir, f)).toString('latin1'))
        .join('\n')
    }
    close = async () => {
      if (!closed) await open.close()
      rmSync(dir, { recursive: true, force: true })
    }
  } else {
    const fresh = await freshDatabase('postgres', PG_URL, 'ut_redact')
    open = fresh
    const schemas = [fresh.schema as string, `${fresh.schema}_boss`]
    queue = new PgBossJobQueue({ connectionString: PG_URL as string, schema: schemas[1] as string })
    storedText = async () => {
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      try {
        const cols = await c.query<{ table_schema: string; table_name: string; column_name: string }>(
          `select table_schema, table_name, column_name from information_schema.columns
           where table_schema = any($1) and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')`,
          [schemas],
        )
        expect(cols.rows.length).toBeGreaterThan(10)
        const parts: string[] = []
        for (const col of cols.rows) {
          const rows = await c.query(`select "${col.column_name}"::text as v from "${col.table_schema}"."${col.table_name}"`)
          for (const r of rows.rows) if (r.v !== null) parts.push(r.v as string)
        }
        return parts.join('\n')
      } finally {
        await c.end()
      }
    }
    close = async () => {
      await queue.close()
      await fresh.drop()
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`drop schema if exists ${schemas[1]} cascade`)
      await c.end()
    }
  }
  const events = new EventBus()
  const app = createApp({ db: open.db, dialect, queue, reader, clock, events })
  const ws = await ensureWorkspace(open.db, 'privacy', now)
  const key = (await createApiKey(open.db, ws.id, 'test', now)).key
  return { open, queue, events, app, workspaceId: ws.id, key, storedText, close }
}

for (const dialect of testDialects(PG_URL))
  describe(`redaction before storage, with default settings (${dialect})`, () => {
    let s: Service
    const streamed: ServiceEvent[] = []
    const api = async (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
      const res = await s.app.request(path, { method: init.method ?? 'GET', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.key}`, ...init.headers }, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) })
      return { status: res.status, text: await res.text() }
    }
    beforeAll(async () => {
      s = await service(dialect)
      // What /v1/stream sends is what the bus publishes.
      s.events.subscribe(s.workspaceId, (e) => streamed.push(e))
    })
    afterAll(async () => {
      await s?.close()
    })

    it('answers the readings, the conversation and the stream without the raw e-mail, phone and card; the order numbers and dates stay', async () => {
      // One batch read at once (its answer kept under an Idempotency-Key), one read by the worker.
      const waited = await api('/v1/messages?wait=true', { method: 'POST', body: { messages: [message('m1', FIRST, 0)] }, headers: { 'idempotency-key': 'pii-1' } })
      expect(waited.status).toBe(200)
      expect(leaks(waited.text)).toEqual([])
      const accepted = await api('/v1/messages', { method: 'POST', body: { messages: [message('m2', SECOND, 5)] } })
      expect(accepted.status).toBe(202)
      const worker = runReadingWorker(s.queue, { db: s.open.db, reader, clock, events: s.events }, { pollMs: 5 })
      await worker.idle()
      await worker.stop()

      const conversation = await api('/v1/conversations/T-PII')
      expect(conversation.status).toBe(200)
      expect(leaks(conversation.text)).toEqual([])
      const texts = (JSON.parse(conversation.text) as { messages: { text: string }[] }).messages.map((m) => m.text)
      expect(texts).toEqual([
        'Hi, order ORD-2026-00042 from 2026-03-02 was charged twice to my card [card]. This is the third time I ask! Call me on [phone] or write to [email].',
        'Still nothing on order #48213 since 03/02/2026 09:15. My number is [phone], e-mail [email], and the other card was [card].',
      ])
      for (const kept of KEPT) expect(conversation.text).toContain(kept)

      // Readings and their cue spans are of the stored (redacted) text.
      const reading = (JSON.parse(waited.text) as { messages: { reading: { cues: { start: number; end: number }[] } }[] }).messages[0]?.reading
      const spans = (reading?.cues ?? []).map((c) => (texts[0] as string).slice(c.start, c.end))
      expect(spans.some((t) => /third time/i.test(t)), JSON.stringify(spans)).toBe(true)
      for (const cue of reading?.cues ?? []) expect(cue.end).toBeLessThanOrEqual((texts[0] as string).length)

      expect(streamed.length).toBeGreaterThan(0)
      expect(leaks(JSON.stringify(streamed))).toEqual([])
    })

    it('answers POST /v1/score with the redacted text its cue spans point into', async () => {
      const res = await api('/v1/score', { method: 'POST', body: { texts: [FIRST], context: { previous: [SECOND] } } })
      expect(res.status).toBe(200)
      expect(leaks(res.text)).toEqual([])
      const r = (JSON.parse(res.text) as { readings: { text: string; cues: { start: number; end: number; text: string }[] }[] }).readings[0]
      expect(r?.text).toBe(JSON.parse((await api('/v1/conversations/T-PII')).text).messages[0].text)
      for (const cue of r?.cues ?? []) expect(r?.text.slice(cue.start, cue.end)).toBe(cue.text)
    })

    it('stores none of the raw strings anywhere in the database, and keeps the order numbers and dates', async () => {
      const stored = await s.storedText()
      expect(stored).toContain('[card]')
      expect(stored).toContain('[email]')
      expect(leaks(stored)).toEqual([])
      for (const kept of KEPT) expect(stored).toContain(kept)
    })
  })

describe('redaction follows the workspace settings', () => {
  let s: Service
  const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await s.app.request(path, { method: init.method ?? 'GET', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.key}` }, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  beforeAll(async () => {
    s = await service('sqlite')
  })
  afterAll(async () => {
    await s?.close()
  })

  it('shows every kind on by default, takes a kind off and an extra rule, and refuses a dangerous rule with 400', async () => {
    const before = await api('/v1/settings')
    expect(before.body.privacy).toEqual({ redact: { email: true, phone: true, card: true, iban: true, ip: true, national_id: true }, extra_rules: [] })

    const changed = await api('/v1/settings', { method: 'PATCH', body: { privacy: { redact: { phone: false }, extra_rules: [{ name: 'employee_id', pattern: '\\bEMP\\d{5}\\b' }] } } })
    expect(changed.status).toBe(200)
    expect(changed.body.privacy).toEqual({ redact: { email: true, phone: false, card: true, iban: true, ip: true, national_id: true }, extra_rules: [{ name: 'employee_id', pattern: '\\bEMP\\d{5}\\b' }] })

    const posted = await api('/v1/messages?wait=true', { method: 'POST', body: { messages: [message('s1', 'EMP12345 here: call 555-123-4567 or mail a.b@example.com', 0)] } })
    expect(posted.status).toBe(200)
    const conv = await api('/v1/conversations/T-PII')
    expect((conv.body.messages as { text: string }[])[0]?.text).toBe('[employee_id] here: call 555-123-4567 or mail [email]')

    const refused = await api('/v1/settings', { method: 'PATCH', body: { privacy: { extra_rules: [{ name: 'slow', pattern: '(a+)+$' }] } } })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ code: 'UT_E_VALIDATION', errors: [{ path: 'privacy.extra_rules[0].pattern' }] })
    expect(String(refused.body.detail ?? refused.body.title)).toMatch(/nested quantifiers/)
    // The refused change left the settings as they were.
    expect((await api('/v1/settings')).body.privacy).toEqual(changed.body.privacy)

    const reset = await api('/v1/settings', { method: 'PATCH', body: { privacy: null } })
    expect(reset.body.privacy).toEqual(before.body.privacy)
  })

  it('stores corrections imported with their texts redacted, and answers their errors without quoting a line', async () => {
    const body = [JSON.stringify({ text: 'Card 4111 1111 1111 1111 was charged twice, order ORD-2026-00042. Awful.', label: 'negative' }), '{"text": "jane.doe@example.com" broken'].join('\n')
    const parsed = await parseCorrectionRows(body, 'jsonl')
    expect(JSON.stringify(parsed.errors)).not.toContain('jane.doe')
    const r = await importCorrections(s.open.db, s.workspaceId, parsed, { reviewer: 'test', skipInvalid: true, reader, adaptation: undefined, now })
    expect(r.imported).toBe(1)
    const texts = (await s.open.db.selectFrom('corrections').select('text').where('workspace_id', '=', s.workspaceId).execute()).map((c) => c.text)
    expect(texts).toEqual(['Card [card] was charged twice, order ORD-2026-00042. Awful.'])
  })
})
