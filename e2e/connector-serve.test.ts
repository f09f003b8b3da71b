import { FAKE_ZENDESK_BOT_ID, type FakeZendesk, type SignedRequest, signedZendeskEvent, startFakeZendesk, zendeskCommentAddedEvent } from '@undertone/connectors/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliProcess, cliMissing, freePort, lastLine, runCli, startCli, stopCli, tempDataDir, waitFor } from './connector-cli.js'

/**
 * Issue 17's first "Must show", run as a script would: `undertone connectors add zendesk` against a
 * fake Zendesk on 127.0.0.1 prints the inbound path as its last line; with `undertone serve` running, a
 * `ticket.comment_added` event signed with the webhook secret and posted to that path is stored and read,
 * and within 10 s the fake receives a tag update and an internal note (`public: false`) on that ticket.
 * The same event again adds nothing, a bad signature gets 401, and our note, delivered back by
 * Zendesk's trigger, does not come back as a message.
 */
const WORKSPACE = 'acme-support'
const SECRET = 'zendesk-webhook-signing-secret-e2e'
const TICKET = 40_001
const REQUESTER = 9_000_001
const COMPLAINT = 'Your agent promised the CSV export would work after Friday’s patch. It still fails with the same error. I want a manager to call me today, otherwise we will cancel our plan.'

if (cliMissing !== undefined) console.warn(`connector serve e2e skipped: missing ${cliMissing}`)

/** The customer's comment as Zendesk's event subscription sends it, signed now. */
const complaint = (secret = SECRET): SignedRequest =>
  signedZendeskEvent(
    zendeskCommentAddedEvent({ eventId: '01JE2E0COMMENT0ADDED00001', ticketId: TICKET, commentId: 880_001, body: COMPLAINT, authorId: REQUESTER, requesterId: REQUESTER, time: new Date(Date.now() - 60_000).toISOString() }),
    secret,
  )

describe.skipIf(cliMissing !== undefined)('a Zendesk connector added with the CLI, behind undertone serve', () => {
  let fake: FakeZendesk
  let data: ReturnType<typeof tempDataDir>
  let server: CliProcess | undefined
  let base = ''
  let inbound = ''
  let key = ''

  beforeAll(async () => {
    fake = await startFakeZendesk({ tickets: 3 })
    data = tempDataDir('undertone-e2e-serve-')
  }, 60_000)
  afterAll(async () => {
    if (server !== undefined) await stopCli(server)
    await fake?.close()
    data?.remove()
  })

  const post = async (request: SignedRequest) => {
    const res = await fetch(`${base}${inbound}`, { method: 'POST', headers: request.headers, body: request.text })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  /** The ticket's conversation as the API shows it. */
  const conversation = async () => {
    const res = await fetch(`${base}/v1/conversations/${TICKET}?source=zendesk`, { headers: { authorization: `Bearer ${key}` } })
    expect(res.status).toBe(200)
    return (await res.json()) as { messages: { text: string; role: string }[]; analysis: unknown }
  }
  const tagUpdates = () => fake.writes().filter((w) => w.method === 'PUT' && w.path === `/api/v2/tickets/${TICKET}/tags`)
  const notes = () =>
    fake
      .writes()
      .filter((w) => w.method === 'PUT' && /^\/api\/v2\/tickets\/40001(\.json)?$/.test(w.path))
      .map((w) => (w.body as { ticket: { comment?: { public: boolean; body?: string; html_body?: string } } }).ticket.comment)
      .filter((c) => c !== undefined)

  it('prints the inbound path as the last line of connectors add', { timeout: 60_000 }, async () => {
    const added = await runCli(['connectors', 'add', 'zendesk', '--workspace', WORKSPACE, '--base-url', fake.url, '--email', fake.email, '--token', fake.token, '--webhook-secret', SECRET, '--allow-private-network', '--data', data.dir])
    inbound = lastLine(added.stdout)
    expect(inbound).toMatch(/^\/hooks\/[A-Za-z0-9_-]{32}$/)
    expect(added.stdout).not.toContain(SECRET)
    expect(added.stdout).not.toContain(fake.token)
    key = lastLine((await runCli(['keys', 'create', '--workspace', WORKSPACE, '--name', 'e2e', '--data', data.dir])).stdout)
    expect(key).toMatch(/^ut_\S+$/)

    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = startCli(['serve', '--data', data.dir, '--port', String(port)])
    const running = server
    await waitFor(
      'undertone serve to listen',
      () => {
        if (running.child.exitCode !== null) throw new Error(`undertone serve exited:\n${running.stdout()}\n${running.stderr()}`)
        return running.stdout().includes('Undertone listening') ? true : undefined
      },
      45_000,
    )
  })

  it('stores a signed comment, reads it, and within 10 s tags the ticket and adds an internal note', { timeout: 30_000 }, async () => {
    expect(server, 'the server started').toBeDefined()
    const posted = Date.now()
    expect(await post(complaint())).toMatchObject({ status: 200, body: { outcome: 'stored', stored: 1 } })
    await waitFor('a tag update and an internal note at the fake Zendesk', () => (tagUpdates().length > 0 && notes().length > 0 ? true : undefined), 10_000)
    const took = Date.now() - posted
    expect(took).toBeLessThan(10_000)
    const [tags] = tagUpdates()
    expect((tags?.body as { tags: string[] } | undefined)?.tags).toEqual(expect.arrayContaining(['undertone_negative', 'undertone_escalate']))
    const [note] = notes()
    expect(note?.public).toBe(false)
    expect(note?.body ?? note?.html_body).toContain('Escalation')
    expect(fake.tickets.get(String(TICKET))?.tags).toEqual(expect.arrayContaining(['billing', 'undertone_negative', 'undertone_escalate']))
    const read = await conversation()
    expect(read.messages.map((m) => [m.role, m.text])).toEqual([['customer', COMPLAINT]])
    expect(read.analysis).not.toBeNull()
    console.info(`serve e2e: the write-back reached the fake Zendesk ${took} ms after the event was posted`)
  })

  it('adds nothing for the same event again, refuses a bad signature, and does not read its own note back', { timeout: 30_000 }, async () => {
    expect(server, 'the server started').toBeDefined()
    const writes = fake.writes().length
    expect(await post(complaint())).toMatchObject({ status: 200, body: { outcome: 'duplicate', stored: 0 } })
    const forged = await post(complaint('not-the-signing-secret'))
    expect(forged).toMatchObject({ status: 401, body: { code: 'UT_E_SIGNATURE_INVALID' } })

    // Our note, as Zendesk's trigger delivers it back: a private comment by the API user.
    const ours = fake.tickets.get(String(TICKET))?.comments.at(-1)
    expect(ours).toMatchObject({ authorId: FAKE_ZENDESK_BOT_ID, public: false })
    const echo = signedZendeskEvent(
      zendeskCommentAddedEvent({ eventId: '01JE2E0COMMENT0ADDED00002', ticketId: TICKET, commentId: ours?.id ?? 0, body: ours?.body ?? '', authorId: ours?.authorId ?? 0, requesterId: REQUESTER, isStaff: true, isPublic: false }),
      SECRET,
    )
    const echoed = await post(echo)
    expect(echoed).toMatchObject({ status: 200, body: { stored: 0 } })
    expect(echoed.body.outcome).not.toBe('stored')

    // Give the worker and the outbox time for anything they would do: nothing is stored, read or written.
    await new Promise((r) => setTimeout(r, 3_000))
    expect((await conversation()).messages.map((m) => m.text)).toEqual([COMPLAINT])
    expect(fake.writes().length).toBe(writes)
  })
})
