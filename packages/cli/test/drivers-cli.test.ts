import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'undertone.js')
const built = existsSync(join(dirname(bin), '..', 'dist', 'bin.js'))
const env = { ...process.env, UNDERTONE_DATABASE_URL: '' }
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env })

describe.skipIf(!built)('undertone drivers', () => {
  it('tallies the missing days once, then ranks the injected export incident from them', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'undertone-drivers-cli-')), 'data')
    expect(run(['demo', '--conversations', '400', '--read-now', '--data', data]).status).toBe(0)
    // One end for both runs: with the default (now) the window moves by the seconds between them,
    // and a message at its edge can change a share (a flake seen in CI under load: 8.8% then 8.7%).
    const to = new Date().toISOString()
    const first = run(['drivers', '--workspace', 'demo', '--days', '7', '--to', to, '--data', data])
    expect(first.status).toBe(0)
    const tallied = Number(/^(\d+) days tallied/.exec(first.stdout)?.[1])
    expect(tallied).toBeGreaterThan(30)
    expect(first.stdout).toMatch(/^product-area\texport\t\d+ negative/m)
    // Nothing changed since: no day is tallied again, and the ranking is the same.
    const again = run(['drivers', '--workspace', 'demo', '--days', '7', '--to', to, '--data', data])
    expect(again.stdout).toMatch(/^0 days tallied/)
    expect(again.stdout.split('\n').slice(1)).toEqual(first.stdout.split('\n').slice(1))
    expect(run(['drivers', '--workspace', 'demo', '--days', '0', '--data', data]).status).toBe(2)
    expect(run(['drivers', '--workspace', 'nobody', '--data', data]).status).toBe(2)
  }, 120_000)
})
