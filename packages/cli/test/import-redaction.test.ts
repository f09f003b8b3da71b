import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteJobQueue } from '@undertone/jobs'
import { migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { runImport } from '../src/commands/import.js'

describe('undertone import redacts personal data before storing', () => {
  const open = openDatabase({ file: ':memory:' })
  afterAll(() => open.close())

  it('stores a history file with e-mail addresses, phone and card numbers replaced, order numbers and dates kept; a bad line is reported without its text', async () => {
    await migrateToLatest(open.db, 'sqlite')
    const dir = mkdtempSync(join(tmpdir(), 'undertone-import-redaction-'))
    const file = join(dir, 'history.jsonl')
    const line = (id: string, text: string) => JSON.stringify({ external_id: id, conversation_id: 'c1', customer_id: 'u1', role: 'customer', text, created_at: `2026-03-02T09:0${id.slice(1)}:00Z` })
    writeFileSync(file, [line('m1', 'Order #48213 of 2026-03-02: card 4111 1111 1111 1111 charged twice.'), 'secret jane.doe@example.com is not json', line('m3', 'Call +44 7700 900123 or mail jane.doe@example.com')].join('\n'))
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    let written: string[] = []
    try {
      const cp = await runImport(open, new SqliteJobQueue(open.db), { file, workspace: 'history', format: 'jsonl', stateDir: join(dir, 'state') })
      expect(cp).toMatchObject({ done: 3, stored: 2, failed: 1 })
      written = stderr.mock.calls.map((c) => String(c[0]))
    } finally {
      stderr.mockRestore()
    }
    expect(written).toContainEqual(expect.stringMatching(/^line 2: not valid JSON/))
    expect(written.join('')).not.toContain('jane.doe')
    const stored = await open.db.selectFrom('messages').select('text').orderBy('external_id').execute()
    expect(stored.map((m) => m.text)).toEqual(['Order #48213 of 2026-03-02: card [card] charged twice.', 'Call [phone] or mail [email]'])
  })
})
