import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { createReader, encodeModel, loadBaseModel } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { type OpenDatabase, createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppDeps, type BatchReader, WorkspaceAdaptations, createApp } from '../src/index.js'
import { sourceThreadPool } from './source-thread-pool.js'

const reader = createReader()

/** A support message of about `chars` characters, different for each `n`. */
function longText(n: number, chars = 100_000): string {
  const lines = [
    `Ticket ${n}: I have been waiting three days for a refund and nobody answers.`,
    'The app crashes whenever I open settings, which is really frustrating.',
    'Thanks for nothing! Can you please fix the billing page before Friday?',
    'I tried clearing the cache and reinstalling, still broken, same error 500.',
  ]
  let out = ''
  for (let i = 0; out.length < chars; i++) out += `${lines[i % lines.length]} `
  return out.slice(0, chars)
}

interface Setup {
  readonly open: OpenDatabase
  readonly key: string
  readonly workspaceId: string
  /** An app on this database; each shares the database and the workspace's adaptations. */
  app(extra?: Partial<AppDeps>): ReturnType<typeof createApp>
}

async function setup(): Promise<Setup> {
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  const ws = await ensureWorkspace(open.db, 'readers', Date.now())
  const key = (await createApiKey(open.db, ws.id, 'test', Date.now())).key
  const queue = new SqliteJobQueue(open.db)
  const adaptations = new WorkspaceAdaptations(open.db, Date.now)
  return { open, key, workspaceId: ws.id, app: (extra = {}) => createApp({ db: open.db, dialect: 'sqlite', queue, reader, adaptations, ...extra }) }
}

const send = (app: ReturnType<typeof createApp>, key: string, method: string, path: string, body: unknown, type = 'application/json') =>
  app.request(path, { method, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': type, authorization: `Bearer ${key}` } })

describe('reading off the event loop', () => {
  let s: Setup
  let pool: BatchReader
  beforeAll(async () => {
    s = await setup()
    // One thread, so the machine keeps a core for the event loop under test.
    pool = sourceThreadPool({ threads: 1 })
    // The workspace reads with its own terms and a correction, so profile and adaptation both apply.
    const inline = s.app()
    expect((await send(inline, s.key, 'PATCH', '/v1/settings', { terms: [{ pattern: 'went green', polarity: 0.9 }] })).status).toBe(200)
    const stored = await (await send(inline, s.key, 'POST', '/v1/messages?wait=true', { messages: [{ external_id: 'k1', conversation_id: 'c1', customer_id: 'u1', role: 'customer', text: 'The export broke again after the update.', created_at: '2026-11-20T11:00:00Z' }] })).json()
    expect((await send(inline, s.key, 'POST', '/v1/corrections', { message_id: stored.messages[0].id, reviewer: 'ann', label: 'neutral' })).status).toBe(201)
  })
  afterAll(async () => {
    await pool.close()
    await s.open.close()
  })

  it('reads as the workspace reads, on the threads as in process: its terms and its corrections apply', async () => {
    const texts = ['The build went green on the first try.', 'The export broke again after the update!', 'Fine, I guess that works.']
    const threaded = await (await send(s.app({ batchReader: pool }), s.key, 'POST', '/v1/score', { texts })).json()
    const inline = await (await send(s.app(), s.key, 'POST', '/v1/score', { texts })).json()
    expect(threaded).toEqual(inline)
    expect(threaded.readings[0].sentiment.label).toBe('positive')
    expect(threaded.readings[1].adaptation.neighbours).toHaveLength(1)
  })

  it('answers /livez in under 300 ms while a /v1/score of ten 100k-character texts is read', async () => {
    const app = s.app({ batchReader: pool })
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      // The thread is up before the clock starts: only the reading is measured.
      expect((await fetch(`${base}/v1/score`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.key}` }, body: JSON.stringify({ text: 'warm up' }) })).status).toBe(200)
      const body = JSON.stringify({ texts: Array.from({ length: 10 }, (_, n) => longText(n)) })
      const t0 = performance.now()
      let done = false
      const scored = fetch(`${base}/v1/score`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.key}` }, body }).then(async (res) => {
        // Only received here: parsing the answer (megabytes of cues) would hold this process's
        // loop, the one the probes below run on, and count against the server.
        const raw = await res.arrayBuffer()
        done = true
        return { status: res.status, raw, ms: performance.now() - t0 }
      })
      // Each probe is due 25 ms after the last answer; its latency counts from then, so a loop
      // held between probes (this process is client and server both) shows as a late answer.
      const probes: number[] = []
      let due = t0
      while (!done) {
        const res = await fetch(`${base}/livez`)
        expect(res.status).toBe(200)
        await res.arrayBuffer()
        const answered = performance.now()
        probes.push(answered - due)
        due = answered + 25
        await new Promise((r) => setTimeout(r, 25))
      }
      const score = await scored
      expect(score.status).toBe(200)
      expect(JSON.parse(new TextDecoder().decode(score.raw)).readings).toHaveLength(10)
      console.info(`/v1/score of 10 × 100k characters took ${Math.round(score.ms)} ms; /livez answered ${probes.length} times meanwhile, slowest ${Math.round(Math.max(...probes))} ms, median ${Math.round([...probes].sort((a, b) => a - b)[Math.floor(probes.length / 2)] as number)} ms`)
      // The probes overlapped the reading, and not one of them waited on it.
      expect(probes.length).toBeGreaterThanOrEqual(5)
      expect(Math.max(...probes)).toBeLessThan(300)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('gives up with 503 UT_E_READ_TIMEOUT when reading runs past the request’s time, and the pool reads on afterwards', async () => {
    // Far less time than ten 100k-character texts take on warm threads (the reader got fast enough to read them in 300 ms).
    const app = s.app({ batchReader: pool, readLimits: { readTimeMs: 50 } })
    const t0 = performance.now()
    const res = await send(app, s.key, 'POST', '/v1/score', { texts: Array.from({ length: 10 }, (_, n) => longText(n + 100)) })
    const ms = performance.now() - t0
    expect(res.status).toBe(503)
    const body = await res.json()
    expect(body).toMatchObject({ code: 'UT_E_READ_TIMEOUT' })
    expect(body.detail).toContain('50 ms')
    expect(ms).toBeLessThan(2000)
    // The thread reading it was ended and another started in its place.
    const after = await send(s.app({ batchReader: pool }), s.key, 'POST', '/v1/score', { text: 'Works perfectly now, thank you!' })
    expect(after.status).toBe(200)
    expect((await after.json()).readings[0].sentiment.label).toBe('positive')
  })

  it('refuses more text than one score may read with 413 UT_E_TOO_LARGE naming the limit, before reading any', async () => {
    // Eleven 100k-character texts are over the default of 1 MiB, though well inside the body limit.
    const res = await send(s.app({ batchReader: pool }), s.key, 'POST', '/v1/score', { texts: Array.from({ length: 11 }, (_, n) => longText(n)) })
    expect(res.status).toBe(413)
    const body = await res.json()
    expect(body.code).toBe('UT_E_TOO_LARGE')
    expect(body.detail).toContain(`at most ${1024 * 1024} bytes of text (scoreTextBytes)`)
    const small = await send(s.app({ readLimits: { scoreTextBytes: 20 } }), s.key, 'POST', '/v1/score', { text: 'hello', context: { previous: ['a much longer earlier message'] } })
    expect(small.status).toBe(413)
  })

  it('reads an import’s new texts on the threads, within the import’s own byte limit', async () => {
    const texts = ['Refund still missing, third time asking!', 'Thanks, that fixed it.']
    const csv = `text,label\n"${texts[0]}",negative\n"${texts[1]}",positive\n`
    const ok = await send(s.app({ batchReader: pool }), s.key, 'POST', '/v1/corrections/import?reviewer=team', csv, 'text/csv')
    expect(ok.status).toBe(201)
    // What the model said of each text is recorded, as the base model reads it (as before).
    const rows = await s.open.db.selectFrom('corrections').select(['label', 'predicted_label']).where('workspace_id', '=', s.workspaceId).where('reviewer', '=', 'team').orderBy('label').execute()
    expect(rows).toEqual(texts.map((t, i) => ({ label: i === 0 ? 'negative' : 'positive', predicted_label: reader.read(t).sentiment.label })))
    // 45 new texts of 50k characters are over the default of 2 MiB, though inside the body limit.
    const big = `text,label\n${Array.from({ length: 45 }, (_, n) => `"${longText(n, 50_000)}",negative`).join('\n')}\n`
    const over = await send(s.app({ batchReader: pool }), s.key, 'POST', '/v1/corrections/import', big, 'text/csv')
    expect(over.status).toBe(413)
    expect((await over.json()).detail).toContain(`at most ${2 * 1024 * 1024} bytes of text (importTextBytes)`)
  })
})

describe('thread pool with a model file', () => {
  it('reads with the model the process was given (--model), workspace profiles included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ut-model-'))
    const { model, provenance } = loadBaseModel()
    const file = join(dir, 'model.txt')
    writeFileSync(file, encodeModel(model, { ...provenance, version: 'file-model-1' }))
    const pool = sourceThreadPool({ threads: 1, modelFile: file })
    try {
      const profile = { id: 'ws-terms', label: 'Our terms', terms: [{ pattern: 'went green', polarity: 0.9 }] }
      const [plain, withProfile] = await pool.readMany([{ text: 'Thanks, that fixed it.' }, { text: 'The build went green.', context: { domain: 'ws-terms' }, profile }])
      expect(plain?.modelVersion).toBe('file-model-1')
      expect(withProfile?.modelVersion).toBe('file-model-1')
    } finally {
      await pool.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
