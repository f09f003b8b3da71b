/**
 * The helpdesk round trip of issue 17's "Must show", for every vendor besides Zendesk (connectors.test.ts
 * has that one): a connector created through `POST /v1/connectors` against the vendor's fake on
 * 127.0.0.1; a signed customer message stored once, a redelivery storing nothing, a wrong signature
 * refused with 401; the reading written back as the vendor's own API calls (tags and a private note);
 * that note, sent back by the vendor's webhook, storing nothing; and a 429 with Retry-After that delays
 * the write-back until the vendor's wait is over, when it succeeds.
 */
import { randomBytes } from 'node:crypto'
import { VENDOR_ADAPTERS, createBoundedFetch } from '@undertone/connectors'
import {
  FAKE_INTERCOM_BOT_ADMIN_ID,
  type FakeHelpdesk,
  type GenericReceiver,
  type SignedRequest,
  chatwootMessageEvent,
  freshdeskConversationEvent,
  genericSecret,
  intercomConversationJson,
  intercomNotification,
  signedChatwootEvent,
  signedFreshdeskEvent,
  signedGenericEvent,
  signedIntercomEvent,
  signedZammadEvent,
  startFakeChatwoot,
  startFakeFreshdesk,
  startFakeIntercom,
  startFakeZammad,
  startGenericReceiver,
  zammadTriggerPayload,
} from '@undertone/connectors/testing'
import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterEach, describe, expect, it } from 'vitest'
import type { ConnectorRuntime } from '../src/app/connectors/connector-runtime.js'
import { EventBus, SecretBox, createApp, outboxFollowUp, runReadingWorker, runWriteBacks } from '../src/index.js'

const reader = createReader()
const SECRET = 'round-trip-webhook-secret'
const FORGED = 'not-the-webhook-secret'
/** What the customer writes: a fix that did not hold, and a manager asked for. */
const COMPLAINT = 'You told me on Monday that the sync was fixed, and it is still broken this morning. This is my fourth message about it. I want to speak to a manager today, or we cancel the contract.'
const ESCALATION_TAGS = ['undertone_negative', 'undertone_escalate']
/** How long the fakes ask us to wait when they answer 429, in seconds. */
const RETRY_AFTER_S = 120

const seconds = (ms: number): number => Math.floor(ms / 1000)
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** One vendor's side of the round trip, around its fake. */
interface Vendor {
  /** The connector as `POST /v1/connectors` takes it (the optional bot ids left out: the note marker alone must stop the loop). */
  readonly connector: { readonly kind: string; readonly base_url?: string; readonly options: Record<string, string> }
  /** The customer writes `text` at `at` (ms): the webhook request signed with the connector's secret, and the same body signed with another. */
  customerWrites(text: string, at: number): { signed: SignedRequest; forged: SignedRequest }
  /** Checks the vendor received our tags and a private note in its API's own shapes; answers the note's text. */
  expectWriteBack(): string
  /** Our note as the vendor's webhook delivers it back, at `at` (ms). */
  echoOfOurNote(at: number): SignedRequest
  /** The vendor's next answer is 429 with `Retry-After: 120`. */
  rateLimitNext(): void
  /** Requests the vendor has received so far. */
  requestCount(): number
  close(): Promise<void>
}

/** What every fake helpdesk offers the round trip: a 429 with Retry-After as its next answer, its request count, closing it. */
function controlsOf(fake: FakeHelpdesk): Pick<Vendor, 'rateLimitNext' | 'requestCount' | 'close'> {
  return {
    rateLimitNext: () => fake.fail({ kind: 'status', status: 429, retryAfter: String(RETRY_AFTER_S) }),
    requestCount: () => fake.requests.length,
    close: () => fake.close(),
  }
}

/** The bodies of the writes the vendor received with `method` on `path`, failing with the list when there is none. */
function writeTo(fake: FakeHelpdesk, method: string, path: string): unknown[] {
  const found = fake.writes().filter((w) => w.method === method && w.path === path)
  expect(found.length, `${method} ${path} in ${fake.writes().map((w) => `${w.method} ${w.path}`).join(', ')}`).toBeGreaterThan(0)
  return found.map((w) => w.body)
}

async function freshdesk(): Promise<Vendor> {
  const fake = await startFakeFreshdesk({ tickets: 1 })
  const ticket = fake.tickets.get('5001')
  if (ticket === undefined) throw new Error('the fake Freshdesk has no ticket 5001')
  return {
    connector: { kind: 'freshdesk', base_url: fake.url, options: { apiKey: fake.apiKey, webhookSecret: SECRET } },
    customerWrites(text, at) {
      const body = `<div>${text}</div>`
      ticket.conversations.push({ id: 8_870_001, userId: ticket.requesterId, incoming: true, private: false, source: 0, body, createdAt: iso(at) })
      const event = freshdeskConversationEvent({ ticketId: ticket.id, requesterId: ticket.requesterId, conversationId: 8_870_001, body, userId: ticket.requesterId, incoming: true, createdAt: iso(at) })
      return { signed: signedFreshdeskEvent(event, SECRET), forged: signedFreshdeskEvent(event, FORGED) }
    },
    expectWriteBack() {
      // Tags replace the list in Freshdesk: the agent's own tag stays beside ours.
      const [update] = writeTo(fake, 'PUT', '/api/v2/tickets/5001') as { tags: string[]; priority?: number }[]
      expect(update?.tags).toEqual(expect.arrayContaining(['billing', ...ESCALATION_TAGS]))
      expect(update?.priority).toBeGreaterThanOrEqual(3)
      const [note] = writeTo(fake, 'POST', '/api/v2/tickets/5001/notes') as { body: string; private: boolean }[]
      expect(note?.private).toBe(true)
      expect(ticket.tags).toEqual(expect.arrayContaining(ESCALATION_TAGS))
      return note?.body ?? ''
    },
    echoOfOurNote() {
      const note = ticket.conversations.at(-1)
      if (note === undefined) throw new Error('no note on the ticket')
      const event = freshdeskConversationEvent({ event: 'note_added', ticketId: ticket.id, requesterId: ticket.requesterId, conversationId: note.id, body: note.body, userId: note.userId, incoming: false, private: true, createdAt: note.createdAt })
      return signedFreshdeskEvent(event, SECRET)
    },
    ...controlsOf(fake),
  }
}

async function intercom(): Promise<Vendor> {
  const fake = await startFakeIntercom({ conversations: 1 })
  const id = '215468790000001'
  const conversation = fake.conversations.get(id)
  if (conversation === undefined) throw new Error(`the fake Intercom has no conversation ${id}`)
  /** The conversation as a webhook carries it: only the part the event is about. */
  const withLastPart = () => {
    const json = intercomConversationJson(conversation, fake.tags)
    return { ...json, conversation_parts: { type: 'conversation_part.list', total_count: 1, conversation_parts: json.conversation_parts.conversation_parts.slice(-1) } }
  }
  return {
    // The admin id is required: Intercom tags and notes are written as that admin.
    connector: { kind: 'intercom', base_url: fake.url, options: { accessToken: fake.accessToken, clientSecret: SECRET, adminId: FAKE_INTERCOM_BOT_ADMIN_ID } },
    customerWrites(text, at) {
      conversation.parts.push({ id: '77001', partType: 'comment', authorType: 'user', authorId: conversation.contactId, body: `<p>${text}</p>`, createdAt: seconds(at) })
      conversation.updatedAt = seconds(at)
      const event = intercomNotification('notif_5b1d0c1e-round-trip-0001', 'conversation.user.replied', withLastPart(), seconds(at))
      return { signed: signedIntercomEvent(event, SECRET), forged: signedIntercomEvent(event, FORGED) }
    },
    expectWriteBack() {
      const created = (writeTo(fake, 'POST', '/tags') as { name: string }[]).map((t) => t.name)
      expect(created).toEqual(expect.arrayContaining(ESCALATION_TAGS))
      for (const tagging of writeTo(fake, 'POST', `/conversations/${id}/tags`)) expect(tagging).toMatchObject({ admin_id: FAKE_INTERCOM_BOT_ADMIN_ID })
      expect(conversation.tagIds.map((t) => fake.tags.get(t))).toEqual(expect.arrayContaining(ESCALATION_TAGS))
      const [note] = writeTo(fake, 'POST', `/conversations/${id}/reply`) as { message_type: string; type: string; admin_id: string; body: string }[]
      expect(note).toMatchObject({ message_type: 'note', type: 'admin', admin_id: FAKE_INTERCOM_BOT_ADMIN_ID })
      return note?.body ?? ''
    },
    echoOfOurNote(at) {
      expect(conversation.parts.at(-1)).toMatchObject({ partType: 'note', authorType: 'admin' })
      return signedIntercomEvent(intercomNotification('notif_5b1d0c1e-round-trip-0002', 'conversation.admin.noted', withLastPart(), seconds(at)), SECRET)
    },
    ...controlsOf(fake),
  }
}

async function chatwoot(): Promise<Vendor> {
  const fake = await startFakeChatwoot({ conversations: 1 })
  const conversation = fake.conversations.get('1')
  if (conversation === undefined) throw new Error('the fake Chatwoot has no conversation 1')
  const labels = `/api/v1/accounts/${fake.accountId}/conversations/1/labels`
  return {
    connector: { kind: 'chatwoot', base_url: fake.url, options: { accountId: String(fake.accountId), token: fake.token, webhookSecret: SECRET } },
    customerWrites(text, at) {
      const event = fake.customerWrites(1, text)
      return { signed: signedChatwootEvent(event, SECRET, { timestamp: seconds(at) }), forged: signedChatwootEvent(event, FORGED, { timestamp: seconds(at) }) }
    },
    expectWriteBack() {
      // Chatwoot's POST replaces the labels: ours are added to what was there.
      const [set] = writeTo(fake, 'POST', labels) as { labels: string[] }[]
      expect(set?.labels).toEqual(expect.arrayContaining(ESCALATION_TAGS))
      expect(conversation.labels).toEqual(expect.arrayContaining(ESCALATION_TAGS))
      const [note] = writeTo(fake, 'POST', `/api/v1/accounts/${fake.accountId}/conversations/1/messages`) as { content: string; message_type: string; private: boolean }[]
      expect(note).toMatchObject({ message_type: 'outgoing', private: true })
      return note?.content ?? ''
    },
    echoOfOurNote(at) {
      const note = conversation.messages.at(-1)
      if (note === undefined) throw new Error('no note in the conversation')
      expect(note).toMatchObject({ private: true, messageType: 1 })
      return signedChatwootEvent(chatwootMessageEvent(conversation, note, fake.accountId), SECRET, { timestamp: seconds(at) })
    },
    ...controlsOf(fake),
  }
}

async function zammad(): Promise<Vendor> {
  const fake = await startFakeZammad({ tickets: 1 })
  const ticket = fake.tickets.get('1')
  if (ticket === undefined) throw new Error('the fake Zammad has no ticket 1')
  return {
    connector: { kind: 'zammad', base_url: fake.url, options: { token: fake.token, webhookSecret: SECRET } },
    customerWrites(text) {
      const payload = fake.customerWrites(1, `<p>${text}</p>`)
      // Zammad sends the same X-Zammad-Delivery when it delivers one trigger again.
      return { signed: signedZammadEvent(payload, SECRET, { delivery: 'zammad-delivery-0001' }), forged: signedZammadEvent(payload, FORGED, { delivery: 'zammad-delivery-0001' }) }
    },
    expectWriteBack() {
      const tagged = writeTo(fake, 'POST', '/api/v1/tags/add') as { object: string; o_id: number; item: string }[]
      expect(tagged.map((t) => t.item)).toEqual(expect.arrayContaining(ESCALATION_TAGS))
      for (const t of tagged) expect(t).toMatchObject({ object: 'Ticket', o_id: 1 })
      expect(ticket.tags).toEqual(expect.arrayContaining(ESCALATION_TAGS))
      const [note] = writeTo(fake, 'POST', '/api/v1/ticket_articles') as { ticket_id: number; internal: boolean; type: string; body: string }[]
      expect(note).toMatchObject({ ticket_id: 1, internal: true, type: 'note' })
      return note?.body ?? ''
    },
    echoOfOurNote() {
      const note = ticket.articles.at(-1)
      if (note === undefined) throw new Error('no article on the ticket')
      expect(note).toMatchObject({ internal: true, type: 'note' })
      return signedZammadEvent(zammadTriggerPayload(ticket, note), SECRET, { delivery: 'zammad-delivery-0002' })
    },
    ...controlsOf(fake),
  }
}

/** The generic connector, writing back to a receiver that verifies our Standard Webhooks signature, and relays our note back as an internal message. */
async function generic(): Promise<Vendor> {
  const secret = genericSecret()
  const receiver: GenericReceiver = await startGenericReceiver(secret)
  const batch = (message: Record<string, unknown>) => ({ messages: [{ conversation_id: 'case-7781', customer_id: 'cust-310', ...message }] })
  return {
    connector: { kind: 'generic', options: { webhookSecret: secret, writeBackUrl: receiver.url } },
    customerWrites(text, at) {
      const body = batch({ external_id: 'crm-msg-1', role: 'customer', text, created_at: iso(at) })
      return { signed: signedGenericEvent(body, secret, { id: 'msg_round_trip_1', timestamp: seconds(at) }), forged: signedGenericEvent(body, genericSecret(), { id: 'msg_round_trip_1', timestamp: seconds(at) }) }
    },
    expectWriteBack() {
      const [written] = receiver.writeBacks()
      expect(written).toMatchObject({ type: 'conversation.write_back', conversationId: 'case-7781' })
      expect(written?.addTags).toEqual(expect.arrayContaining(ESCALATION_TAGS))
      expect(receiver.refused).toHaveLength(0)
      return String(written?.note ?? '')
    },
    echoOfOurNote(at) {
      const note = String(receiver.writeBacks().at(-1)?.note ?? '')
      return signedGenericEvent(batch({ external_id: 'crm-msg-2', role: 'agent', internal: true, text: note, created_at: iso(at) }), secret, { id: 'msg_round_trip_2', timestamp: seconds(at) })
    },
    rateLimitNext: () => receiver.failNext(1, { status: 429, headers: { 'retry-after': String(RETRY_AFTER_S) } }),
    requestCount: () => receiver.requests.length,
    close: () => receiver.close(),
  }
}

const VENDORS: readonly [string, () => Promise<Vendor>][] = [
  ['Freshdesk', freshdesk],
  ['Intercom', intercom],
  ['Chatwoot', chatwoot],
  ['Zammad', zammad],
  ['a generic webhook sender', generic],
]

function runtime(): ConnectorRuntime {
  const fetchFor = (allow: boolean) => createBoundedFetch({ timeoutMs: 3_000, allowPrivateNetwork: allow })
  return { adapters: VENDOR_ADAPTERS, secretBox: new SecretBox([{ id: 't1', key: randomBytes(32) }]), allowPrivateNetwork: true, fetchFor, publicUrl: 'http://undertone.test', timeoutMs: 3_000 }
}

/** A workspace served by the app, with a clock the test moves, and the worker's passes run by hand. */
async function service() {
  const rt = runtime()
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  // Near the real time: signed timestamps are checked against this clock, and the fakes sign with theirs.
  let now = Math.floor(Date.now() / 1000) * 1000
  const clock = (): number => now
  const queue = new SqliteJobQueue(open.db, { now: clock })
  const app = createApp({ db: open.db, dialect: 'sqlite', queue, reader, clock, events: new EventBus(), connectors: rt })
  const ws = await ensureWorkspace(open.db, 'acme', now)
  const key = (await createApiKey(open.db, ws.id, 'test', now)).key
  const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await app.request(path, { method: init.method ?? 'GET', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const hook = async (path: string, request: SignedRequest) => {
    const res = await app.request(path, { method: 'POST', headers: request.headers, body: request.text })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  /** Reads every queued message, as the worker would. */
  const read = async () => {
    const worker = runReadingWorker(queue, { db: open.db, reader, clock, events: new EventBus(), followUp: outboxFollowUp(rt) }, { pollMs: 5 })
    await worker.idle()
    await worker.stop()
  }
  const messages = () => open.db.selectFrom('messages').select(['external_id', 'role', 'text']).execute()
  /** The connector's last write-back error, to say why a pass failed. */
  const writeBackError = async (connectorId: string) => String(((await api(`/v1/connectors/${connectorId}`)).body as { write_backs: { last_error: string | null } }).write_backs.last_error)
  return {
    api,
    hook,
    read,
    messages,
    writeBackError,
    writeBacks: () => runWriteBacks({ db: open.db, runtime: rt, clock, random: () => 0.5 }),
    now: clock,
    later: (ms: number) => {
      now += ms
    },
    close: () => open.close(),
  }
}

type Service = Awaited<ReturnType<typeof service>>

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c()
})

/** A service with a connector to a fresh fake of the vendor, and the customer's complaint stored and read. */
async function complaintRead(start: () => Promise<Vendor>): Promise<{ s: Service; vendor: Vendor; connector: { id: string; inbound_path: string } }> {
  const s = await service()
  const vendor = await start()
  cleanup.push(() => vendor.close(), s.close)
  const created = await s.api('/v1/connectors', { method: 'POST', body: { ...vendor.connector, allow_private_network: true } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const connector = (created.body as { connector: { id: string; inbound_path: string } }).connector
  const { signed, forged } = vendor.customerWrites(COMPLAINT, s.now() - 60_000)
  expect(await s.hook(connector.inbound_path, forged)).toMatchObject({ status: 401, body: { code: 'UT_E_SIGNATURE_INVALID' } })
  expect(await s.messages()).toHaveLength(0)
  expect(await s.hook(connector.inbound_path, signed)).toMatchObject({ status: 200, body: { outcome: 'stored', stored: 1 } })
  // The vendor delivers the same event again (a timeout on its side): nothing more is stored.
  expect(await s.hook(connector.inbound_path, signed)).toMatchObject({ status: 200, body: { outcome: 'duplicate', stored: 0 } })
  expect(await s.messages()).toMatchObject([{ role: 'customer', text: COMPLAINT }])
  await s.read()
  // Write-backs wait a moment after a reading, so a burst of messages is written once.
  s.later(2_000)
  return { s, vendor, connector }
}

describe.each(VENDORS)('a connector to %s, end to end', (_name, start) => {
  it('stores a signed customer message once, refuses a forged one, writes tags and a private note back, and never reads its own note', async () => {
    const { s, vendor, connector } = await complaintRead(start)
    expect(await s.writeBacks(), await s.writeBackError(connector.id)).toMatchObject({ written: 1, failed: 0 })
    const note = vendor.expectWriteBack()
    expect(note).toContain('Escalation')
    expect(note).not.toContain(COMPLAINT)

    // Nothing changed since: nothing more is written.
    const before = vendor.requestCount()
    s.later(2_000)
    expect(await s.writeBacks()).toMatchObject({ written: 0, failed: 0 })
    expect(vendor.requestCount()).toBe(before)

    // The vendor's webhook fires for our own note: it is acknowledged and stored nowhere.
    const echoed = await s.hook(connector.inbound_path, vendor.echoOfOurNote(s.now()))
    expect(echoed).toMatchObject({ status: 200, body: { stored: 0 } })
    expect(echoed.body.outcome).not.toBe('stored')
    expect((await s.messages()).map((m) => m.text)).toEqual([COMPLAINT])
    const shown = (await s.api(`/v1/connectors/${connector.id}`)).body as { write_backs: { done: number; due: number; failed: number }; last_refusal: { code: string } | null }
    expect(shown.write_backs).toMatchObject({ done: 1, due: 0, failed: 0 })
    expect(shown.last_refusal?.code).toBe('UT_E_SIGNATURE_INVALID')
  })

  it(`waits as a 429 with Retry-After asks, then writes back`, async () => {
    const { s, vendor, connector } = await complaintRead(start)
    vendor.rateLimitNext()
    expect(await s.writeBacks()).toMatchObject({ written: 0, failed: 1 })
    const waiting = (await s.api(`/v1/connectors/${connector.id}`)).body as { write_backs: { due: number; last_error: string | null } }
    expect(waiting.write_backs.due).toBe(1)
    expect(waiting.write_backs.last_error).toContain('429')

    // Before the vendor's wait is over, the write-back is not tried again.
    const before = vendor.requestCount()
    s.later((RETRY_AFTER_S - 30) * 1000)
    expect(await s.writeBacks()).toMatchObject({ written: 0, failed: 0 })
    expect(vendor.requestCount()).toBe(before)

    s.later(31_000)
    expect(await s.writeBacks(), await s.writeBackError(connector.id)).toMatchObject({ written: 1, failed: 0 })
    expect(vendor.expectWriteBack()).toContain('Escalation')
    const done = (await s.api(`/v1/connectors/${connector.id}`)).body as { write_backs: { done: number; due: number; failed: number } }
    expect(done.write_backs).toMatchObject({ done: 1, due: 0, failed: 0 })
  })
})
