import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const PG_URL = process.env.UNDERTONE_PG_URL
const built = existsSync(join(root, 'packages', 'cli', 'dist', 'bin.js'))
if (PG_URL === undefined || PG_URL === '') console.warn('[scale-out test] skipped: set UNDERTONE_PG_URL to run 2 API + 2 worker processes on PostgreSQL')

describe.skipIf(PG_URL === undefined || PG_URL === '' || !built)('scale-out on PostgreSQL', () => {
  it('2 API and 2 worker processes store every message once and read each exactly once', async () => {
    const { scaleOut } = (await import(join(root, 'scripts', 'scale-out.mjs'))) as { scaleOut: (o: { adminUrl: string; total: number; database: string }) => Promise<{ messages: number; customerMessages: number; read: number; batches: number; jobs: { state: string; retried: boolean; n: number }[] }> }
    const r = await scaleOut({ adminUrl: PG_URL as string, total: 10_000, database: 'undertone_scale_test' })
    expect(r.messages).toBe(10_000)
    expect(r.read).toBe(r.customerMessages)
    // One job per batch, each completed, none retried: no message was read twice.
    expect(r.jobs).toEqual([{ state: 'completed', retried: false, n: r.batches }])
  }, 300_000)
})
