import { randomBytes } from 'node:crypto'
import { VENDOR_ADAPTERS, createBoundedFetch, generateWebhookSecret } from '@undertone/connectors'
import { type FakeZendesk, signedZendeskEvent, startFakeSlack, startFakeZendesk, startSmtpSink, startWebhookReceiver, zendeskCommentAddedEvent } from '@undertone/connectors/testing'
import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { type OpenDatabase, createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterEach, describe, expect, it } from 'vitest'
import type { ConnectorRuntime } from '../src/app/connectors/connector-runtime.js'
import { EventBus, SecretBox, createApp, outboxFollowUp, runDeliveries, runReadingWorker, runWriteBacks } from '../src/index.js'

const reader = createReader()
const START = Math.floor(Date.now() / 60_000) * 60_000
/** An ISO time `minutes` before the test's start. */
const ago = (minutes: number): string => new Date(START - minutes * 60_000).toISOString()
const SECRET = 'zendesk-signing-secret-for-tests'

function runtime(opts: { allowPrivateNetwork?: boolean } = {}): ConnectorRuntime {
  const fetchFor = (allow: boolean) => createBoundedFetch({ timeoutMs: 3_000, allowPrivateNetwork: allow })
  return { adapters: VENDOR_ADAPTERS, secretBox: new SecretBox([{ id: 't1', key: randomBytes(32) }]), allowPrivateNetwork: opts.allowPrivateNetwork ?? true, fetchFor, publicUrl: 'http://undertone.test', timeoutMs: 3_000 }
}

/** A workspace served by the app, with a clock the test moves, and the worker's passes run by hand. */
async function service(rt: ConnectorRuntime = runtime()) {
  const open: OpenDatabase = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  // Near the real time: a Standard Webhooks receiver checks our timestamps against its own clock.
  let now = START
  const clock = (): number => now
  const queue = new SqliteJobQueue(open.db, { now: clock })
  const app = createApp({ db: open.db, dialect: 'sqlite', queue, reader, clock, events: new EventBus(), connectors: rt })
  const ws = await ensureWorkspace(open.db, 'acme', now)
  const key = (await createApiKey(open.db, ws.id, 'test', now)).key
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` }
  const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await app.request(path, { method: init.method ?? 'GET', headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) })
    return { status: res.status, body: res.status === 204 ? undefined : ((await res.json()) as Record<string, unknown>) }
  }
  const hook = async (path: string, request: { rawBody: Uint8Array; headers: Record<string, string> }) => {
    const res = await app.request(path, { method: 'POST', headers: request.headers, body: request.rawBody })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  /** Reads every queued message, as the worker would. */
  const read = async () => {
    const worker = runReadingWorker(queue, { db: open.db, reader, clock, events: new EventBus(), followUp: outboxFollowUp(rt) }, { pollMs: 5 })
    await worker.idle()
    await worker.stop()
  }
  const later = (ms: number) => {
    now += ms
  }
  const passes = { db: open.db, runtime: rt, clock, random: () => 0.5 }
  return { open, app, api, hook, read, later, passes, workspaceId: ws.id, close: () => open.close() }
}

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c()
})

async function zendeskConnector(s: Awaited<ReturnType<typeof service>>, fake: FakeZendesk) {
  const created = await s.api('/v1/connectors', { method: 'POST', body: { kind: 'zendesk', base_url: fake.url, options: { email: fake.email, token: fake.token, webhookSecret: SECRET }, allow_private_network: true } })
  expect(created.status).toBe(201)
  return (created.body as { connector: { id: string; inbound_path: string } }).connector
}

const angry = (eventId: string, commentId: number, body: string) =>
  signedZendeskEvent(zendeskCommentAddedEvent({ eventId, ticketId: 40001, commentId, body, authorId: 9000001, requesterId: 9000001, time: ago(6) }), SECRET, ago(0))

describe('a Zendesk connector end to end', () => {
  it('stores a signed event once, reads it, and writes tags, priority and a private note back', async () => {
    const s = await service()
    const fake = await startFakeZendesk({ tickets: 2 })
    cleanup.push(() => fake.close(), s.close)
    const connector = await zendeskConnector(s, fake)
    expect(connector.inbound_path).toMatch(/^\/hooks\/[A-Za-z0-9_-]{32}$/)

    const text = 'This is the third time I am asking. The export is still broken. Fix it today or we cancel our subscription.'
    const first = await s.hook(connector.inbound_path, angry('ev-1', 5001, text))
    expect(first).toMatchObject({ status: 200, body: { outcome: 'stored', stored: 1 } })
    // A redelivery of the same event stores nothing.
    expect((await s.hook(connector.inbound_path, angry('ev-1', 5001, text))).body).toMatchObject({ outcome: 'duplicate', stored: 0 })

    await s.read()
    s.later(2_000)
    expect(await runWriteBacks(s.passes)).toMatchObject({ written: 1, failed: 0 })
    const writes = fake.writes()
    const tags = writes.find((w) => w.path.endsWith('/tags') && w.method === 'PUT')?.body as { tags: string[] }
    expect(tags.tags).toEqual(expect.arrayContaining(['undertone_negative', 'undertone_escalate', 'undertone_churn_risk']))
    const update = writes.find((w) => w.method === 'PUT' && /\/tickets\/40001(\.json)?$/.test(w.path))?.body as { ticket: { priority?: string; comment?: { public: boolean; body?: string; html_body?: string } } }
    expect(update.ticket.comment?.public).toBe(false)
    expect(update.ticket.comment?.body ?? update.ticket.comment?.html_body).toContain('Escalation')
    expect(['high', 'urgent']).toContain(update.ticket.priority)

    // Nothing changed since: nothing more is written.
    const before = fake.writes().length
    await s.read()
    s.later(2_000)
    await runWriteBacks(s.passes)
    expect(fake.writes().length).toBe(before)

    // Our own note, delivered back by the trigger, never becomes a customer message.
    const note = fake.tickets.get('40001')?.comments.at(-1)
    const echo = signedZendeskEvent(zendeskCommentAddedEvent({ eventId: 'ev-echo', ticketId: 40001, commentId: note?.id ?? 1, body: note?.body ?? '', authorId: note?.authorId ?? 1, requesterId: 9000001, isPublic: false }), SECRET, ago(0))
    s.later(0)
    const echoed = await s.hook(connector.inbound_path, echo)
    expect(echoed.body).toMatchObject({ stored: 0 })
    const stored = await s.open.db.selectFrom('messages').select(['text', 'role', 'internal']).execute()
    expect(stored).toHaveLength(1)
  })

  it('refuses wrong, missing and stale signatures with 401 and stores nothing', async () => {
    const s = await service()
    const fake = await startFakeZendesk({ tickets: 1 })
    cleanup.push(() => fake.close(), s.close)
    const connector = await zendeskConnector(s, fake)
    const good = angry('ev-2', 5002, 'Still broken.')
    const wrong = signedZendeskEvent(JSON.parse(good.text as string), 'not-the-secret', good.headers['x-zendesk-webhook-signature-timestamp'])
    expect((await s.hook(connector.inbound_path, wrong)).body).toMatchObject({ status: 401, code: 'UT_E_SIGNATURE_INVALID' })
    const { 'x-zendesk-webhook-signature': _drop, ...unsigned } = good.headers
    expect((await s.hook(connector.inbound_path, { rawBody: good.rawBody, headers: unsigned })).body).toMatchObject({ code: 'UT_E_SIGNATURE_MISSING' })
    const stale = signedZendeskEvent(JSON.parse(good.text as string), SECRET, ago(60))
    expect((await s.hook(connector.inbound_path, stale)).body).toMatchObject({ code: 'UT_E_SIGNATURE_STALE' })
    // A body altered after signing fails too.
    const altered = new Uint8Array(Buffer.from((good.text as string).replace('Still broken', 'Still fine')))
    expect((await s.hook(connector.inbound_path, { rawBody: altered, headers: good.headers })).status).toBe(401)
    expect((await s.hook('/hooks/not-a-connector', good)).status).toBe(404)
    expect(await s.open.db.selectFrom('messages').selectAll().execute()).toHaveLength(0)
    const shown = (await s.api(`/v1/connectors/${connector.id}`)).body as { last_refusal: { code: string } }
    expect(shown.last_refusal.code).toBe('UT_E_SIGNATURE_INVALID')
  })

  it('answers malformed, oversized and unknown events without storing anything or failing', async () => {
    const s = await service()
    const fake = await startFakeZendesk({ tickets: 1 })
    cleanup.push(() => fake.close(), s.close)
    const connector = await zendeskConnector(s, fake)
    // Signed as they are: a body Zendesk would never send, with a valid signature.
    const signed = (text: string) => signedZendeskEvent(text, SECRET, ago(0))
    expect((await s.hook(connector.inbound_path, signed('{"type": "zen:event-type:ticket.comment_added", '))).body).toMatchObject({ status: 400, code: 'UT_E_BAD_JSON' })
    expect((await s.hook(connector.inbound_path, signed('{"type": "zen:event-type:ticket.comment_added", "detail": 7}'))).body).toMatchObject({ status: 400, code: 'UT_E_VENDOR_PAYLOAD' })
    const unknown = await s.hook(connector.inbound_path, signed('{"type": "zen:event-type:user.created", "id": "ev-u1", "detail": {"id": "5"}}'))
    expect(unknown).toMatchObject({ status: 200, body: { outcome: 'ignored', stored: 0 } })
    const huge = signed(JSON.stringify({ type: 'zen:event-type:ticket.comment_added', pad: 'x'.repeat(6 * 1024 * 1024) }))
    expect((await s.hook(connector.inbound_path, huge)).status).toBe(413)
    expect(await s.open.db.selectFrom('messages').selectAll().execute()).toHaveLength(0)
  })

  it('keeps secrets sealed at rest and never answers them', async () => {
    const s = await service()
    const fake = await startFakeZendesk()
    cleanup.push(() => fake.close(), s.close)
    const connector = await zendeskConnector(s, fake)
    const row = await s.open.db.selectFrom('connectors').selectAll().executeTakeFirstOrThrow()
    expect(JSON.stringify(row)).not.toContain(fake.token)
    expect(JSON.stringify(row)).not.toContain(SECRET)
    const listed = JSON.stringify((await s.api('/v1/connectors')).body)
    expect(listed).not.toContain(fake.token)
    expect(listed).not.toContain(SECRET)
    expect(JSON.parse(listed).connectors[0]).toMatchObject({ id: connector.id, credentials_set: ['token'], webhook_secrets: 1 })
    // An envelope moved onto another record does not open there.
    await s.open.db.updateTable('connectors').set({ id: 'other' }).execute()
    await expect(s.api('/v1/connectors/other')).resolves.toMatchObject({ status: 500, body: { code: 'UT_E_SECRET_KEY' } })
  })

  it('refuses private addresses unless the admin setting allows them', async () => {
    const s = await service(runtime({ allowPrivateNetwork: false }))
    cleanup.push(s.close)
    const res = await s.api('/v1/connectors', { method: 'POST', body: { kind: 'zendesk', base_url: 'http://127.0.0.1:9', options: { email: 'a@b.test', token: 't', webhookSecret: SECRET }, allow_private_network: true } })
    expect(res).toMatchObject({ status: 403 })
    const plain = await s.api('/v1/connectors', { method: 'POST', body: { kind: 'zendesk', base_url: 'http://127.0.0.1:9', options: { email: 'a@b.test', token: 't', webhookSecret: SECRET } } })
    expect(plain.status).toBe(201)
    const tested = await s.api(`/v1/connectors/${(plain.body as { connector: { id: string } }).connector.id}/test`, { method: 'POST' })
    expect(tested.body).toMatchObject({ ok: false })
    expect(String((tested.body as { error: string }).error)).toMatch(/private|loopback|refus/i)
  })
})

describe('alerts out', () => {
  it('sends one Slack message when a conversation escalates, signs webhooks, e-mails, and dead-letters a failing destination until redelivered', async () => {
    const s = await service()
    const slack = await startFakeSlack()
    const webhookSecret = generateWebhookSecret()
    const receiver = await startWebhookReceiver(webhookSecret)
    const smtp = await startSmtpSink()
    cleanup.push(() => slack.close(), () => receiver.close(), () => smtp.close(), s.close)
    const dest = async (body: object) => {
      const res = await s.api('/v1/destinations', { method: 'POST', body: { ...body, allow_private_network: true } })
      expect(res.status).toBe(201)
      return (res.body as { destination: { id: string; config: Record<string, unknown> } }).destination
    }
    const slackDest = await dest({ kind: 'slack', name: 'support-leads', url: slack.url })
    expect(JSON.stringify(slackDest.config)).not.toContain('fakeSecretToken')
    await dest({ kind: 'webhook', name: 'ops', url: receiver.url, secret: webhookSecret })
    await dest({ kind: 'email', name: 'mail', host: '127.0.0.1', port: smtp.port, secure: false, from: 'undertone@example.test', to: ['lead@example.test'] })
    const rule = await s.api('/v1/alert-rules', { method: 'POST', body: { kind: 'conversation_escalated', destinations: ['support-leads', 'ops', 'mail'] } })
    expect(rule.status).toBe(201)

    const send = (id: string, text: string, at: string) => s.api('/v1/messages', { method: 'POST', body: { messages: [{ external_id: id, conversation_id: 't-9', customer_id: 'c-9', role: 'customer', text, created_at: at }] } })
    await send('m1', 'The export has been broken for three days. I need to talk to a manager now, this is unacceptable.', ago(20))
    await s.read()
    expect(await runDeliveries(s.passes)).toEqual({ delivered: 3, failed: 0 })
    expect(slack.messages).toHaveLength(1)
    expect(JSON.stringify(slack.messages[0])).toContain('escalated')
    expect(receiver.verified).toHaveLength(1)
    expect(smtp.messages[0]?.subject).toContain('escalated')

    // Still escalated after another angry message: no second notice.
    await send('m2', 'Still nothing. Get me a manager.', ago(10))
    await s.read()
    expect(await runDeliveries(s.passes)).toEqual({ delivered: 0, failed: 0 })

    // A failing destination is retried, then dead-lettered; redeliver puts it back.
    // (The signed webhook leaves first: the test's clock now runs hours ahead of the receiver's.)
    expect((await s.api('/v1/destinations/ops', { method: 'DELETE' })).status).toBe(204)
    slack.failNext(32, { status: 500 })
    await send('m3', 'I need to speak to a supervisor about this outage right now.', ago(8))
    await s.open.db.updateTable('conversation_readings').set({ escalate: 0 }).execute()
    await send('m4', 'Cancel our account. This is the worst service, get me your manager.', ago(5))
    s.later(7 * 3_600_000)
    await s.read()
    let dead: { id: string; state: string; attempts: number }[] = []
    for (let i = 0; i < 40 && dead.length === 0; i++) {
      await runDeliveries(s.passes)
      s.later(3 * 3_600_000)
      dead = ((await s.api('/v1/deliveries?state=dead')).body as { deliveries: typeof dead }).deliveries
    }
    expect(dead).toHaveLength(1)
    expect(dead[0]?.attempts).toBe(32)
    expect((await s.api(`/v1/deliveries/${dead[0]?.id}/redeliver`, { method: 'POST' })).status).toBe(202)
    await runDeliveries(s.passes)
    expect(slack.messages).toHaveLength(2)
  })
})
