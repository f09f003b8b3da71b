import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type MessageInput, createClient } from '@undertone/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliProcess, cliMissing, freePort, lastLine, runCli, startCli, stopCli, tempDataDir, waitFor } from './connector-cli.js'

/**
 * `@undertone/client` against a real `undertone serve` on a fresh data folder, as an integrator uses
 * it: messages sent in the integrator's own ids (read at once, or later by the server's worker) are
 * read back by those ids, and the package README's example runs as written.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLIENT_DIST = join(ROOT, 'packages/client/dist/index.js')
const missing = [cliMissing, existsSync(CLIENT_DIST) ? undefined : 'the built client (npx tsc -b)'].filter((m) => m !== undefined)
if (missing.length > 0) console.warn(`client e2e skipped: missing ${missing.join('; ')}`)

describe.skipIf(missing.length > 0)('@undertone/client against undertone serve', () => {
  let data: ReturnType<typeof tempDataDir>
  let server: CliProcess | undefined
  let base = ''
  let apiKey = ''
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString()

  beforeAll(async () => {
    data = tempDataDir('undertone-e2e-client-')
    apiKey = lastLine((await runCli(['keys', 'create', '--workspace', 'integration', '--data', data.dir])).stdout)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = startCli(['serve', '--data', data.dir, '--port', String(port)])
    await waitFor('the server to listen', () => (server?.stdout().includes('listening') === true ? true : undefined), 60_000)
  }, 120_000)
  afterAll(async () => {
    if (server !== undefined) await stopCli(server)
    data?.remove()
  })

  it('sends messages in the caller ids and reads each reading back by those ids, read at once or by the worker', async () => {
    const client = createClient({ baseUrl: base, apiKey })
    const waited: MessageInput[] = [
      { external_id: 'crm-1', conversation_id: 'case-100', customer_id: 'org-9', role: 'customer', text: 'Our whole team is locked out since the update. This is unacceptable.', created_at: at(30) },
      { external_id: 'crm-2', conversation_id: 'case-100', customer_id: 'org-9', role: 'agent', text: 'We are on it and will update you within the hour.', created_at: at(25) },
      { external_id: 'crm-3', conversation_id: 'case-101', customer_id: 'org-10', role: 'customer', text: 'Thanks for the quick fix, everything works again!', created_at: at(20) },
    ]
    const answer = await client.sendMessages(waited, { wait: true })
    expect(answer.messages.map((m) => [m.external_id, m.conversation_external_id, m.customer_external_id, m.status, m.reading?.label ?? null])).toEqual([
      ['crm-1', 'case-100', 'org-9', 'stored', 'negative'],
      ['crm-2', 'case-100', 'org-9', 'stored', null],
      ['crm-3', 'case-101', 'org-10', 'stored', 'positive'],
    ])
    // The worker also takes the batch's reading job, and may have read it again since (a later read_at): the same reading otherwise.
    const gist = (r: { message_id: string; label: string; score: number; emotions: Record<string, number> } | null | undefined) => (r == null ? null : { message_id: r.message_id, label: r.label, score: r.score, emotions: r.emotions })
    for (const m of waited) expect(gist(await client.reading(m.conversation_id, m.external_id))).toEqual(gist(answer.messages.find((a) => a.external_id === m.external_id)?.reading))

    // Sent without waiting: the server's worker reads it; the caller polls by its own ids.
    const later: MessageInput = { external_id: 'crm-4', conversation_id: 'case-100', customer_id: 'org-9', role: 'customer', text: 'Still locked out. If this is not fixed today we will cancel.', created_at: at(10) }
    const accepted = await client.sendMessages([later])
    expect(accepted.messages[0]).toMatchObject({ external_id: 'crm-4', conversation_external_id: 'case-100', status: 'stored', conversation_id: answer.messages[0]?.conversation_id })
    const reading = await waitFor('the worker to read crm-4', async () => (await client.reading('case-100', 'crm-4')) ?? undefined, 30_000, 100)
    expect(reading).toMatchObject({ message_id: accepted.messages[0]?.id, label: 'negative' })

    // The conversation and the customer, by the caller's ids.
    const conversation = await client.conversation('case-100')
    expect(conversation.messages.map((m) => m.external_id)).toEqual(['crm-1', 'crm-2', 'crm-4'])
    expect((await client.customer('org-9')).conversations.map((c) => c.id)).toEqual([conversation.id])
    // A message dated beyond the clock skew is refused, naming it.
    await expect(client.sendMessages([{ ...later, external_id: 'crm-5', created_at: at(-60) }])).rejects.toMatchObject({ status: 400, code: 'UT_E_VALIDATION', errors: [{ path: 'messages.0.created_at' }] })
  })

  it("runs the package README's example as written", () => {
    const readme = readFileSync(join(ROOT, 'packages/client/README.md'), 'utf8')
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(example).toContain("from '@undertone/client'")
    // The example imports the package by name; outside the repository it is the built package's file.
    const file = join(data.dir, 'readme-example.mts')
    writeFileSync(file, (example as string).replace("'@undertone/client'", JSON.stringify(pathToFileURL(CLIENT_DIST).href)))
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, UNDERTONE_URL: base, UNDERTONE_KEY: apiKey }, timeout: 60_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('msg-1001 stored negative')
    expect(run.stdout).toContain('msg-1002 stored not read (agent reply)')
    expect(run.stderr).toContain('400 UT_E_VALIDATION')
    expect(run.stderr).toContain('messages.0.created_at')
  })
})
