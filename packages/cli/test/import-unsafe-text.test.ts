import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteJobQueue } from '@undertone/jobs'
import { migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { runImport } from '../src/commands/import.js'

describe('undertone import', () => {
  const open = openDatabase({ file: ':memory:' })
  afterAll(() => open.close())

  it('refuses a NUL or a lone surrogate at its line, naming the field, as the API does, and stores the rest', async () => {
    await migrateToLatest(open.db, 'sqlite')
    const dir = mkdtempSync(join(tmpdir(), 'undertone-import-unsafe-'))
    const file = join(dir, 'messages.jsonl')
    const row = (id: string, text: string): string => JSON.stringify({ external_id: id, conversation_id: 'c1', customer_id: 'u1', role: 'customer', text, created_at: '2026-03-02T09:00:00Z' })
    // JSON escapes: a NUL and a lone surrogate arrive inside valid UTF-8 lines.
    writeFileSync(file, [row('m1', 'Export fails again'), row('m2', 'nul\u0000here'), row('n4\udc00', 'odd id'), row('m4', 'Any news?')].join('\n'))
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      const cp = await runImport(open, new SqliteJobQueue(open.db), { file, workspace: 'unsafe', format: 'jsonl', stateDir: join(dir, 'state') })
      expect(cp).toMatchObject({ done: 4, stored: 2, failed: 2 })
      const said = stderr.mock.calls.map((c) => String(c[0]))
      expect(said).toContainEqual(expect.stringMatching(/^line 2: text: contains a NUL character/))
      expect(said).toContainEqual(expect.stringMatching(/^line 3: external_id: contains a lone surrogate/))
    } finally {
      stderr.mockRestore()
    }
    const stored = await open.db.selectFrom('messages').select('external_id').orderBy('external_id').execute()
    expect(stored.map((m) => m.external_id)).toEqual(['m1', 'm4'])
  })
})
