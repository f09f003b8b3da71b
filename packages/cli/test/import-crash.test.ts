import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'undertone.js')
const built = existsSync(join(dirname(bin), '..', 'dist', 'bin.js'))
const TOTAL = 100_000

function writeInput(file: string): number {
  const texts = ['Still broken, third time asking.', 'Thanks, that worked!', 'How do I export my data?', 'Fine, I guess.', 'Sorry to hear that, checking now.']
  const lines: string[] = []
  let customerMessages = 0
  for (let n = 0; n < TOTAL; n++) {
    const role = n % 3 === 2 ? 'agent' : 'customer'
    if (role === 'customer') customerMessages++
    lines.push(JSON.stringify({ external_id: `x${n}`, conversation_id: `c${Math.floor(n / 6)}`, customer_id: `u${Math.floor(n / 30)}`, role, text: texts[n % texts.length], created_at: new Date(1_780_000_000_000 + n * 1000).toISOString() }))
  }
  writeFileSync(file, `${lines.join('\n')}\n`)
  return customerMessages
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.skipIf(!built)('crash safety', () => {
  it('a SIGKILL in the middle of a 100k-message import loses nothing and stores nothing twice; the import resumes and every message is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'undertone-crash-'))
    const data = join(dir, 'data')
    const file = join(dir, 'in.jsonl')
    const customerMessages = writeInput(file)
    const args = [bin, 'import', file, '--workspace', 'crash', '--data', data]

    // Kill the import once a good part has been acknowledged.
    const first = spawn(process.execPath, args, { stdio: 'ignore' })
    const checkpoint = (): { done: number } | undefined => {
      const dirI = join(data, 'imports')
      if (!existsSync(dirI)) return undefined
      const f = readdirSync(dirI).find((n) => n.endsWith('.json'))
      return f === undefined ? undefined : (JSON.parse(readFileSync(join(dirI, f), 'utf8')) as { done: number })
    }
    for (let i = 0; i < 600 && (checkpoint()?.done ?? 0) < 20_000; i++) await sleep(50)
    first.kill('SIGKILL')
    await new Promise((r) => first.once('exit', r))
    const db = new Database(join(data, 'undertone.db'), { readonly: true })
    const afterCrash = (db.prepare('select count(*) n from messages').get() as { n: number }).n
    expect(afterCrash).toBeGreaterThanOrEqual(checkpoint()?.done ?? 1)
    expect(afterCrash).toBeLessThan(TOTAL)

    // Run it again: it resumes and completes.
    const second = spawnSync(process.execPath, args, { encoding: 'utf8' })
    expect(second.status).toBe(0)
    expect(second.stderr).toContain('resuming')
    const counts = db.prepare('select count(*) n, count(distinct external_id) d from messages').get() as { n: number; d: number }
    expect(counts).toEqual({ n: TOTAL, d: TOTAL })

    // A worker reads every stored customer message exactly once.
    const worker = spawn(process.execPath, [bin, 'worker', '--data', data], { stdio: 'ignore' })
    let read = 0
    for (let i = 0; i < 1200 && read < customerMessages; i++) {
      await sleep(100)
      read = (db.prepare('select count(*) n from readings').get() as { n: number }).n
    }
    worker.kill('SIGTERM')
    await new Promise((r) => worker.once('exit', r))
    expect(read).toBe(customerMessages)
    // Every reading job is done (background learning jobs, such as topic discovery, may be waiting).
    const jobs = db.prepare("select state, count(*) n from jobs where queue = 'read-messages' group by state").all() as { state: string; n: number }[]
    expect(jobs.filter((j) => j.state !== 'done')).toEqual([])
    db.close()
  }, 300_000)
})
