import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VendorHttpError, VendorPayloadError } from '../src/connector-errors.js'
import { backfillWithRestart, parseAsServer, testFetch } from '../src/testing/fake-helpdesk.js'
import { FAKE_INTERCOM_ADMIN_ID, FAKE_INTERCOM_BOT_ADMIN_ID, type FakeIntercom, intercomNotification, signedIntercomEvent, startFakeIntercom } from '../src/testing/fake-intercom.js'
import type { ConnectorContext, InboundRequest } from '../src/vendor-adapter.js'
import { intercomAdapter } from '../src/vendors/intercom/index.js'
import { OWN_NOTE_MARKER } from '../src/vendors/own-note.js'

const SECRET = 'intercom-client-secret-new'
const OLD_SECRET = 'intercom-client-secret-old'
const NOW = Date.parse('2026-03-02T09:20:00Z')
const SETTINGS = { adminId: FAKE_INTERCOM_BOT_ADMIN_ID }

function inbound(body: unknown, secret = SECRET): InboundRequest {
  const signed = signedIntercomEvent(body, secret)
  return { rawBody: signed.rawBody, headers: signed.headers, now: NOW }
}

function parse(body: unknown, settings: Record<string, string> = SETTINGS) {
  return parseAsServer(intercomAdapter, inbound(body), settings)
}

function conversation(parts: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'conversation',
    id: '215468790012345',
    created_at: 1772442845,
    updated_at: 1772443011,
    state: 'open',
    source: { type: 'conversation', id: '3001', delivered_as: 'customer_initiated', body: '<p>Your app deleted my project. I need this fixed <b>today</b>.</p>', author: { type: 'user', id: '65f0c0ffee0001' } },
    contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: '65f0c0ffee0001' }] },
    tags: { type: 'tag.list', tags: [{ type: 'tag', id: '7', name: 'projects' }] },
    conversation_parts: { type: 'conversation_part.list', total_count: parts.length, conversation_parts: parts },
    ...overrides,
  }
}

const userPart = { type: 'conversation_part', id: '9002', part_type: 'comment', created_at: 1772443011, body: '<p>Q3 roadmap. This is unacceptable.</p>', author: { type: 'user', id: '65f0c0ffee0001' } }
const replied = intercomNotification('notif_1b9e4c2a-0000-4000-8000-00000000abcd', 'conversation.user.replied', conversation([userPart]))

describe('intercom: verify', () => {
  it('accepts sha1=<hex HMAC-SHA1 of the raw body> under either active client secret', () => {
    expect(intercomAdapter.verify(inbound(replied, SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(intercomAdapter.verify(inbound(replied, OLD_SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    const request = inbound(replied)
    const upper = { ...request.headers, 'x-hub-signature': (request.headers['x-hub-signature'] as string).toUpperCase() }
    expect(intercomAdapter.verify({ ...request, headers: upper }, [SECRET])).toEqual({ ok: true })
  })

  it('refuses a wrong, missing or re-serialised signature', () => {
    expect(intercomAdapter.verify(inbound(replied, 'other'), [SECRET, OLD_SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    const request = inbound(replied)
    expect(intercomAdapter.verify({ ...request, headers: {} }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
    const bare = { 'x-hub-signature': (request.headers['x-hub-signature'] as string).slice(5) }
    expect(intercomAdapter.verify({ ...request, headers: bare }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    const reserialised = new Uint8Array(Buffer.from(JSON.stringify(replied, null, 1)))
    expect(intercomAdapter.verify({ ...request, rawBody: reserialised }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })
})

describe('intercom: parseEvent', () => {
  it('maps the opening message of a new conversation from its source, seconds as milliseconds', () => {
    const parsed = parse(intercomNotification('notif_a', 'conversation.user.created', conversation([])))
    expect(parsed).toEqual({
      eventId: 'notif_a',
      messages: [
        {
          externalId: '3001',
          conversationId: '215468790012345',
          customerId: '65f0c0ffee0001',
          role: 'customer',
          text: 'Your app deleted my project. I need this fixed today.',
          createdAt: 1772442845_000,
          channel: 'chat',
          tags: ['projects'],
          status: 'open',
        },
      ],
    })
  })

  it('reads an opening message sent by a campaign or custom bot as a bot', () => {
    const item = conversation([], { source: { type: 'email', id: '3002', delivered_as: 'campaigns_initiated', body: '<p>Try our new plan!</p>', author: { type: 'admin', id: '5512001' } } })
    expect(parse(intercomNotification('notif_i', 'conversation.admin.single.created', item)).messages[0]).toMatchObject({ role: 'bot', channel: 'email', customerId: '65f0c0ffee0001' })
  })

  it('maps a customer reply from the parts, without repeating the source', () => {
    const parsed = parse(replied)
    expect(parsed.eventId).toBe('notif_1b9e4c2a-0000-4000-8000-00000000abcd')
    expect(parsed.messages).toHaveLength(1)
    expect(parsed.messages[0]).toMatchObject({ externalId: '9002', role: 'customer', text: 'Q3 roadmap. This is unacceptable.', createdAt: 1772443011_000 })
  })

  it('maps an admin reply, an admin note (internal), a bot answer, and skips parts without words', () => {
    const parts = [
      { id: '9003', part_type: 'comment', created_at: 1772443100, body: '<p>Restored from backup.</p>', author: { type: 'admin', id: '5512001' } },
      { id: '9004', part_type: 'note', created_at: 1772443200, body: '<p>Offer a credit.</p>', author: { type: 'admin', id: '5512001' } },
      { id: '9005', part_type: 'comment', created_at: 1772443300, body: '<p>Here is an article.</p>', author: { type: 'admin', id: '5512002', from_ai_agent: true } },
      { id: '9006', part_type: 'comment', created_at: 1772443400, body: '<p>Thanks for waiting.</p>', author: { type: 'bot', id: '4400' } },
      { id: '9007', part_type: 'assignment', created_at: 1772443500, body: null, author: { type: 'admin', id: '5512001' } },
    ]
    const parsed = parse(intercomNotification('notif_b', 'conversation.admin.replied', conversation(parts)))
    expect(parsed.messages.map((m) => [m.externalId, m.role, m.internal ?? false, m.agentId])).toEqual([
      ['9003', 'agent', false, '5512001'],
      ['9004', 'agent', true, '5512001'],
      ['9005', 'bot', false, undefined],
      ['9006', 'bot', false, undefined],
    ])
  })

  it('ignores notes by the configured admin and notes opening with our marker', () => {
    const ours = { id: '9008', part_type: 'note', created_at: 1772443600, body: '<p>whatever</p>', author: { type: 'admin', id: FAKE_INTERCOM_BOT_ADMIN_ID } }
    expect(parse(intercomNotification('notif_c', 'conversation.admin.noted', conversation([ours])))).toEqual({ eventId: 'notif_c', messages: [], ignored: 'own-write-back' })
    const marked = { ...ours, id: '9009', author: { type: 'admin', id: '1' }, body: `<p>${OWN_NOTE_MARKER}</p><p>negative</p>` }
    expect(parse(intercomNotification('notif_d', 'conversation.admin.noted', conversation([marked])), {}).ignored).toBe('own-write-back')
  })

  it('accepts numeric ids and upper-case topics, states and author types', () => {
    const part = { id: 9010, part_type: 'COMMENT', created_at: '1772443011', body: 'Plain words.', author: { type: 'USER', id: 777 } }
    const item = conversation([part], { id: 215468790012346, state: 'SNOOZED', contacts: { contacts: [{ id: 777 }] } })
    const parsed = parse(intercomNotification('notif_e', 'CONVERSATION.USER.REPLIED', item))
    expect(parsed.messages[0]).toMatchObject({ externalId: '9010', conversationId: '215468790012346', customerId: '777', role: 'customer', status: 'pending' })
  })

  it('acknowledges state topics without messages and skips unknown topics', () => {
    expect(parse(intercomNotification('notif_f', 'conversation.admin.closed', conversation([])))).toEqual({ eventId: 'notif_f', messages: [], ignored: 'no-message' })
    expect(parse(intercomNotification('notif_g', 'contact.created', { type: 'contact' }))).toEqual({ eventId: 'notif_g', messages: [], ignored: 'unknown-event' })
    expect(parse({ type: 'notification_event', id: 'notif_h', topic: 'ping', data: { item: { message: 'hi' } } }).ignored).toBe('unknown-event')
  })

  it('refuses malformed notifications with VendorPayloadError', () => {
    const bad: unknown[] = [
      null,
      'notif',
      [replied],
      { ...replied, id: undefined },
      { ...replied, id: { x: 1 } },
      { ...replied, data: 'nope' },
      { ...replied, data: { item: [] } },
      intercomNotification('n1', 'conversation.user.replied', conversation([], { conversation_parts: { conversation_parts: 'x' } })),
      intercomNotification('n2', 'conversation.user.replied', conversation([{ ...userPart, author: undefined }])),
      intercomNotification('n3', 'conversation.user.replied', conversation([{ ...userPart, created_at: 'yesterday' }])),
      intercomNotification('n4', 'conversation.user.replied', conversation([{ ...userPart, body: 12 }])),
      intercomNotification('n5', 'conversation.user.replied', conversation([{ ...userPart, id: undefined }])),
      intercomNotification('n6', 'conversation.admin.replied', conversation([{ ...userPart, author: { type: 'admin', id: '1' } }], { contacts: {}, source: undefined })),
      intercomNotification('n7', 'conversation.user.created', conversation([], { created_at: 'x' })),
    ]
    for (const body of bad) expect(() => parse(body), JSON.stringify(body)).toThrow(VendorPayloadError)
    expect(() => parse({ ...replied, padding: 'z'.repeat(5 * 1024 * 1024) })).toThrow(VendorPayloadError)
  })
})

describe('intercom: writeBack and backfill against the fake', () => {
  let fake: FakeIntercom
  let context: ConnectorContext

  beforeEach(async () => {
    fake = await startFakeIntercom({ conversations: 230 })
    context = { baseUrl: fake.url, credentials: { accessToken: fake.accessToken }, settings: { ...SETTINGS, backfillPageSize: '50' }, fetch: testFetch(1_000) }
  })
  afterEach(async () => {
    await fake.close()
  })

  it('creates and attaches tags, removes ours, sets the priority attribute and adds an admin note', async () => {
    const id = '215468790000001'
    await intercomAdapter.writeBack(context, id, { addTags: ['undertone_negative'], removeTags: [], priority: 'high', note: 'Reading: negative.' })
    await intercomAdapter.writeBack(context, id, { addTags: [], removeTags: ['undertone_negative', 'never_created'] })
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /tags',
      `POST /conversations/${id}/tags`,
      `PUT /conversations/${id}`,
      `POST /conversations/${id}/reply`,
      'GET /tags',
      `DELETE /conversations/${id}/tags/101`,
    ])
    const bodies = fake.requests.map((r) => r.body)
    expect(bodies[0]).toEqual({ name: 'undertone_negative' })
    expect(bodies[1]).toEqual({ id: '101', admin_id: FAKE_INTERCOM_BOT_ADMIN_ID })
    expect(bodies[2]).toEqual({ custom_attributes: { 'Undertone priority': 'high' } })
    expect(bodies[3]).toEqual({ message_type: 'note', type: 'admin', admin_id: FAKE_INTERCOM_BOT_ADMIN_ID, body: `<p>${OWN_NOTE_MARKER}</p><p>Reading: negative.</p>` })
    expect(bodies[5]).toEqual({ admin_id: FAKE_INTERCOM_BOT_ADMIN_ID })
    expect(fake.requests[1]?.headers['authorization']).toBe(`Bearer ${fake.accessToken}`)
    expect(fake.requests[1]?.headers['intercom-version']).toBe('2.11')
    const stored = fake.conversations.get(id)
    expect(stored?.tagIds).toEqual([])
    expect(stored?.parts.at(-1)).toMatchObject({ partType: 'note', authorType: 'admin', authorId: FAKE_INTERCOM_BOT_ADMIN_ID })
  })

  it('needs an admin id, and reports a missing priority attribute as permanent', async () => {
    await expect(intercomAdapter.writeBack({ ...context, settings: {} }, '215468790000002', { addTags: ['x'], removeTags: [] })).rejects.toMatchObject({ permanent: true })
    const missing = { ...context, settings: { ...context.settings, priorityAttribute: 'Not there' } }
    await expect(intercomAdapter.writeBack(missing, '215468790000002', { addTags: [], removeTags: [], priority: 'urgent' })).rejects.toMatchObject({ status: 400, permanent: true })
    const none = { ...context, settings: { ...context.settings, priorityAttribute: '' } }
    const before = fake.requests.length
    await intercomAdapter.writeBack(none, '215468790000002', { addTags: [], removeTags: [], priority: 'urgent' })
    expect(fake.requests.length).toBe(before)
  })

  it('surfaces 429 with Retry-After, 500 as retryable, 404 and 401 as permanent, a hang as a timeout', async () => {
    const change = { addTags: ['undertone_escalate'], removeTags: [] }
    const id = '215468790000003'
    fake.fail({ kind: 'status', status: 429, retryAfter: '3' })
    await expect(intercomAdapter.writeBack(context, id, change)).rejects.toMatchObject({ status: 429, retryAfterMs: 3000, permanent: false })
    fake.fail({ kind: 'status', status: 503 })
    await expect(intercomAdapter.writeBack(context, id, change)).rejects.toMatchObject({ status: 503, permanent: false })
    await expect(intercomAdapter.writeBack(context, 'nope', change)).rejects.toMatchObject({ status: 404, permanent: true })
    await expect(intercomAdapter.writeBack({ ...context, credentials: { accessToken: 'wrong' } }, id, change)).rejects.toMatchObject({ status: 401, permanent: true })
    fake.fail({ kind: 'hang' })
    const hung = await intercomAdapter.writeBack({ ...context, fetch: testFetch(200) }, id, change).catch((e: unknown) => e)
    expect(hung).toBeInstanceOf(VendorHttpError)
    expect(hung).toMatchObject({ status: null, permanent: false })
  })

  it('backfills every worded message once across search pages, resuming from a stored cursor, our notes left out', async () => {
    await intercomAdapter.writeBack(context, '215468790000010', { addTags: [], removeTags: [], note: 'Reading: negative.' })
    // The first run stops after 1 page(s); a new process resumes from the cursor it stored.
    const run = await backfillWithRestart(intercomAdapter, context, 0, 1)
    expect(run.beforeRestart[0]).toMatchObject({ conversations: 50, total: 230 })
    expect(run.repeated).toEqual([])
    expect(run.pages).toBe(5)
    const seen = run.messages
    const expected = [...fake.conversations.values()].reduce((n, c) => n + 1 + c.parts.filter((p) => p.body !== null && p.authorId !== FAKE_INTERCOM_BOT_ADMIN_ID).length, 0)
    expect(seen.size).toBe(expected)
    const third = [...seen.values()].filter((m) => m.conversationId === '215468790000003')
    expect(third.map((m) => [m.role, m.internal ?? false])).toEqual([
      ['customer', false],
      ['bot', false],
      ['customer', false],
      ['agent', false],
      ['agent', true],
    ])
    expect(third[3]).toMatchObject({ agentId: FAKE_INTERCOM_ADMIN_ID, customerId: '65f0c0ffee0003', channel: 'chat' })
  })

  it('searches from since and surfaces 429 as retryAfterMs', async () => {
    const since = Date.parse('2026-01-01T00:00:00Z') + 200 * 60_000
    const page = await intercomAdapter.backfillPage(context, null, since)
    expect(fake.requests[0]?.body).toMatchObject({ query: { field: 'updated_at', operator: '>', value: since / 1000 }, pagination: { per_page: 50 } })
    expect(page).toMatchObject({ conversations: 30, total: 30, cursor: null })
    fake.fail({ kind: 'status', status: 429, retryAfter: '20' }, 1, (r) => r.method === 'GET')
    await expect(intercomAdapter.backfillPage(context, null, 0)).rejects.toMatchObject({ status: 429, retryAfterMs: 20_000 })
    await expect(intercomAdapter.backfillPage(context, 'garbage', 0)).rejects.toMatchObject({ permanent: true })
  })

  it('links to the inbox of the right region', () => {
    expect(intercomAdapter.ticketUrl('https://api.intercom.io', '215', { appId: 'k9x2wq7a' })).toBe('https://app.intercom.com/a/inbox/k9x2wq7a/inbox/conversation/215')
    expect(intercomAdapter.ticketUrl('https://api.eu.intercom.io', '215', { appId: 'k9x2wq7a' })).toBe('https://app.eu.intercom.com/a/inbox/k9x2wq7a/inbox/conversation/215')
  })
})
