import { join } from 'node:path'
import { type FakeZendesk, startFakeZendesk } from '@undertone/connectors/testing'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliProcess, cliMissing, lastLine, runCli, startCli, stopCli, tempDataDir, waitFor } from './connector-cli.js'

/**
 * Issue 17's "Backfill of 10,000 fake tickets killed midway and restarted stores each message once",
 * as a script would check it: `undertone connectors backfill` reads a fake Zendesk's incremental export
 * in a child process, is killed with SIGKILL once a fifth of the tickets are stored, and is run again
 * without `--restart`. It resumes from the stored cursor and every comment of the fake (internal notes
 * included: they are stored as internal messages) ends up stored exactly once.
 *
 * The full 10,000 tickets (23,333 comments, one comments call per ticket) fit: on the 2-core machine
 * they take about 14 s to read in one go outside the test, and the whole test took 35 s (killed at 2,000
 * tickets after 9 s, the resumed run 20 s), 71 s while other suites kept the load average at 13.
 */
const TICKETS = 10_000
const WORKSPACE = 'acme-support'
/** The export's page size (the adapter's default): at most this many tickets are read twice after a kill. */
const PAGE = 100

if (cliMissing !== undefined) console.warn(`connector backfill e2e skipped: missing ${cliMissing}`)

/** Reads the CLI's SQLite file without writing to it, while the CLI may be writing. */
function readDatabase<T>(dir: string, query: (db: Database.Database) => T): T {
  const db = new Database(join(dir, 'undertone.db'), { readonly: true, fileMustExist: true })
  try {
    return query(db)
  } finally {
    db.close()
  }
}

interface BackfillRow {
  backfill_state: string
  backfill_cursor: string | null
  backfill_conversations: number
  backfill_messages: number
}

const backfillOf = (dir: string): BackfillRow =>
  readDatabase(dir, (db) => db.prepare("SELECT backfill_state, backfill_cursor, backfill_conversations, backfill_messages FROM connectors WHERE name = 'zendesk'").get() as BackfillRow)

describe.skipIf(cliMissing !== undefined)('a Zendesk backfill killed midway', () => {
  let fake: FakeZendesk
  let data: ReturnType<typeof tempDataDir>
  let run: CliProcess | undefined

  beforeAll(async () => {
    fake = await startFakeZendesk({ tickets: TICKETS })
    data = tempDataDir('undertone-e2e-backfill-')
  })
  afterAll(async () => {
    if (run !== undefined) await stopCli(run, 0)
    await fake?.close()
    data?.remove()
  })

  it(`resumes from its cursor and stores each of ${TICKETS.toLocaleString('en')} tickets' comments once`, { timeout: 180_000 }, async () => {
    const added = await runCli(['connectors', 'add', 'zendesk', '--workspace', WORKSPACE, '--base-url', fake.url, '--email', fake.email, '--token', fake.token, '--webhook-secret', 'backfill-e2e-secret', '--allow-private-network', '--data', data.dir])
    expect(lastLine(added.stdout)).toMatch(/^\/hooks\/[A-Za-z0-9_-]+$/)
    const comments = [...fake.tickets.values()].flatMap((t) => t.comments.map((c) => String(c.id)))
    expect(comments.length).toBe(23_333)

    // The fake's tickets were updated from 2026-01-01 on: older than the default 90 days.
    const started = Date.now()
    run = startCli(['connectors', 'backfill', 'zendesk', '--workspace', WORKSPACE, '--since', '2025-12-31T00:00:00Z', '--data', data.dir])
    const first = run
    const atKill = await waitFor(
      'a fifth of the tickets stored',
      () => {
        if (first.child.exitCode !== null) throw new Error(`the backfill ended before it was killed:\n${first.stdout()}\n${first.stderr()}`)
        const b = backfillOf(data.dir)
        return b.backfill_conversations >= TICKETS / 5 ? b : undefined
      },
      90_000,
      100,
    )
    first.child.kill('SIGKILL')
    expect(await first.exited).toBeNull()
    const killedAfter = Date.now() - started
    const requestsBeforeKill = fake.requests.length

    // Killed midway: the backfill is still marked running, with a cursor, and only part of the history is stored.
    const stopped = backfillOf(data.dir)
    expect(stopped.backfill_state).toBe('running')
    expect(stopped.backfill_cursor).not.toBeNull()
    expect(stopped.backfill_conversations).toBeGreaterThanOrEqual(atKill.backfill_conversations)
    expect(stopped.backfill_conversations).toBeLessThan(TICKETS)
    const storedAtKill = readDatabase(data.dir, (db) => (db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n)
    expect(storedAtKill).toBe(stopped.backfill_messages)
    expect(storedAtKill).toBeLessThan(comments.length)

    // Run again, as the operator would: no --restart, no --since.
    const resumedAt = Date.now()
    run = startCli(['connectors', 'backfill', 'zendesk', '--workspace', WORKSPACE, '--data', data.dir])
    const second = run
    expect(await second.exited, second.stderr()).toBe(0)
    const resumedFor = Date.now() - resumedAt
    expect(second.stderr()).toContain(`resuming the backfill of zendesk after ${stopped.backfill_conversations} conversations`)
    expect(lastLine(second.stdout())).toMatch(/^backfill done: 10000 conversations, \d+ new messages stored/)

    // It went on from the stored cursor: the export was asked from the start only once, and at most the
    // page in flight at the kill was read twice.
    const exports = fake.requests.filter((r) => r.path === '/api/v2/incremental/tickets/cursor.json')
    expect(exports.filter((r) => r.query.has('start_time'))).toHaveLength(1)
    const resumedExports = exports.filter((r) => fake.requests.indexOf(r) >= requestsBeforeKill)
    expect(resumedExports[0]?.query.get('cursor')).toBe(stopped.backfill_cursor)
    const commentCalls = fake.requests.filter((r) => /^\/api\/v2\/tickets\/\d+\/comments\.json$/.test(r.path)).length
    expect(commentCalls).toBeGreaterThanOrEqual(TICKETS)
    expect(commentCalls).toBeLessThanOrEqual(TICKETS + PAGE)

    // Every comment of the fake is stored, each once, and the backfill is done with counts that add up.
    const stored = readDatabase(data.dir, (db) => db.prepare('SELECT source, external_id, internal FROM messages').all() as { source: string; external_id: string; internal: number }[])
    expect(stored).toHaveLength(comments.length)
    expect(new Set(stored.map((m) => `${m.source}:${m.external_id}`)).size).toBe(comments.length)
    expect(new Set(stored.map((m) => m.external_id))).toEqual(new Set(comments))
    expect(stored.every((m) => m.source === 'zendesk')).toBe(true)
    expect(stored.filter((m) => m.internal === 1)).toHaveLength(Math.floor(TICKETS / 3))
    expect(backfillOf(data.dir)).toMatchObject({ backfill_state: 'done', backfill_cursor: null, backfill_conversations: TICKETS, backfill_messages: comments.length })
    const shown = await runCli(['connectors', 'show', 'zendesk', '--workspace', WORKSPACE, '--data', data.dir])
    expect(shown.stdout).toContain(`backfill: done, ${TICKETS} conversations, ${comments.length} messages`)
    console.info(`backfill e2e: killed after ${killedAfter} ms with ${stopped.backfill_conversations} tickets stored; the resumed run took ${resumedFor} ms`)
  })
})
