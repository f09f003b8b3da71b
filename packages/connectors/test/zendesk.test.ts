import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VendorHttpError, VendorPayloadError } from '../src/connector-errors.js'
import { backfillWithRestart, parseAsServer, testFetch } from '../src/testing/fake-helpdesk.js'
import { FAKE_ZENDESK_BOT_ID, type FakeZendesk, signedZendeskEvent, startFakeZendesk, zendeskCommentAddedEvent } from '../src/testing/fake-zendesk.js'
import type { ConnectorContext, InboundRequest } from '../src/vendor-adapter.js'
import { OWN_NOTE_MARKER } from '../src/vendors/own-note.js'
import { zendeskAdapter } from '../src/vendors/zendesk/index.js'

const SECRET = 'whsec-current-0f3a'
const OLD_SECRET = 'whsec-previous-77b1'
const NOW = Date.parse('2026-03-02T09:14:10Z')
const STAMP = '2026-03-02T09:14:06Z'
const SETTINGS = { botUserId: String(FAKE_ZENDESK_BOT_ID) }

function inbound(body: unknown, secret = SECRET, timestamp = STAMP): InboundRequest {
  const signed = signedZendeskEvent(body, secret, timestamp)
  return { rawBody: signed.rawBody, headers: signed.headers, now: NOW }
}

/** Parses `body` as the server would: the signed raw bytes plus their JSON. */
function parse(body: unknown, settings: Record<string, string> = SETTINGS) {
  return parseAsServer(zendeskAdapter, inbound(body), settings)
}

const customerComment = zendeskCommentAddedEvent({
  eventId: '6f0c2b7e-3d1a-4f55-9c0e-0a1b2c3d4e5f',
  ticketId: '48213',
  commentId: '700001',
  body: 'I was charged twice this month. This is the third time!',
  authorId: '9100001',
  requesterId: '9100001',
})

describe('zendesk: verify', () => {
  it('accepts a signature made with either active secret', () => {
    expect(zendeskAdapter.verify(inbound(customerComment, SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(zendeskAdapter.verify(inbound(customerComment, OLD_SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
  })

  it('refuses a signature made with another secret', () => {
    expect(zendeskAdapter.verify(inbound(customerComment, 'not-ours'), [SECRET, OLD_SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(zendeskAdapter.verify(inbound(customerComment), [])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })

  it('says which header is missing as missing', () => {
    const request = inbound(customerComment)
    const { 'x-zendesk-webhook-signature': _signature, ...noSignature } = request.headers
    const { 'x-zendesk-webhook-signature-timestamp': _timestamp, ...noTimestamp } = request.headers
    expect(zendeskAdapter.verify({ ...request, headers: noSignature }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
    expect(zendeskAdapter.verify({ ...request, headers: noTimestamp }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
  })

  it('refuses a correctly signed request outside the five-minute tolerance, either way', () => {
    const old = '2026-03-02T09:08:00Z'
    const future = '2026-03-02T09:20:00Z'
    expect(zendeskAdapter.verify(inbound(customerComment, SECRET, old), [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_STALE' })
    expect(zendeskAdapter.verify(inbound(customerComment, SECRET, future), [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_STALE' })
    expect(zendeskAdapter.verify(inbound(customerComment, SECRET, '2026-03-02T09:09:30Z'), [SECRET])).toEqual({ ok: true })
  })

  it('refuses the same payload re-serialised, and a timestamp swapped after signing', () => {
    const request = inbound(customerComment)
    const reserialised = new Uint8Array(Buffer.from(JSON.stringify(customerComment, null, 2)))
    expect(zendeskAdapter.verify({ ...request, rawBody: reserialised }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    const swapped = { ...request.headers, 'x-zendesk-webhook-signature-timestamp': '2026-03-02T09:14:09Z' }
    expect(zendeskAdapter.verify({ ...request, headers: swapped }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })
})

describe('zendesk: parseEvent (event subscriptions)', () => {
  it('maps a customer comment, normalising upper-case enums and keeping ids as strings', () => {
    const parsed = parse(customerComment)
    expect(parsed).toEqual({
      eventId: '6f0c2b7e-3d1a-4f55-9c0e-0a1b2c3d4e5f',
      messages: [
        {
          externalId: '700001',
          conversationId: '48213',
          customerId: '9100001',
          role: 'customer',
          text: 'I was charged twice this month. This is the third time!',
          createdAt: Date.parse(STAMP),
          status: 'open',
          channel: 'email',
          tags: ['billing'],
        },
      ],
    })
  })

  it('maps an agent reply with the agent id', () => {
    const parsed = parse(zendeskCommentAddedEvent({ eventId: 'e-2', ticketId: 48213, commentId: 700002, body: 'I have refunded the second charge.', authorId: 377001, requesterId: 9100001, isStaff: true }))
    expect(parsed.messages[0]).toMatchObject({ externalId: '700002', role: 'agent', agentId: '377001', customerId: '9100001' })
    expect(parsed.messages[0]?.internal).toBeUndefined()
  })

  it('marks a private comment internal', () => {
    const parsed = parse(zendeskCommentAddedEvent({ eventId: 'e-3', ticketId: 48213, commentId: 700003, body: 'Customer is on the enterprise plan, be careful.', authorId: 377001, requesterId: 9100001, isStaff: true, isPublic: false }))
    expect(parsed.messages[0]).toMatchObject({ role: 'agent', internal: true })
  })

  it('ignores comments by the configured bot user, and notes that open with our marker whoever wrote them', () => {
    const byBot = zendeskCommentAddedEvent({ eventId: 'e-4', ticketId: 48213, commentId: 700004, body: 'Anything at all', authorId: FAKE_ZENDESK_BOT_ID, requesterId: 9100001, isStaff: true, isPublic: false })
    expect(parse(byBot)).toEqual({ eventId: 'e-4', messages: [], ignored: 'own-write-back' })
    const marked = zendeskCommentAddedEvent({ eventId: 'e-5', ticketId: 48213, commentId: 700005, body: `${OWN_NOTE_MARKER}\nSentiment negative`, authorId: 1, requesterId: 9100001, isStaff: true, isPublic: false })
    expect(parse(marked, {})).toEqual({ eventId: 'e-5', messages: [], ignored: 'own-write-back' })
  })

  it('accepts numeric ids and keeps ids past 2^53 exact from the raw body', () => {
    const numeric = parse(zendeskCommentAddedEvent({ eventId: 'e-6', ticketId: 48213, commentId: 700006, body: 'Still waiting.', authorId: 9100001, requesterId: 9100001 }))
    expect(numeric.messages[0]).toMatchObject({ conversationId: '48213', externalId: '700006' })
    const text = JSON.stringify(zendeskCommentAddedEvent({ eventId: 'e-7', ticketId: 1, commentId: 2, body: 'Big ids here.', authorId: 3, requesterId: 3 }))
      .replace('"id":"1"', '"id":9007199254740993123')
      .replace('"id":"2"', '"id":18014398509481985')
    const request = inbound(text)
    const parsed = zendeskAdapter.parseEvent(JSON.parse(text), request, SETTINGS)
    expect(parsed.messages[0]).toMatchObject({ conversationId: '9007199254740993123', externalId: '18014398509481985' })
  })

  it('reads lower-case enums the same as upper-case ones', () => {
    const lower = zendeskCommentAddedEvent({ eventId: 'e-8', ticketId: 5, commentId: 6, body: 'ok', authorId: 7, requesterId: 7 }) as { detail: Record<string, unknown> }
    lower.detail['status'] = 'solved'
    expect(parse(lower).messages[0]?.status).toBe('resolved')
    lower.detail['status'] = 'HOLD'
    expect(parse(lower).messages[0]?.status).toBe('pending')
  })

  it('acknowledges status changes without messages and skips unknown event types', () => {
    const status = { ...customerComment, type: 'zen:event-type:ticket.status_changed', event: { current: 'SOLVED', previous: 'OPEN' } }
    expect(parse(status)).toEqual({ eventId: customerComment['id'], messages: [], ignored: 'no-message' })
    const unknown = { ...customerComment, type: 'zen:event-type:ticket.brand_changed' }
    expect(parse(unknown)).toEqual({ eventId: customerComment['id'], messages: [], ignored: 'unknown-event' })
    expect(parse({ type: 'zen:event-type:user.created', id: 'u-1', time: STAMP, detail: {} })).toMatchObject({ ignored: 'unknown-event' })
  })

  it('maps messaging messages by actor type', () => {
    const base = { type: 'zen:event-type:messaging_ticket.message_added', id: 'm-1', time: STAMP, subject: 'zen:ticket:77', detail: { id: '77', requester_id: '500' } }
    const customer = parse({ ...base, event: { actor: { id: '500', type: 'END_USER' }, message: { id: 'msg-1', body: 'The chat keeps freezing.' } } })
    expect(customer.messages[0]).toMatchObject({ role: 'customer', externalId: 'msg-1', conversationId: '77' })
    const bot = parse({ ...base, event: { actor: { id: 'zd:answerBot', type: 'system' }, message: { id: 'msg-2', body: 'Here is an article.' } } })
    expect(bot.messages[0]?.role).toBe('bot')
  })

  it('refuses malformed payloads with VendorPayloadError, never a TypeError', () => {
    const bad: unknown[] = [
      null,
      'text',
      [customerComment],
      42,
      { hello: 'world' },
      { ...customerComment, id: { nested: true } },
      { ...customerComment, time: 'yesterday' },
      { ...customerComment, detail: 'not an object' },
      { ...customerComment, event: {} },
      { ...customerComment, event: { comment: { id: [], body: 'x', author: { id: '1' } } } },
      { ...customerComment, event: { comment: { id: '1', body: 42, author: { id: '1' } } } },
      { ...customerComment, detail: { id: '1', status: 'OPEN' }, event: { comment: { id: '1', body: 'x', author: { id: '2', is_staff: true } } } },
      { ticket_id: '1' },
    ]
    for (const body of bad) {
      expect(() => parse(body), JSON.stringify(body)).toThrow(VendorPayloadError)
    }
    const huge = { ...customerComment, padding: 'x'.repeat(5 * 1024 * 1024) }
    expect(() => parse(huge)).toThrow(VendorPayloadError)
  })
})

describe('zendesk: parseEvent (trigger body)', () => {
  const trigger = {
    source: 'zendesk',
    ticket_id: '48213',
    comment_id: '700010',
    comment_html: '<p>Your update <b>broke</b> the export again.</p><blockquote>We shipped a fix.</blockquote>',
    comment_public: 'true',
    actor_id: '9100001',
    actor_role: 'End-user',
    requester_id: '9100001',
    status: 'Open',
    via: 'Web Form',
    tags: 'billing plan_pro',
    updated_at: '2026-03-02T09:14:06Z',
  }

  it('maps the template body with a stable id from ticket and comment', () => {
    expect(parse(trigger)).toEqual({
      eventId: 'ticket:48213:comment:700010',
      messages: [
        {
          externalId: '700010',
          conversationId: '48213',
          customerId: '9100001',
          role: 'customer',
          text: 'Your update broke the export again.',
          createdAt: Date.parse('2026-03-02T09:14:06Z'),
          status: 'open',
          channel: 'web_form',
          tags: ['billing', 'plan_pro'],
        },
      ],
    })
  })

  it('builds the id from the update time when the comment id is empty, and tells agents by role', () => {
    const parsed = parse({ ...trigger, comment_id: '', actor_id: '377001', actor_role: 'Agent' })
    expect(parsed.eventId).toBe('ticket:48213:updated:2026-03-02T09:14:06Z')
    expect(parsed.messages[0]).toMatchObject({ role: 'agent', agentId: '377001', externalId: 'ticket:48213:updated:2026-03-02T09:14:06Z' })
  })

  it('ignores the bot actor and empty comments', () => {
    expect(parse({ ...trigger, actor_id: String(FAKE_ZENDESK_BOT_ID) }).ignored).toBe('own-write-back')
    expect(parse({ ...trigger, comment_html: '' }).ignored).toBe('no-message')
  })
})

describe('zendesk: writeBack and backfill against the fake', () => {
  let fake: FakeZendesk
  let context: ConnectorContext

  beforeEach(async () => {
    fake = await startFakeZendesk({ tickets: 250 })
    context = { baseUrl: fake.url, credentials: { email: fake.email, token: fake.token }, settings: { ...SETTINGS, backfillPageSize: '100' }, fetch: testFetch(1_000) }
  })
  afterEach(async () => {
    await fake.close()
  })

  it('adds and removes tags, then sets priority and writes an internal note with safe_update', async () => {
    await zendeskAdapter.writeBack(context, '40001', { addTags: ['undertone_negative'], removeTags: ['billing'], priority: 'high', note: 'Reading: negative (-0.8).' })
    const writes = fake.writes()
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(['PUT /api/v2/tickets/40001/tags', 'DELETE /api/v2/tickets/40001/tags', 'PUT /api/v2/tickets/40001'])
    expect(writes[0]?.body).toEqual({ tags: ['undertone_negative'] })
    expect(writes[1]?.body).toEqual({ tags: ['billing'] })
    const readBeforeUpdate = fake.requests.filter((r) => r.method === 'GET')
    expect(readBeforeUpdate.map((r) => r.path)).toEqual(['/api/v2/tickets/40001'])
    expect(writes[2]?.body).toEqual({
      ticket: {
        priority: 'high',
        comment: { public: false, body: `${OWN_NOTE_MARKER}\nReading: negative (-0.8).`, author_id: FAKE_ZENDESK_BOT_ID },
        safe_update: true,
        updated_stamp: expect.stringMatching(/^\d{4}-/),
      },
    })
    expect(writes[2]?.headers['authorization']).toBe('Basic ' + Buffer.from(`${fake.email}/token:${fake.token}`).toString('base64'))
    expect(writes[2]?.headers['content-type']).toBe('application/json')
    const ticket = fake.tickets.get('40001')
    expect(ticket?.tags).toEqual(['undertone_negative'])
    expect(ticket?.priority).toBe('high')
    expect(ticket?.comments.at(-1)).toMatchObject({ public: false, authorId: FAKE_ZENDESK_BOT_ID })
  })

  it('sends only what changed: tags alone make no ticket update', async () => {
    await zendeskAdapter.writeBack(context, '40002', { addTags: ['undertone_escalate'], removeTags: [] })
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /api/v2/tickets/40002/tags'])
    await zendeskAdapter.writeBack(context, '40002', { addTags: [], removeTags: [] })
    expect(fake.requests).toHaveLength(1)
  })

  it('re-reads and retries once on 409, and gives up retryably after a second conflict', async () => {
    fake.concurrentEdits(1)
    await zendeskAdapter.writeBack(context, '40003', { addTags: [], removeTags: [], priority: 'urgent' })
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/tickets/40003', 'PUT /api/v2/tickets/40003', 'GET /api/v2/tickets/40003', 'PUT /api/v2/tickets/40003'])
    expect(fake.tickets.get('40003')?.priority).toBe('urgent')
    fake.concurrentEdits(2)
    const error = await zendeskAdapter.writeBack(context, '40003', { addTags: [], removeTags: [], priority: 'low' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VendorHttpError)
    expect(error).toMatchObject({ status: 409, permanent: false })
  })

  it('surfaces 429 with its Retry-After, 500 as retryable, 404 and 401 as permanent, a hang as a retryable timeout', async () => {
    const change = { addTags: ['undertone_negative'], removeTags: [] }
    fake.fail({ kind: 'status', status: 429, retryAfter: '7' })
    await expect(zendeskAdapter.writeBack(context, '40004', change)).rejects.toMatchObject({ status: 429, retryAfterMs: 7000, permanent: false })
    fake.fail({ kind: 'status', status: 500 })
    await expect(zendeskAdapter.writeBack(context, '40004', change)).rejects.toMatchObject({ status: 500, retryAfterMs: null, permanent: false })
    await expect(zendeskAdapter.writeBack(context, '99999999', change)).rejects.toMatchObject({ status: 404, permanent: true })
    await expect(zendeskAdapter.writeBack({ ...context, credentials: { email: fake.email, token: 'wrong' } }, '40004', change)).rejects.toMatchObject({ status: 401, permanent: true })
    fake.fail({ kind: 'hang' })
    const hung = await zendeskAdapter.writeBack({ ...context, fetch: testFetch(200) }, '40004', change).catch((e: unknown) => e)
    expect(hung).toBeInstanceOf(VendorHttpError)
    expect(hung).toMatchObject({ status: null, permanent: false })
    await expect(zendeskAdapter.writeBack({ ...context, credentials: {} }, '40004', change)).rejects.toMatchObject({ permanent: true })
  })

  it('backfills every comment once across pages, resumes from a stored cursor, and leaves our notes out', async () => {
    await zendeskAdapter.writeBack(context, '40010', { addTags: [], removeTags: [], note: 'Reading: negative.' })
    // The first run stops after 2 page(s); a new process resumes from the cursor it stored.
    const run = await backfillWithRestart(zendeskAdapter, context, 0, 2)
    expect(run.beforeRestart.map((p) => p.conversations)).toEqual([100, 100])
    expect(run.repeated).toEqual([])
    expect(run.pages).toBe(3)
    const seen = run.messages
    const expected = [...fake.tickets.values()].reduce((n, t) => n + t.comments.filter((c) => c.authorId !== FAKE_ZENDESK_BOT_ID).length, 0)
    expect(seen.size).toBe(expected)
    expect([...seen.values()].some((m) => m.text.startsWith(OWN_NOTE_MARKER))).toBe(false)
    const ticket3 = [...seen.values()].filter((m) => m.conversationId === '40003')
    expect(ticket3.map((m) => [m.role, m.internal ?? false])).toEqual([
      ['customer', false],
      ['agent', false],
      ['agent', true],
    ])
    expect(ticket3[0]).toMatchObject({ customerId: '9000003', channel: 'email', status: 'open' })
    expect(ticket3[1]).toMatchObject({ agentId: '377001' })
  })

  it('starts from since and surfaces 429 during the export or the comments as retryAfterMs', async () => {
    const since = Date.parse('2026-01-01T00:00:00Z') + 200 * 60_000
    const page = await zendeskAdapter.backfillPage(context, null, since)
    expect(page.conversations).toBe(51)
    expect(page.cursor).toBeNull()
    fake.fail({ kind: 'status', status: 429, retryAfter: '30' })
    await expect(zendeskAdapter.backfillPage(context, null, 0)).rejects.toMatchObject({ status: 429, retryAfterMs: 30_000 })
    fake.fail({ kind: 'status', status: 429, retryAfter: new Date(Date.now() + 60_000).toUTCString() }, 1, (r) => r.path.endsWith('/comments.json'))
    const error = await zendeskAdapter.backfillPage(context, null, 0).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VendorHttpError)
    expect((error as VendorHttpError).retryAfterMs).toBeGreaterThan(50_000)
    expect((error as VendorHttpError).retryAfterMs).toBeLessThanOrEqual(60_000)
  })

  it('links to the agent UI', () => {
    expect(zendeskAdapter.ticketUrl('https://acme.zendesk.com/', '48213', {})).toBe('https://acme.zendesk.com/agent/tickets/48213')
  })
})
