import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'undertone.js')
const built = existsSync(join(dirname(bin), '..', 'dist', 'bin.js'))
const env = { ...process.env, UNDERTONE_DATABASE_URL: '' }
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env })

// Sentences written for this test: a CI team's jargon ("green" good, "red"/"toast"/"in limbo" bad).
const subjects = ['The build', 'Our pipeline', 'The deploy', 'The nightly run', 'My branch', 'The release job', 'The merge check', 'Our test suite', 'The staging check', 'Our smoke tests', 'The canary', 'The docs build', 'The hotfix', 'Their integration run', 'The lint step', 'The mobile build']
const phrases: [string, string][] = [['went green', 'positive'], ['is green again', 'positive'], ['turned green', 'positive'], ['is all green now', 'positive'], ['is red again', 'negative'], ['went red', 'negative'], ['is toast', 'negative'], ['is stuck in limbo', 'negative']]

describe.skipIf(!built)('undertone learning commands', () => {
  it('imports labelled history, retrains a workspace, lists and rolls back versions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'undertone-learn-cli-'))
    const data = join(dir, 'data')
    expect(run(['keys', 'create', '--workspace', 'ci-team', '--data', data]).status).toBe(0)
    const bad = join(dir, 'bad.csv')
    writeFileSync(bad, 'text,label\n"The build went green.",positive\n"The build went red.",awful\n')
    const rejected = run(['corrections', 'import', bad, '--workspace', 'ci-team', '--data', data])
    expect(rejected.status).toBe(1)
    expect(rejected.stderr).toContain('line 3')
    expect(rejected.stderr).toContain('nothing imported')
    const good = join(dir, 'history.csv')
    writeFileSync(good, `text,label\n${subjects.flatMap((s) => phrases.map(([p, l]) => `"${s} ${p}.",${l}`)).join('\n')}\n`)
    const imported = run(['corrections', 'import', good, '--workspace', 'ci-team', '--reviewer', 'lead', '--data', data])
    expect(imported.stdout).toContain(`imported ${subjects.length * phrases.length} corrections`)
    const trained = run(['train', '--workspace', 'ci-team', '--data', data])
    expect(trained.status).toBe(0)
    expect(trained.stdout).toMatch(/held-out macro-F1 [\d.]+% .* vs current base/)
    expect(trained.stdout).toContain('promoted:')
    const list = run(['models', 'list', '--workspace', 'ci-team', '--data', data])
    expect(list.stdout).toMatch(/^1\t\S+\tactive\t/m)
    const back = run(['models', 'rollback', '--workspace', 'ci-team', '--data', data])
    expect(back.stdout).toContain('to the base model')
    expect(run(['models', 'rollback', '--workspace', 'ci-team', '--data', data]).status).toBe(1)
    expect(run(['models', 'list', '--workspace', 'nobody', '--data', data]).status).toBe(2)
  })
})
