import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteJobQueue } from '@undertone/jobs'
import { migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { runImport } from '../src/commands/import.js'

describe('undertone import --format csv', () => {
  const open = openDatabase({ file: ':memory:' })
  afterAll(() => open.close())

  it('rejects a record whose quote never closes, at its line, and stores the records after it', async () => {
    await migrateToLatest(open.db, 'sqlite')
    const dir = mkdtempSync(join(tmpdir(), 'undertone-import-csv-'))
    const file = join(dir, 'messages.csv')
    const row = (id: string, body: string): string => `c1,u1,${id},2026-03-02T09:0${id.slice(1)}:00Z,customer,${body}`
    writeFileSync(file, ['conversation_external_id,customer_external_id,message_external_id,created_at,author_role,body', row('m1', 'Export fails again'), row('m2', '"Still broken'), row('m3', 'Any news?'), row('m4', 'Hello?')].join('\n'))
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      const cp = await runImport(open, new SqliteJobQueue(open.db), { file, workspace: 'csv', format: 'csv', stateDir: join(dir, 'state') })
      expect(cp).toMatchObject({ done: 4, stored: 3, failed: 1 })
      expect(stderr.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringMatching(/^line 3: a quoted field starts in this record and is never closed/))
    } finally {
      stderr.mockRestore()
    }
    const stored = await open.db.selectFrom('messages').select('external_id').orderBy('external_id').execute()
    expect(stored.map((m) => m.external_id)).toEqual(['m1', 'm3', 'm4'])
  })
})
