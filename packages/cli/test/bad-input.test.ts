import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Runs the built binary as a user would (`npm test` builds before testing).
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'undertone.js')
const built = existsSync(join(dirname(bin), '..', 'dist', 'bin.js'))
const env = { ...process.env, DATABASE_URL: '', UNDERTONE_DATA_DIR: '' }
const run = (args: string[], input = '') => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env })

/** The command failed the way a user can act on: one line naming the command, no stack trace. */
function expectOneLine(r: ReturnType<typeof run>, command: string, says: RegExp): void {
  expect(r.stderr).not.toMatch(/^\s+at /m)
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1)
  expect(r.stderr).toMatch(new RegExp(`^undertone ${command}: `))
  expect(r.stderr).toMatch(says)
  expect(r.status).toBe(2)
}

describe.skipIf(!built)('undertone on input it cannot use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'undertone-bad-input-'))
  const missing = join(dir, 'missing.jsonl')
  const unwritable = join(dir, 'no-such-folder', 'out.jsonl')
  const lines = join(dir, 'lines.jsonl')
  writeFileSync(lines, '{"conversation_id":"c1","role":"customer","text":"still broken"}\n')

  it('eval --data with a missing file says so in one line', () => {
    expectOneLine(run(['eval', '--data', missing]), 'eval', /cannot read .*missing\.jsonl: no such file/)
    expectOneLine(run(['eval', '--task', 'sarcasm', '--data', missing]), 'eval', /cannot read .*missing\.jsonl/)
  })

  it('score and converse: a missing or folder input, or an output that cannot be written', () => {
    expectOneLine(run(['score', '--in', missing]), 'score', /cannot read .*missing\.jsonl: no such file/)
    expectOneLine(run(['score', '--in', dir]), 'score', /it is a folder/)
    expectOneLine(run(['score', '--out', unwritable], '{"text":"hi"}\n'), 'score', /cannot write .*out\.jsonl/)
    expectOneLine(run(['converse', '--in', missing]), 'converse', /cannot read .*missing\.jsonl/)
    expectOneLine(run(['converse', '--in', lines, '--out', unwritable]), 'converse', /cannot write .*out\.jsonl/)
    expectOneLine(run(['converse', '--in', lines, '--now', 'soon']), 'converse', /--now must be an ISO date/)
  })

  it('import and corrections import refuse a missing file before touching the data folder', () => {
    const data = join(dir, 'import-data')
    expectOneLine(run(['import', missing, '--workspace', 'w', '--data', data]), 'import', /cannot read .*missing\.jsonl/)
    expectOneLine(run(['corrections', 'import', missing, '--workspace', 'w', '--data', data]), 'corrections import', /cannot read .*missing\.jsonl/)
    expect(existsSync(data)).toBe(false)
  })

  it('--model with a missing or foreign file', () => {
    expectOneLine(run(['--model', missing, 'read', 'hi']), 'read', /cannot read .*missing\.jsonl/)
    expectOneLine(run(['--model', lines, 'read', 'hi']), 'read', /is not an undertone model file/)
  })

  it('an unknown domain is refused with the known ones listed, by read, score and converse', () => {
    expectOneLine(run(['read', '--domain', 'banking', 'my card was declined']), 'read', /unknown domain "banking" \(known: general, .*finance/)
    expectOneLine(run(['score', '--domain', 'banking'], '{"text":"hi"}\n'), 'score', /unknown domain "banking"/)
    expectOneLine(run(['converse', '--in', lines, '--domain', 'banking']), 'converse', /unknown domain "banking"/)
  })

  it('report --out to a path that cannot be written', () => {
    const data = join(dir, 'report-data')
    expect(run(['keys', 'create', '--workspace', 'w', '--data', data]).status).toBe(0)
    expectOneLine(run(['report', '--workspace', 'w', '--format', 'md', '--out', unwritable, '--data', data]), 'report', /cannot write .*out\.jsonl/)
    expectOneLine(run(['report', '--workspace', 'w', '--webhook', 'not a url', '--data', data]), 'report', /--webhook must be an http\(s\) URL/)
  })

  it('commands that only read neither create a database nor a folder, and say the database is missing', () => {
    const empty = join(dir, 'empty')
    mkdirSync(empty)
    const absent = join(dir, 'absent')
    for (const [command, ...args] of [
      ['report', 'report', '--workspace', 'demo'],
      ['models', 'models', 'list', '--workspace', 'demo'],
      ['keys', 'keys', 'list', '--workspace', 'demo'],
      ['topics', 'topics', '--workspace', 'demo'],
      ['drivers', 'drivers', '--workspace', 'demo'],
      ['corrections add', 'corrections', 'add', '--workspace', 'demo', '--message', 'm1', '--label', 'negative'],
      ['train', 'train', '--workspace', 'demo'],
    ] as [string, ...string[]][]) {
      expectOneLine(run([...args, '--data', empty]), command, /no database in .*empty \(the folder has no undertone\.db\); check --data or UNDERTONE_DATA_DIR/)
    }
    expectOneLine(run(['report', '--workspace', 'demo', '--data', absent]), 'report', /no database in .*absent \(no such folder\)/)
    expect(readdirSync(empty)).toEqual([])
    expect(existsSync(absent)).toBe(false)
  })
})
