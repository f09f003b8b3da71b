import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'undertone.js')
const built = existsSync(join(dirname(bin), '..', 'dist', 'bin.js'))
const env = { ...process.env, UNDERTONE_DATABASE_URL: '', DATABASE_URL: '' }
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env })

describe.skipIf(!built)('undertone retention and customers commands', () => {
  it('exports a customer, erases them (zeros the second time) and empties texts past a retention period', () => {
    const dir = mkdtempSync(join(tmpdir(), 'undertone-privacy-cli-'))
    const data = join(dir, 'data')
    expect(run(['keys', 'create', '--workspace', 'acme', '--data', data]).status).toBe(0)
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()
    const file = join(dir, 'messages.csv')
    const rows = [
      `c1,ann,m1,${day(2)},customer,The export fails again zqann1`,
      `c1,ann,m2,${day(2)},customer,Still broken zqann2`,
      `c2,bo,m3,${day(40)},customer,Old complaint zqbo3`,
      `c2,bo,m4,${day(1)},customer,New complaint zqbo4`,
    ]
    writeFileSync(file, ['conversation_external_id,customer_external_id,message_external_id,created_at,author_role,body', ...rows].join('\n'))
    expect(run(['import', file, '--format', 'csv', '--workspace', 'acme', '--data', data]).status).toBe(0)

    const exported = run(['customers', 'export', 'ann', '--workspace', 'acme', '--data', data])
    expect(exported.status, exported.stderr).toBe(0)
    const body = JSON.parse(exported.stdout)
    expect(body.customer.external_id).toBe('ann')
    expect(body.messages.map((m: { text: string }) => m.text).sort()).toEqual(['Still broken zqann2', 'The export fails again zqann1'])

    const erased = run(['customers', 'erase', 'ann', '--workspace', 'acme', '--data', data])
    expect(erased.status, erased.stderr).toBe(0)
    expect(JSON.parse(erased.stdout)).toMatchObject({ customer_id: body.customer.id, removed: { customers: 1, conversations: 1, messages: 2 } })
    const again = JSON.parse(run(['customers', 'erase', body.customer.id, '--workspace', 'acme', '--data', data]).stdout)
    expect(Object.values(again.removed).every((n) => n === 0)).toBe(true)
    expect(run(['customers', 'export', 'ann', '--workspace', 'acme', '--data', data]).status).not.toBe(0)

    expect(run(['retention', 'run', '--workspace', 'acme', '--data', data]).stdout).toContain('keeps message texts forever')
    const swept = run(['retention', 'run', '--workspace', 'acme', '--days', '30', '--data', data])
    expect(swept.stdout).toMatch(/removed: 1 messages/)
    const bo = JSON.parse(run(['customers', 'export', 'bo', '--workspace', 'acme', '--data', data]).stdout)
    expect(bo.messages.map((m: { text: string }) => m.text).sort()).toEqual(['', 'New complaint zqbo4'])
  })
})
