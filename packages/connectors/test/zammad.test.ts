import { afterEach, describe, expect, it } from 'vitest'
import { VendorHttpError, VendorPayloadError } from '../src/connector-errors.js'
import { createBoundedFetch } from '../src/outbound/index.js'
import { backfillWithRestart, parseAsServer, testFetch } from '../src/testing/fake-helpdesk.js'
import { startScriptedReceiver } from '../src/testing/fake-slack.js'
import {
  FAKE_ZAMMAD_AGENT_ID,
  FAKE_ZAMMAD_BOT_USER_ID,
  type FakeZammad,
  type FakeZammadTicket,
  signedZammadEvent,
  startFakeZammad,
  zammadTriggerPayload,
} from '../src/testing/fake-zammad.js'
import type { ConnectorContext, InboundRequest } from '../src/vendor-adapter.js'
import { markedNote } from '../src/vendors/own-note.js'
import { zammadAdapter } from '../src/vendors/zammad/index.js'

const SECRET = 'zammad-signature-token-current'
const OLD_SECRET = 'zammad-signature-token-previous'
const NOW = Date.parse('2026-03-02T09:14:10Z')
const SETTINGS = { botUserId: String(FAKE_ZAMMAD_BOT_USER_ID) }

function inbound(body: unknown, secret = SECRET, delivery?: string): InboundRequest {
  const signed = signedZammadEvent(body, secret, delivery === undefined ? {} : { delivery })
  return { rawBody: signed.rawBody, headers: signed.headers, now: NOW }
}

/** Parses `body` as the server would: the signed raw bytes plus their JSON. */
function parse(body: unknown, settings: Record<string, string> = SETTINGS, delivery?: string) {
  return parseAsServer(zammadAdapter, inbound(body, SECRET, delivery), settings)
}

const ticket: FakeZammadTicket = {
  id: 512,
  customerId: 8801,
  state: 'open',
  priorityId: 2,
  tags: ['vpn'],
  createArticleType: 'email',
  updatedAt: Date.parse('2026-03-02T09:14:00Z'),
  updatedById: 8801,
  articles: [],
}

function event(article: Partial<FakeZammadTicket['articles'][number]>, overrides: { ticket?: Record<string, unknown>; article?: Record<string, unknown> } = {}) {
  const payload = zammadTriggerPayload(ticket, {
    id: 9001,
    senderId: 2,
    type: 'email',
    internal: false,
    body: '<p>The VPN drops every ten minutes and I cannot work like this.</p><blockquote>Have you tried restarting the client?</blockquote>',
    contentType: 'text/html',
    createdAt: Date.parse('2026-03-02T09:13:00Z'),
    createdById: 8801,
    ...article,
  })
  return { ticket: { ...payload.ticket, ...overrides.ticket }, article: { ...payload.article, ...overrides.article } }
}

describe('zammad: verify', () => {
  const body = event({})

  it('accepts a signature made with either active token', () => {
    expect(zammadAdapter.verify(inbound(body, SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(zammadAdapter.verify(inbound(body, OLD_SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
  })

  it('accepts the bare hex digest some builds send, in any case', () => {
    const request = inbound(body)
    const bare = (request.headers['x-hub-signature'] as string).slice('sha1='.length).toUpperCase()
    expect(zammadAdapter.verify({ ...request, headers: { ...request.headers, 'x-hub-signature': bare } }, [SECRET])).toEqual({ ok: true })
  })

  it('refuses a signature made with another token, or when no token is configured', () => {
    expect(zammadAdapter.verify(inbound(body, 'someone-else'), [SECRET, OLD_SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(zammadAdapter.verify(inbound(body), [])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })

  it('says a request without X-Hub-Signature is missing its signature', () => {
    const { 'x-hub-signature': _signature, ...headers } = inbound(body).headers
    expect(zammadAdapter.verify({ rawBody: inbound(body).rawBody, headers, now: NOW }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
  })

  it('refuses a captured delivery replayed with an altered body', () => {
    const captured = inbound(body)
    const altered = Buffer.from(Buffer.from(captured.rawBody).toString('utf8').replace('cannot work', 'can work'))
    expect(zammadAdapter.verify({ ...captured, rawBody: new Uint8Array(altered) }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })

  it('lets an unaltered replay through to the dedupe, with the same event id (the scheme has no timestamp)', () => {
    const captured = inbound(body, SECRET, 'delivery-77')
    const later = { ...captured, now: NOW + 86_400_000 }
    expect(zammadAdapter.verify(later, [SECRET])).toEqual({ ok: true })
    expect(parse(body, SETTINGS, 'delivery-77').eventId).toBe(parse(body, SETTINGS, 'delivery-77').eventId)
  })
})

describe('zammad: parseEvent', () => {
  it("maps a customer's e-mail: plain text without the quoted reply, ids as strings, state and channel", () => {
    const parsed = parse(event({}), SETTINGS, 'delivery-1')
    expect(parsed).toEqual({
      eventId: 'delivery-1',
      messages: [
        {
          externalId: '9001',
          conversationId: '512',
          customerId: '8801',
          role: 'customer',
          text: 'The VPN drops every ten minutes and I cannot work like this.',
          createdAt: Date.parse('2026-03-02T09:13:00Z'),
          channel: 'email',
          tags: ['vpn'],
          status: 'open',
        },
      ],
    })
  })

  it('builds a stable event id from the ticket and article when Zammad sends no delivery id', () => {
    expect(parse(event({})).eventId).toBe('ticket:512:article:9001')
  })

  it("maps an agent's reply with the agent's id", () => {
    const [message] = parse(event({ senderId: 1, createdById: FAKE_ZAMMAD_AGENT_ID, body: 'Please send us the client log.', contentType: 'text/plain' })).messages
    expect(message).toMatchObject({ role: 'agent', agentId: String(FAKE_ZAMMAD_AGENT_ID), text: 'Please send us the client log.' })
    expect(message?.internal).toBeUndefined()
  })

  it("maps a colleague's internal note as internal, and a System article as system", () => {
    const note = parse(event({ senderId: 1, type: 'note', internal: true, createdById: FAKE_ZAMMAD_AGENT_ID, body: 'He called twice already.', contentType: 'text/plain' }))
    expect(note.messages[0]).toMatchObject({ role: 'agent', internal: true, channel: 'email' })
    const system = parse(event({ senderId: 3, type: 'note', createdById: 1, body: 'Escalation: no answer within 4 hours.', contentType: 'text/plain' }))
    expect(system.messages[0]).toMatchObject({ role: 'system' })
  })

  it('ignores our own note, by the API user and, with no user configured, by the marker', () => {
    const ours = event({ senderId: 1, type: 'note', internal: true, createdById: FAKE_ZAMMAD_BOT_USER_ID, body: markedNote('Reading: negative (-0.71).'), contentType: 'text/plain' })
    expect(parse(ours)).toMatchObject({ messages: [], ignored: 'own-write-back' })
    expect(parse(ours, {})).toMatchObject({ messages: [], ignored: 'own-write-back' })
    const byUserOnly = event({ senderId: 1, type: 'note', internal: true, createdById: FAKE_ZAMMAD_BOT_USER_ID, body: 'Tags updated.', contentType: 'text/plain' })
    expect(parse(byUserOnly)).toMatchObject({ ignored: 'own-write-back' })
  })

  it("still reads a customer's message that happens to start like our marker", () => {
    const parsed = parse(event({ body: markedNote('is this your bot? it keeps tagging me').replace('\n', ' ') }), {})
    expect(parsed.messages[0]?.role).toBe('customer')
  })

  it('reads ids sent as strings and enums in any case or as objects', () => {
    const parsed = parse(event({}, { ticket: { id: '512', customer_id: '8801', state: { name: 'Pending Reminder' } }, article: { id: '9001', sender: 'CUSTOMER', type: 'EMAIL' } }))
    expect(parsed.messages[0]).toMatchObject({ externalId: '9001', conversationId: '512', customerId: '8801', role: 'customer', status: 'pending', channel: 'email' })
    expect(parse(event({}, { article: { internal: 'TRUE' } })).messages[0]?.internal).toBe(true)
    const bySenderId = parse(event({}, { article: { sender: undefined, sender_id: '1' } }))
    expect(bySenderId.messages[0]?.role).toBe('agent')
  })

  it('carries no message for a ticket update without an article, and none of ours for our own update', () => {
    const update = { ticket: { ...event({}).ticket, updated_by_id: 8801 }, article: {} }
    expect(parse(update)).toMatchObject({ messages: [], ignored: 'no-message', eventId: expect.stringContaining('ticket:512:updated:') })
    const ours = { ticket: { ...event({}).ticket, updated_by_id: FAKE_ZAMMAD_BOT_USER_ID } }
    expect(parse(ours)).toMatchObject({ messages: [], ignored: 'own-write-back' })
  })

  it('acknowledges a body without a ticket (a custom payload) as an unknown event', () => {
    expect(parse({ text: 'Ticket #31512 was escalated' })).toMatchObject({ messages: [], ignored: 'unknown-event' })
  })

  it('leaves out an article without text (an attachment alone)', () => {
    expect(parse(event({ body: '   ' }))).toMatchObject({ messages: [], ignored: 'no-message' })
  })

  it('throws VendorPayloadError, never a TypeError, for malformed payloads', () => {
    const good = event({})
    const malformed: unknown[] = [
      null,
      [],
      'ticket',
      42,
      { ticket: 'x' },
      { ticket: [] },
      { ticket: {}, article: {} },
      { ticket: { ...good.ticket, id: { nested: true } }, article: good.article },
      { ticket: { ...good.ticket, id: -4 }, article: good.article },
      { ticket: good.ticket, article: { ...good.article, created_at: 'yesterday' } },
      { ticket: good.ticket, article: { ...good.article, id: null } },
      { ticket: good.ticket, article: { ...good.article, sender: 'Robot' } },
      { ticket: good.ticket, article: { ...good.article, sender: 7 } },
      { ticket: good.ticket, article: { ...good.article, body: ['a'] } },
      { ticket: { ...good.ticket, customer_id: null, customer: 'login-only' }, article: good.article },
      { ticket: good.ticket, article: 'article' },
    ]
    for (const body of malformed) expect(() => parse(body), JSON.stringify(body)).toThrow(VendorPayloadError)
  })
})

describe('zammad: writeBack, backfill', () => {
  let fake: FakeZammad
  const context = (settings: Record<string, string> = SETTINGS, timeoutMs = 2_000): ConnectorContext => ({
    baseUrl: fake.url,
    credentials: { token: fake.token, webhookSecret: SECRET },
    settings,
    fetch: testFetch(timeoutMs),
  })

  afterEach(async () => {
    await fake?.close()
  })

  it('adds and removes tags one call each, sets the priority by id and posts an internal note, with token auth', async () => {
    fake = await startFakeZammad({ tickets: 5 })
    await zammadAdapter.writeBack(context(), '4', { addTags: ['undertone_negative', 'undertone_escalate'], removeTags: ['hardware'], priority: 'high', note: 'Reading: negative (-0.82); anger.' })
    expect(fake.writes().map((r) => ({ method: r.method, path: r.path, body: r.body }))).toEqual([
      { method: 'POST', path: '/api/v1/tags/add', body: { object: 'Ticket', o_id: 4, item: 'undertone_negative' } },
      { method: 'POST', path: '/api/v1/tags/add', body: { object: 'Ticket', o_id: 4, item: 'undertone_escalate' } },
      { method: 'DELETE', path: '/api/v1/tags/remove', body: { object: 'Ticket', o_id: 4, item: 'hardware' } },
      { method: 'PUT', path: '/api/v1/tickets/4', body: { priority_id: 3 } },
      {
        method: 'POST',
        path: '/api/v1/ticket_articles',
        body: { ticket_id: 4, body: markedNote('Reading: negative (-0.82); anger.'), internal: true, type: 'note', content_type: 'text/plain' },
      },
    ])
    for (const request of fake.writes()) expect(request.headers.authorization).toBe(`Token token=${fake.token}`)
    const stored = fake.tickets.get('4')
    expect(stored?.tags).toEqual(['undertone_negative', 'undertone_escalate'])
    expect(stored?.priorityId).toBe(3)
    expect(stored?.articles.at(-1)).toMatchObject({ internal: true, type: 'note' })
  })

  it('maps urgent to high, the nearest of the seeded priorities, and sends nothing for an empty change', async () => {
    fake = await startFakeZammad({ tickets: 1 })
    await zammadAdapter.writeBack(context(), '1', { addTags: [], removeTags: [], priority: 'urgent' })
    await zammadAdapter.writeBack(context(), '1', { addTags: [], removeTags: [] })
    expect(fake.writes().map((r) => r.body)).toEqual([{ priority_id: 3 }])
  })

  it('turns 429 with Retry-After into a retryable VendorHttpError with the wait, 500 into a retryable one, 404 into a permanent one', async () => {
    fake = await startFakeZammad({ tickets: 2 })
    fake.fail({ kind: 'status', status: 429, retryAfter: '7' })
    const limited = await zammadAdapter.writeBack(context(), '1', { addTags: ['undertone_negative'], removeTags: [] }).catch((e: unknown) => e)
    expect(limited).toBeInstanceOf(VendorHttpError)
    expect(limited).toMatchObject({ status: 429, retryAfterMs: 7_000, permanent: false })

    fake.fail({ kind: 'status', status: 500 })
    const broken = await zammadAdapter.writeBack(context(), '1', { addTags: [], removeTags: [], note: 'Reading: neutral.' }).catch((e: unknown) => e)
    expect(broken).toMatchObject({ status: 500, retryAfterMs: null, permanent: false })

    const missing = await zammadAdapter.writeBack(context(), '999', { addTags: [], removeTags: [], priority: 'low' }).catch((e: unknown) => e)
    expect(missing).toMatchObject({ status: 404, permanent: true })

    const unauthorized = await zammadAdapter.writeBack({ ...context(), credentials: { token: 'wrong' } }, '1', { addTags: ['x'], removeTags: [] }).catch((e: unknown) => e)
    expect(unauthorized).toMatchObject({ status: 401, permanent: true })
  })

  it('gives up on a hanging Zammad with a retryable VendorHttpError', async () => {
    fake = await startFakeZammad({ tickets: 1 })
    fake.fail({ kind: 'hang' })
    const hung = await zammadAdapter.writeBack(context(SETTINGS, 300), '1', { addTags: ['undertone_negative'], removeTags: [] }).catch((e: unknown) => e)
    expect(hung).toBeInstanceOf(VendorHttpError)
    expect(hung).toMatchObject({ status: null, permanent: false })
  })

  it('refuses to run without a token, permanently', async () => {
    fake = await startFakeZammad({ tickets: 1 })
    const error = await zammadAdapter.writeBack({ ...context(), credentials: {} }, '1', { addTags: ['x'], removeTags: [] }).catch((e: unknown) => e)
    expect(error).toMatchObject({ permanent: true })
    expect(fake.requests).toHaveLength(0)
  })

  it('backfills 250 tickets over three pages, resumable from the cursor without repeats, our notes left out', async () => {
    fake = await startFakeZammad({ tickets: 250 })
    await zammadAdapter.writeBack(context(), '10', { addTags: [], removeTags: [], note: 'Reading: negative.' })
    const expected = [...fake.tickets.values()].flatMap((t) => t.articles.filter((a) => a.createdById !== FAKE_ZAMMAD_BOT_USER_ID).map((a) => String(a.id)))

    const run = await backfillWithRestart(zammadAdapter, context(), 0, 1)
    expect(run.beforeRestart[0]?.conversations).toBe(100)
    expect(run.pages).toBe(3)
    expect(run.repeated).toEqual([])
    expect([...run.messages.keys()].sort()).toEqual(expected.sort())
    const seen = [...run.messages.values()]
    expect(seen.filter((m) => m.role === 'customer').every((m) => !m.text.includes('Please try the attached driver'))).toBe(true)
    expect(new Set(seen.map((m) => m.role))).toEqual(new Set(['customer', 'agent', 'system']))

    // A 429 in the middle of a page fails the page as a whole; it is read again from the same cursor.
    const cursor = run.beforeRestart[0]?.cursor ?? null
    fake.fail({ kind: 'status', status: 429, retryAfter: '2' }, 1, (r) => r.path.startsWith('/api/v1/ticket_articles'))
    expect(await zammadAdapter.backfillPage(context(), cursor, 0).catch((e: unknown) => e)).toMatchObject({ status: 429, retryAfterMs: 2_000, permanent: false })
    expect((await zammadAdapter.backfillPage(context(), cursor, 0)).conversations).toBe(100)
  })

  it('skips tickets not updated since `since`, and their articles before it', async () => {
    fake = await startFakeZammad({ tickets: 30, start: Date.parse('2026-01-01T00:00:00Z') })
    const since = Date.parse('2026-01-01T00:20:30Z')
    const page = await zammadAdapter.backfillPage(context(), null, since)
    expect(page.cursor).toBeNull()
    expect(page.messages.length).toBeGreaterThan(0)
    expect(page.messages.every((m) => m.createdAt >= since)).toBe(true)
    const articleCalls = fake.requests.filter((r) => r.path.startsWith('/api/v1/ticket_articles/by_ticket/'))
    expect(articleCalls.length).toBeLessThan(30)
  })

  it('refuses a cursor it did not make', async () => {
    fake = await startFakeZammad({ tickets: 1 })
    await expect(zammadAdapter.backfillPage(context(), 'page=2', 0)).rejects.toBeInstanceOf(VendorPayloadError)
  })

  it('round trip: a customer article in, the internal note we write back fires the trigger, and that webhook comes back as our own', async () => {
    const sink = await startScriptedReceiver('/hooks/zammad/c1', () => ({ status: 200 }))
    try {
      fake = await startFakeZammad({ tickets: 3, webhookUrl: sink.url, webhookSecret: SECRET })
      const incoming = inbound(fake.customerWrites(2, '<p>Third day without e-mail, this is unacceptable.</p>'), SECRET, 'delivery-in')
      expect(zammadAdapter.verify(incoming, [SECRET])).toEqual({ ok: true })
      expect(parseAsServer(zammadAdapter, incoming, SETTINGS).messages).toMatchObject([{ conversationId: '2', role: 'customer', text: 'Third day without e-mail, this is unacceptable.' }])
      await zammadAdapter.writeBack(context(), '2', { addTags: ['undertone_negative'], removeTags: [], note: 'Reading: negative (-0.64).' })
      await fake.webhooksSent()
      expect(sink.requests).toHaveLength(1)
      const request: InboundRequest = { rawBody: new Uint8Array(Buffer.from(sink.requests[0]?.body ?? '')), headers: sink.requests[0]?.headers ?? {}, now: Date.now() }
      expect(zammadAdapter.verify(request, [SECRET])).toEqual({ ok: true })
      const parsed = parseAsServer(zammadAdapter, request, SETTINGS)
      expect(parsed).toMatchObject({ messages: [], ignored: 'own-write-back' })
      expect(parsed.eventId).toMatch(/^fake-delivery-/)
      // Without the user id configured, the marker alone keeps it out.
      expect(parseAsServer(zammadAdapter, request, {}).ignored).toBe('own-write-back')
    } finally {
      await sink.close()
    }
  })

  it('works through the bounded fetch the server uses (private network allowed by the admin)', async () => {
    fake = await startFakeZammad({ tickets: 120 })
    const bounded = { ...context(), fetch: createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: true }) }
    await zammadAdapter.writeBack(bounded, '2', { addTags: ['undertone_negative'], removeTags: ['hardware'], priority: 'low', note: 'Reading: negative.' })
    expect(fake.writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v1/tags/add', 'DELETE /api/v1/tags/remove', 'PUT /api/v1/tickets/2', 'POST /api/v1/ticket_articles'])
    expect((await zammadAdapter.backfillPage(bounded, null, 0)).conversations).toBe(100)
  })

  it('links to the ticket in the agent UI', () => {
    expect(zammadAdapter.ticketUrl('https://support.example.org/', '512', {})).toBe('https://support.example.org/#ticket/zoom/512')
  })
})
