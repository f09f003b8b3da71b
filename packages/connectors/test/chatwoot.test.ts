import { afterEach, describe, expect, it } from 'vitest'
import { VendorHttpError, VendorPayloadError } from '../src/connector-errors.js'
import { createBoundedFetch } from '../src/outbound/index.js'
import {
  chatwootMessageEvent,
  FAKE_CHATWOOT_AGENT_BOT_ID,
  FAKE_CHATWOOT_AGENT_ID,
  FAKE_CHATWOOT_BOT_USER_ID,
  FAKE_CHATWOOT_PAGE_SIZE,
  type FakeChatwoot,
  type FakeChatwootConversation,
  type FakeChatwootMessage,
  signedChatwootEvent,
  startFakeChatwoot,
} from '../src/testing/fake-chatwoot.js'
import { backfillWithRestart, parseAsServer, testFetch } from '../src/testing/fake-helpdesk.js'
import { startScriptedReceiver } from '../src/testing/fake-slack.js'
import type { ConnectorContext, InboundRequest } from '../src/vendor-adapter.js'
import { CHATWOOT_TOKEN_HEADER, chatwootAdapter } from '../src/vendors/chatwoot/index.js'
import { markedNote } from '../src/vendors/own-note.js'

const SECRET = 'cw-webhook-secret-current'
const OLD_SECRET = 'cw-webhook-secret-previous'
const NOW = Date.parse('2026-03-02T09:14:10Z')
const NOW_S = Math.floor(NOW / 1000)
const SETTINGS = { accountId: '3', botUserId: String(FAKE_CHATWOOT_BOT_USER_ID) }

function inbound(body: unknown, secret = SECRET, options: { timestamp?: number; delivery?: string } = {}): InboundRequest {
  const signed = signedChatwootEvent(body, secret, { timestamp: NOW_S - 4, ...options })
  return { rawBody: signed.rawBody, headers: signed.headers, now: NOW }
}

function parse(body: unknown, settings: Record<string, string> = SETTINGS, delivery?: string) {
  return parseAsServer(chatwootAdapter, inbound(body, SECRET, delivery === undefined ? {} : { delivery }), settings)
}

const conversation: FakeChatwootConversation = {
  displayId: 87,
  contactId: 5120,
  status: 'open',
  labels: ['billing'],
  priority: null,
  channel: 'Channel::Email',
  createdAt: NOW_S - 600,
  lastActivityAt: NOW_S - 10,
  messages: [],
}

function message(overrides: Partial<FakeChatwootMessage> = {}): FakeChatwootMessage {
  return { id: 41_002, messageType: 0, private: false, content: 'I paid for the annual plan and I am still being charged monthly.', senderType: 'contact', senderId: 5120, createdAt: NOW_S - 10, ...overrides }
}

/** A `message_created` body, with fields of the message or its conversation overridden as a test needs. */
function event(m: Partial<FakeChatwootMessage> = {}, top: Record<string, unknown> = {}, inConversation: Record<string, unknown> = {}) {
  const body = chatwootMessageEvent(conversation, message(m), 3)
  return { ...body, ...top, conversation: { ...body.conversation, ...inConversation } }
}

describe('chatwoot: verify', () => {
  const body = event()

  it('accepts a signature made with either active secret', () => {
    expect(chatwootAdapter.verify(inbound(body, SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(chatwootAdapter.verify(inbound(body, OLD_SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
  })

  it('refuses a signature made with another secret, or when no secret is configured', () => {
    expect(chatwootAdapter.verify(inbound(body, 'not-ours'), [SECRET, OLD_SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(chatwootAdapter.verify(inbound(body), [])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })

  it('says a request without a signature, or a signature without its timestamp, is missing one', () => {
    const request = inbound(body)
    const { 'x-chatwoot-signature': _signature, ...noSignature } = request.headers
    const { 'x-chatwoot-timestamp': _timestamp, ...noTimestamp } = request.headers
    expect(chatwootAdapter.verify({ ...request, headers: noSignature }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
    expect(chatwootAdapter.verify({ ...request, headers: noTimestamp }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
  })

  it('refuses a correctly signed request outside the five-minute tolerance, either way', () => {
    expect(chatwootAdapter.verify(inbound(body, SECRET, { timestamp: NOW_S - 301 }), [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_STALE' })
    expect(chatwootAdapter.verify(inbound(body, SECRET, { timestamp: NOW_S + 301 }), [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_STALE' })
    expect(chatwootAdapter.verify(inbound(body, SECRET, { timestamp: NOW_S - 299 }), [SECRET])).toEqual({ ok: true })
  })

  it('refuses a captured request replayed with an altered body, or with a new timestamp', () => {
    const captured = inbound(body)
    const altered = Buffer.from(Buffer.from(captured.rawBody).toString('utf8').replace('still being charged', 'happy to be charged'))
    expect(chatwootAdapter.verify({ ...captured, rawBody: new Uint8Array(altered) }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(chatwootAdapter.verify({ ...captured, headers: { ...captured.headers, 'x-chatwoot-timestamp': String(NOW_S) } }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })

  it('refuses a timestamp that is not unix seconds', () => {
    const request = inbound(body)
    expect(chatwootAdapter.verify({ ...request, headers: { ...request.headers, 'x-chatwoot-timestamp': '2026-03-02T09:14:06Z' } }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })

  it('accepts, from a build that does not sign, the URL token the server passes on, under either secret', () => {
    const unsigned = { rawBody: inbound(body).rawBody, now: NOW }
    expect(chatwootAdapter.verify({ ...unsigned, headers: { [CHATWOOT_TOKEN_HEADER]: OLD_SECRET } }, [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(chatwootAdapter.verify({ ...unsigned, headers: { [CHATWOOT_TOKEN_HEADER]: 'guess' } }, [SECRET, OLD_SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(chatwootAdapter.verify({ ...unsigned, headers: {} }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
  })
})

describe('chatwoot: parseEvent', () => {
  it("maps a contact's message: role, display id, contact from meta.sender, labels, status, channel", () => {
    expect(parse(event(), SETTINGS, 'dlv-0001')).toEqual({
      eventId: 'dlv-0001',
      messages: [
        {
          externalId: '41002',
          conversationId: '87',
          customerId: '5120',
          role: 'customer',
          text: 'I paid for the annual plan and I am still being charged monthly.',
          createdAt: (NOW_S - 10) * 1000,
          channel: 'email',
          tags: ['billing'],
          status: 'open',
        },
      ],
    })
  })

  it('builds a stable event id from the conversation and message without a delivery id, and a new one for each edit', () => {
    expect(parse(event()).eventId).toBe('message_created:87:41002')
    const edited = parse(event({}, { event: 'message_updated' })).eventId
    const editedAgain = parse(event({ content: 'I paid for the annual plan and am charged monthly.' }, { event: 'message_updated' })).eventId
    expect(edited).toMatch(/^message_updated:87:41002:/)
    expect(editedAgain).not.toBe(edited)
  })

  it("maps an agent's reply, a private note, an agent bot's message, an activity and a template", () => {
    const reply = parse(event({ messageType: 1, senderType: 'user', senderId: FAKE_CHATWOOT_AGENT_ID, content: 'I have refunded the monthly charges.' })).messages[0]
    expect(reply).toMatchObject({ role: 'agent', agentId: String(FAKE_CHATWOOT_AGENT_ID) })
    expect(reply?.internal).toBeUndefined()
    const note = parse(event({ messageType: 1, private: true, senderType: 'user', senderId: FAKE_CHATWOOT_AGENT_ID, content: 'Refund approved by finance.' })).messages[0]
    expect(note).toMatchObject({ role: 'agent', internal: true })
    const bot = parse(event({ messageType: 1, senderType: 'agent_bot', senderId: FAKE_CHATWOOT_AGENT_BOT_ID, content: 'Hi! Someone will be with you shortly.' })).messages[0]
    expect(bot).toMatchObject({ role: 'bot', agentId: String(FAKE_CHATWOOT_AGENT_BOT_ID) })
    const automation = parse(event({ messageType: 1, senderType: null, senderId: null, content: 'We are away until Monday.' })).messages[0]
    expect(automation?.role).toBe('bot')
    expect(parse(event({ messageType: 2, senderType: null, senderId: null, content: 'Conversation was resolved by Dana' })).messages[0]?.role).toBe('system')
    expect(parse(event({ messageType: 3, senderType: null, senderId: null, content: 'Please rate the conversation' })).messages[0]?.role).toBe('system')
  })

  it('ignores our own messages: by the user or agent bot configured, and by the marker on a private note', () => {
    const ours = event({ messageType: 1, private: true, senderType: 'user', senderId: FAKE_CHATWOOT_BOT_USER_ID, content: markedNote('Reading: negative (-0.74).') })
    expect(parse(ours)).toMatchObject({ messages: [], ignored: 'own-write-back' })
    expect(parse(ours, { accountId: '3' })).toMatchObject({ messages: [], ignored: 'own-write-back' })
    const fromBot = event({ messageType: 1, senderType: 'agent_bot', senderId: 61, content: 'Labels updated.' })
    expect(parse(fromBot, { accountId: '3', agentBotId: '61' })).toMatchObject({ ignored: 'own-write-back' })
    // The same id as a user is someone else: user and agent bot ids are separate sequences.
    expect(parse(event({ messageType: 1, senderType: 'user', senderId: 61, content: 'Hello from Sam.' }), { accountId: '3', agentBotId: '61' }).messages).toHaveLength(1)
  })

  it("still reads a contact's message that starts like our marker", () => {
    expect(parse(event({ content: markedNote('why does your bot write this?') }), { accountId: '3' }).messages[0]?.role).toBe('customer')
  })

  it('reads ids as strings or numbers, enums in any case or as the API numbers them, and unix times', () => {
    const parsed = parse(event({}, { id: '41002', message_type: 'INCOMING', created_at: NOW_S - 10 }, { id: '87', status: 'Snoozed', channel: 'channel::webwidget', meta: { sender: { id: '5120', type: 'Contact' } } }))
    expect(parsed.messages[0]).toMatchObject({ externalId: '41002', conversationId: '87', customerId: '5120', role: 'customer', status: 'pending', channel: 'chat', createdAt: (NOW_S - 10) * 1000 })
    expect(parse(event({}, { message_type: 1, sender: { id: 11, type: 'User' } })).messages[0]?.role).toBe('agent')
    expect(parse(event({}, { message_type: '0' }, { status: 'RESOLVED' })).messages[0]).toMatchObject({ role: 'customer', status: 'resolved' })
  })

  it('prefers display_id, and finds the contact through contact_inbox or the sender when meta has none', () => {
    const parsed = parse(event({}, {}, { id: 87, display_id: 12, meta: null }))
    expect(parsed.messages[0]).toMatchObject({ conversationId: '12', customerId: '5120' })
    const bySender = parse(event({}, {}, { meta: {}, contact_inbox: null }))
    expect(bySender.messages[0]?.customerId).toBe('5120')
  })

  it('carries no message for conversation events, and ignores events it does not know', () => {
    const status = { event: 'conversation_status_changed', id: 87, status: 'resolved', meta: { sender: { id: 5120, type: 'contact' } }, changed_attributes: [{ status: { previous_value: 'open', current_value: 'resolved' } }] }
    expect(parse(status)).toMatchObject({ messages: [], ignored: 'no-message' })
    expect(parse({ ...status, event: 'CONVERSATION_UPDATED' })).toMatchObject({ ignored: 'no-message' })
    expect(parse({ event: 'contact_created', id: 5120, name: 'Ana' })).toMatchObject({ messages: [], ignored: 'unknown-event' })
    expect(parse({ event: 'conversation_typing_on', conversation: { id: 87 } })).toMatchObject({ ignored: 'unknown-event' })
  })

  it('leaves out a message with no text (an attachment alone)', () => {
    expect(parse(event({}, { content: null }))).toMatchObject({ messages: [], ignored: 'no-message' })
  })

  it('throws VendorPayloadError, never a TypeError, for malformed payloads', () => {
    const good = event()
    const malformed: unknown[] = [
      null,
      [],
      'message_created',
      { id: 1 },
      { event: 42 },
      { event: '' },
      { ...good, id: undefined },
      { ...good, id: { value: 1 } },
      { ...good, id: 1.5 },
      { ...good, message_type: 'broadcast' },
      { ...good, message_type: null },
      { ...good, created_at: 'last week' },
      { ...good, content: 12 },
      { ...good, conversation: undefined },
      { ...good, conversation: 'c-87' },
      { ...good, conversation: { status: 'open' } },
      { ...good, conversation: { ...good.conversation, meta: { sender: null }, contact_inbox: null }, sender: { id: 5, type: 'user' }, message_type: 'incoming' },
      { ...good, sender: 'ana' },
      { event: 'conversation_status_changed', status: 'resolved' },
    ]
    for (const body of malformed) expect(() => parse(body), JSON.stringify(body)).toThrow(VendorPayloadError)
  })
})

describe('chatwoot: writeBack, backfill', () => {
  let fake: FakeChatwoot
  const context = (settings: Record<string, string> = SETTINGS, timeoutMs = 2_000): ConnectorContext => ({
    baseUrl: fake.url,
    credentials: { token: fake.token, webhookSecret: SECRET },
    settings,
    fetch: testFetch(timeoutMs),
  })

  afterEach(async () => {
    await fake?.close()
  })

  it('merges labels into what is there, sets the priority and posts a private note, with api_access_token', async () => {
    fake = await startFakeChatwoot({ conversations: 4 })
    await chatwootAdapter.writeBack(context(), '2', { addTags: ['undertone_negative'], removeTags: ['undertone_positive'], priority: 'normal', note: 'Reading: negative (-0.82); anger.' })
    expect(fake.requests.map((r) => ({ method: r.method, path: r.path, body: r.body }))).toEqual([
      { method: 'GET', path: '/api/v1/accounts/3/conversations/2/labels', body: undefined },
      { method: 'POST', path: '/api/v1/accounts/3/conversations/2/labels', body: { labels: ['billing', 'undertone_negative'] } },
      { method: 'POST', path: '/api/v1/accounts/3/conversations/2/toggle_priority', body: { priority: 'medium' } },
      {
        method: 'POST',
        path: '/api/v1/accounts/3/conversations/2/messages',
        body: { content: markedNote('Reading: negative (-0.82); anger.'), message_type: 'outgoing', private: true },
      },
    ])
    for (const request of fake.requests) {
      expect(request.headers.api_access_token).toBe(fake.token)
      expect(request.headers.authorization).toBeUndefined()
    }
    const stored = fake.conversations.get('2')
    expect(stored?.labels).toEqual(['billing', 'undertone_negative'])
    expect(stored?.priority).toBe('medium')
    expect(stored?.messages.at(-1)).toMatchObject({ private: true, messageType: 1 })
  })

  it('sends no label update when the labels would not change, and removes ours when asked', async () => {
    fake = await startFakeChatwoot({ conversations: 2 })
    await chatwootAdapter.writeBack(context(), '2', { addTags: ['billing'], removeTags: ['undertone_churn_risk'] })
    expect(fake.writes()).toEqual([])
    await chatwootAdapter.writeBack(context(), '2', { addTags: [], removeTags: ['billing'], priority: 'urgent' })
    expect(fake.writes().map((r) => r.body)).toEqual([{ labels: [] }, { priority: 'urgent' }])
  })

  it('turns 429 with Retry-After into a retryable VendorHttpError with the wait, 500 into a retryable one, 404 and 401 into permanent ones', async () => {
    fake = await startFakeChatwoot({ conversations: 2 })
    fake.fail({ kind: 'status', status: 429, retryAfter: '12' })
    const limited = await chatwootAdapter.writeBack(context(), '1', { addTags: ['undertone_negative'], removeTags: [] }).catch((e: unknown) => e)
    expect(limited).toBeInstanceOf(VendorHttpError)
    expect(limited).toMatchObject({ status: 429, retryAfterMs: 12_000, permanent: false })
    fake.fail({ kind: 'status', status: 500 }, 1, (r) => r.path.endsWith('/messages'))
    const broken = await chatwootAdapter.writeBack(context(), '1', { addTags: [], removeTags: [], note: 'Reading: neutral.' }).catch((e: unknown) => e)
    expect(broken).toMatchObject({ status: 500, permanent: false })
    expect(await chatwootAdapter.writeBack(context(), '404', { addTags: [], removeTags: [], priority: 'low' }).catch((e: unknown) => e)).toMatchObject({ status: 404, permanent: true })
    const wrongToken = { ...context(), credentials: { token: 'expired' } }
    expect(await chatwootAdapter.writeBack(wrongToken, '1', { addTags: [], removeTags: [], priority: 'low' }).catch((e: unknown) => e)).toMatchObject({ status: 401, permanent: true })
  })

  it('gives up on a hanging Chatwoot with a retryable VendorHttpError, and refuses to run without an account id', async () => {
    fake = await startFakeChatwoot({ conversations: 1 })
    fake.fail({ kind: 'hang' })
    const hung = await chatwootAdapter.writeBack(context(SETTINGS, 300), '1', { addTags: [], removeTags: [], priority: 'high' }).catch((e: unknown) => e)
    expect(hung).toMatchObject({ status: null, permanent: false })
    const unconfigured = await chatwootAdapter.writeBack(context({}), '1', { addTags: [], removeTags: [], priority: 'high' }).catch((e: unknown) => e)
    expect(unconfigured).toBeInstanceOf(VendorHttpError)
    expect(unconfigured).toMatchObject({ permanent: true })
  })

  it('backfills 260 conversations a page of 25 at a time, long ones in full, resumable from the cursor without repeats, ours left out', async () => {
    fake = await startFakeChatwoot({ conversations: 260 })
    await chatwootAdapter.writeBack(context(), '9', { addTags: [], removeTags: [], note: 'Reading: negative.' })
    const expected = [...fake.conversations.values()].flatMap((c) => c.messages.filter((m) => m.senderId !== FAKE_CHATWOOT_BOT_USER_ID).map((m) => String(m.id)))

    const run = await backfillWithRestart(chatwootAdapter, context(), 0, 4)
    expect(run.beforeRestart[0]).toMatchObject({ conversations: FAKE_CHATWOOT_PAGE_SIZE, total: 260 })
    // The page after the last conversation is empty and ends the backfill.
    expect(run.pages).toBe(Math.ceil(260 / FAKE_CHATWOOT_PAGE_SIZE) + 1)
    expect(run.repeated).toEqual([])
    expect([...run.messages.keys()].sort()).toEqual([...expected].sort())
    const seen = [...run.messages.values()]
    expect(seen.filter((m) => m.conversationId === '7')).toHaveLength(fake.conversations.get('7')?.messages.length ?? -1)
    expect(new Set(seen.map((m) => m.role))).toEqual(new Set(['customer', 'agent', 'bot', 'system']))
    expect(seen.find((m) => m.conversationId === '3' && m.internal === true)).toBeDefined()

    // A 429 in the middle of a page fails the page as a whole; it is read again from the same cursor.
    const cursor = run.beforeRestart[3]?.cursor ?? null
    fake.fail({ kind: 'status', status: 429, retryAfter: '3' }, 1, (r) => r.path.endsWith('/messages'))
    expect(await chatwootAdapter.backfillPage(context(), cursor, 0).catch((e: unknown) => e)).toMatchObject({ status: 429, retryAfterMs: 3_000, permanent: false })
    expect((await chatwootAdapter.backfillPage(context(), cursor, 0)).conversations).toBe(FAKE_CHATWOOT_PAGE_SIZE)
  })

  it('reads only conversations active since `since`, and their messages from then on', async () => {
    fake = await startFakeChatwoot({ conversations: 30, start: Date.parse('2026-01-01T00:00:00Z') })
    const since = Date.parse('2026-01-01T00:20:10Z')
    const page = await chatwootAdapter.backfillPage(context(), null, since)
    expect(page.messages.length).toBeGreaterThan(0)
    expect(page.messages.every((m) => m.createdAt >= since)).toBe(true)
    expect(fake.requests.filter((r) => r.path.endsWith('/messages')).length).toBeLessThan(25)
  })

  it('turns an answer it cannot read into a retryable VendorHttpError, and refuses a cursor it did not make', async () => {
    fake = await startFakeChatwoot({ conversations: 1 })
    fake.fail({ kind: 'status', status: 200 })
    expect(await chatwootAdapter.backfillPage(context(), null, 0).catch((e: unknown) => e)).toMatchObject({ name: 'VendorHttpError', permanent: false })
    await expect(chatwootAdapter.backfillPage(context(), '{"page":"2"}', 0)).rejects.toBeInstanceOf(VendorPayloadError)
  })

  it('round trip: a contact message in, the private note we write back fires message_created, and it comes back as our own', async () => {
    const sink = await startScriptedReceiver('/hooks/chatwoot/c1', () => ({ status: 200 }))
    try {
      fake = await startFakeChatwoot({ conversations: 3, webhookUrl: sink.url, webhookSecret: SECRET })
      const incoming = inbound(fake.customerWrites(2, 'You promised a callback yesterday and nobody called.'), SECRET, { timestamp: Math.floor(Date.now() / 1000) })
      const live = { ...incoming, now: Date.now() }
      expect(chatwootAdapter.verify(live, [SECRET])).toEqual({ ok: true })
      expect(parseAsServer(chatwootAdapter, live, SETTINGS).messages).toMatchObject([{ conversationId: '2', customerId: '5002', role: 'customer' }])
      await chatwootAdapter.writeBack(context(), '2', { addTags: ['undertone_negative'], removeTags: [], note: 'Reading: negative (-0.64).' })
      await fake.webhooksSent()
      expect(sink.requests).toHaveLength(1)
      const request: InboundRequest = { rawBody: new Uint8Array(Buffer.from(sink.requests[0]?.body ?? '')), headers: sink.requests[0]?.headers ?? {}, now: Date.now() }
      expect(chatwootAdapter.verify(request, [SECRET])).toEqual({ ok: true })
      expect(parseAsServer(chatwootAdapter, request, SETTINGS)).toMatchObject({ messages: [], ignored: 'own-write-back', eventId: expect.stringMatching(/^fake-delivery-/) })
      expect(parseAsServer(chatwootAdapter, request, { accountId: '3' }).ignored).toBe('own-write-back')
    } finally {
      await sink.close()
    }
  })

  it('works through the bounded fetch the server uses (private network allowed by the admin)', async () => {
    fake = await startFakeChatwoot({ conversations: 30 })
    const bounded = { ...context(), fetch: createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: true }) }
    await chatwootAdapter.writeBack(bounded, '2', { addTags: ['undertone_negative'], removeTags: [], note: 'Reading: negative.' })
    expect(fake.writes().map((r) => r.headers.authorization)).toEqual([undefined, undefined])
    expect((await chatwootAdapter.backfillPage(bounded, null, 0)).conversations).toBe(FAKE_CHATWOOT_PAGE_SIZE)
    const refused = await chatwootAdapter.writeBack({ ...bounded, fetch: createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: false }) }, '2', { addTags: [], removeTags: [], priority: 'high' }).catch((e: unknown) => e)
    expect(refused).toMatchObject({ name: 'OutboundRefusedError' })
  })

  it('links to the conversation in the agent UI', () => {
    expect(chatwootAdapter.ticketUrl('https://chat.example.org/', '87', { accountId: '3' })).toBe('https://chat.example.org/app/accounts/3/conversations/87')
  })
})
