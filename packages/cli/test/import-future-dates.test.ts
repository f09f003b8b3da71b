import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteJobQueue } from '@undertone/jobs'
import { migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runImport } from '../src/commands/import.js'
import { ConfigError, parseConfig } from '../src/config.js'

// A history file with a message dated after the clock (beyond the skew) refuses that line, with its
// number, as the API refuses the message; the skew is the one setting the API uses.

const NOW = Date.parse('2026-06-01T12:00:00Z')
const MINUTE = 60_000

describe('undertone import and dates after the clock', () => {
  const open = openDatabase({ file: ':memory:' })
  const dir = mkdtempSync(join(tmpdir(), 'undertone-import-future-'))
  beforeAll(() => migrateToLatest(open.db, 'sqlite'))
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    return open.close()
  })

  const importing = async (name: string, format: 'jsonl' | 'csv', lines: string[], clockSkewMs?: number) => {
    const file = join(dir, name)
    writeFileSync(file, lines.join('\n'))
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      const cp = await runImport(open, new SqliteJobQueue(open.db), { file, workspace: name, format, stateDir: join(dir, 'state'), clock: () => NOW, ...(clockSkewMs === undefined ? {} : { clockSkewMs }) })
      return { cp, said: stderr.mock.calls.map((c) => String(c[0])) }
    } finally {
      stderr.mockRestore()
    }
  }
  const stored = async (workspace: string) =>
    (await open.db.selectFrom('messages').innerJoin('workspaces', 'workspaces.id', 'messages.workspace_id').select('messages.external_id').where('workspaces.name', '=', workspace).orderBy('messages.external_id').execute()).map((m) => m.external_id)

  it('refuses a JSONL line dated more than the default 5 minutes after the clock, with its line number, and stores the rest', async () => {
    const row = (id: string, at: number) => JSON.stringify({ external_id: id, conversation_id: 'c1', customer_id: 'u1', role: 'customer', text: 'Is the refund coming?', created_at: new Date(at).toISOString() })
    const { cp, said } = await importing('jsonl-future', 'jsonl', [row('m1', NOW - MINUTE), row('m2', NOW + 5 * MINUTE), row('m3', NOW + 5 * MINUTE + 1000)])
    expect(cp).toMatchObject({ done: 3, stored: 2, failed: 1 })
    expect(said).toContainEqual(expect.stringMatching(/^line 3: created_at: 2026-06-01T12:05:01\.000Z is after the clock \(2026-06-01T12:00:00\.000Z\) by more than the allowed 300 s of clock skew/))
    expect(await stored('jsonl-future')).toEqual(['m1', 'm2'])
  })

  it('refuses a CSV row by the skew it is given, counting lines as the file does (header first)', async () => {
    const header = 'conversation_external_id,message_external_id,created_at,author_role,body,customer_external_id'
    const { cp, said } = await importing('csv-future', 'csv', [header, 'c1,r1,2026-06-01T12:00:30Z,customer,Hello?,u1', 'c1,r2,2026-06-01T12:01:30Z,customer,Anyone?,u1'], MINUTE)
    expect(cp).toMatchObject({ stored: 1, failed: 1 })
    expect(said).toContainEqual(expect.stringMatching(/^line 3: created_at: .* 60 s of clock skew/))
    expect(await stored('csv-future')).toEqual(['r1'])
  })

  it('reads the skew from UNDERTONE_CLOCK_SKEW_SECONDS, 300 s when unset, and refuses a value that is not whole seconds', () => {
    expect(parseConfig({}).clockSkewMs).toBe(300_000)
    expect(parseConfig({ UNDERTONE_CLOCK_SKEW_SECONDS: '30' }).clockSkewMs).toBe(30_000)
    expect(parseConfig({ UNDERTONE_CLOCK_SKEW_SECONDS: '0' }).clockSkewMs).toBe(0)
    expect(() => parseConfig({ UNDERTONE_CLOCK_SKEW_SECONDS: '1.5' })).toThrow(ConfigError)
    expect(() => parseConfig({ UNDERTONE_CLOCK_SKEW_SECONDS: '-1' })).toThrow(/UNDERTONE_CLOCK_SKEW_SECONDS/)
  })
})
