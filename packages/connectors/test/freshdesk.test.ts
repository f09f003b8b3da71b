import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VendorHttpError, VendorPayloadError } from '../src/connector-errors.js'
import { backfillWithRestart, parseAsServer, testFetch } from '../src/testing/fake-helpdesk.js'
import { FAKE_FRESHDESK_AGENT_ID, FAKE_FRESHDESK_BOT_ID, type FakeFreshdesk, freshdeskConversationEvent, signedFreshdeskEvent, startFakeFreshdesk } from '../src/testing/fake-freshdesk.js'
import type { ConnectorContext, InboundRequest } from '../src/vendor-adapter.js'
import { freshdeskAdapter } from '../src/vendors/freshdesk/index.js'
import { OWN_NOTE_MARKER } from '../src/vendors/own-note.js'

const SECRET = 'fd-shared-secret-current'
const OLD_SECRET = 'fd-shared-secret-previous'
const NOW = Date.parse('2026-03-03T08:00:00Z')
const SETTINGS = { botAgentId: String(FAKE_FRESHDESK_BOT_ID) }

function inbound(body: unknown, secret = SECRET, how: 'header' | 'basic' = 'header'): InboundRequest {
  const signed = signedFreshdeskEvent(body, secret, how)
  return { rawBody: signed.rawBody, headers: signed.headers, now: NOW }
}

function parse(body: unknown, settings: Record<string, string> = SETTINGS) {
  return parseAsServer(freshdeskAdapter, inbound(body), settings)
}

const customerReply = freshdeskConversationEvent({
  ticketId: 5150,
  requesterId: 42000777,
  conversationId: 8800101,
  body: '<div>Still broken after your fix. Very disappointed.</div>',
  userId: 42000777,
  incoming: true,
})

describe('freshdesk: verify', () => {
  it('accepts the shared secret in the header or as the basic-auth password, with either active secret', () => {
    expect(freshdeskAdapter.verify(inbound(customerReply, SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(freshdeskAdapter.verify(inbound(customerReply, OLD_SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(freshdeskAdapter.verify(inbound(customerReply, OLD_SECRET, 'basic'), [SECRET, OLD_SECRET])).toEqual({ ok: true })
  })

  it('does not bind the body: Freshdesk signs nothing, so a re-serialised body with the right secret passes (dedupe stops replays)', () => {
    const request = inbound(customerReply)
    const reserialised = new Uint8Array(Buffer.from(JSON.stringify(customerReply, null, 2)))
    expect(freshdeskAdapter.verify({ ...request, rawBody: reserialised }, [SECRET])).toEqual({ ok: true })
  })

  it('refuses a wrong or missing secret', () => {
    expect(freshdeskAdapter.verify(inbound(customerReply, 'guess'), [SECRET, OLD_SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(freshdeskAdapter.verify(inbound(customerReply, `${SECRET}x`, 'basic'), [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(freshdeskAdapter.verify({ ...inbound(customerReply), headers: { 'content-type': 'application/json' } }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
    expect(freshdeskAdapter.verify({ ...inbound(customerReply), headers: { authorization: 'Basic !!!' } }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
    expect(freshdeskAdapter.verify(inbound(customerReply), [])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })
})

describe('freshdesk: parseEvent', () => {
  it('maps a customer reply, with status, channel and tags from the names Freshdesk renders', () => {
    expect(parse(customerReply)).toEqual({
      eventId: 'ticket:5150:conversation:8800101',
      messages: [
        {
          externalId: '8800101',
          conversationId: '5150',
          customerId: '42000777',
          role: 'customer',
          text: 'Still broken after your fix. Very disappointed.',
          createdAt: Date.parse('2026-03-03T07:55:10Z'),
          status: 'open',
          channel: 'email',
          tags: ['billing'],
        },
      ],
    })
  })

  it('maps an agent reply and a private note', () => {
    const reply = parse(freshdeskConversationEvent({ ticketId: '5150', requesterId: '42000777', conversationId: '8800102', body: 'We have rolled back the change.', userId: '42000001', incoming: false }))
    expect(reply.messages[0]).toMatchObject({ role: 'agent', agentId: '42000001', externalId: '8800102' })
    expect(reply.messages[0]?.internal).toBeUndefined()
    const note = parse(freshdeskConversationEvent({ ticketId: 5150, requesterId: 42000777, conversationId: 8800103, body: 'Escalating to L2.', userId: 42000001, incoming: false, private: true }))
    expect(note.messages[0]).toMatchObject({ role: 'agent', internal: true })
  })

  it('reads numeric codes and names in any case', () => {
    const numeric = { ...customerReply, status: 4, ticket_source: 7 }
    expect(parse(numeric).messages[0]).toMatchObject({ status: 'resolved', channel: 'chat' })
    const upper = { ...customerReply, status: 'CLOSED', ticket_source: 'PHONE' }
    expect(parse(upper).messages[0]).toMatchObject({ status: 'closed', channel: 'phone' })
    expect(parse({ ...customerReply, status: '7' }).messages[0]?.status).toBe('pending')
  })

  it('maps the ticket description as message #1 with the id the backfill uses', () => {
    const created = { source: 'freshdesk', event: 'ticket_created', ticket_id: '5150', requester_id: '42000777', status: 'Open', description: '<div>The sync stopped after the update.</div>', created_at: '2026-03-03T07:00:00Z' }
    expect(parse(created)).toEqual({
      eventId: 'ticket:5150:description',
      messages: [{ externalId: 'ticket:5150:description', conversationId: '5150', customerId: '42000777', role: 'customer', text: 'The sync stopped after the update.', createdAt: Date.parse('2026-03-03T07:00:00Z'), status: 'open' }],
    })
  })

  it('maps the template body (latest public comment) with an id hashed from the comment, and unwraps Simple bodies', () => {
    const template = { source: 'freshdesk', event: 'customer_reply', ticket_id: '5150', requester_id: '42000777', status: 'Pending', latest_public_comment: 'Any news on this?' }
    const first = parse(template)
    expect(first.eventId).toMatch(/^ticket:5150:comment:[0-9a-f]{24}$/)
    expect(first.messages[0]).toMatchObject({ role: 'customer', externalId: first.eventId, text: 'Any news on this?', createdAt: NOW, status: 'pending' })
    expect(parse(template).eventId).toBe(first.eventId)
    expect(parse({ freshdesk_webhook: template }).eventId).toBe(first.eventId)
    expect(parse({ ...template, event: 'agent_reply' }).messages[0]?.role).toBe('agent')
  })

  it('ignores the bot agent and our own notes, and unknown events', () => {
    const byBot = freshdeskConversationEvent({ ticketId: 1, requesterId: 2, conversationId: 3, body: 'anything', userId: FAKE_FRESHDESK_BOT_ID, incoming: false, private: true })
    expect(parse(byBot)).toEqual({ eventId: 'ticket:1:conversation:3', messages: [], ignored: 'own-write-back' })
    const marked = freshdeskConversationEvent({ ticketId: 1, requesterId: 2, conversationId: 4, body: `<p>${OWN_NOTE_MARKER}</p><p>negative</p>`, userId: 5, incoming: false, private: true })
    expect(parse(marked, {}).ignored).toBe('own-write-back')
    const unknown = parse({ ...customerReply, event: 'Ticket Merged' })
    expect(unknown).toMatchObject({ messages: [], ignored: 'unknown-event' })
    expect(unknown.eventId).toBe(parse({ ...customerReply, event: 'Ticket Merged' }).eventId)
  })

  it('refuses malformed payloads with VendorPayloadError', () => {
    const bad: unknown[] = [
      null,
      'text',
      [],
      { event: 'customer_reply' },
      { ...customerReply, ticket_id: { id: 1 } },
      { ...customerReply, requester_id: undefined },
      { ...customerReply, conversation: { ...(customerReply['conversation'] as object), id: undefined } },
      { ...customerReply, conversation: { ...(customerReply['conversation'] as object), body: 12 } },
      { ...customerReply, created_at: 'soon' },
      { source: 'freshdesk', event: 'ticket_created', ticket_id: '1', requester_id: '2' },
    ]
    for (const body of bad) expect(() => parse(body), JSON.stringify(body)).toThrow(VendorPayloadError)
    expect(() => parse({ ...customerReply, padding: 'y'.repeat(5 * 1024 * 1024) })).toThrow(VendorPayloadError)
    // Without the raw bytes, an id already rounded by JSON.parse is refused rather than stored under another ticket.
    expect(() => freshdeskAdapter.parseEvent({ ...customerReply, ticket_id: 2 ** 60 }, { rawBody: new Uint8Array(), headers: {}, now: NOW }, {})).toThrow(VendorPayloadError)
  })
})

describe('freshdesk: writeBack and backfill against the fake', () => {
  let fake: FakeFreshdesk
  let context: ConnectorContext

  beforeEach(async () => {
    fake = await startFakeFreshdesk({ tickets: 320 })
    context = { baseUrl: fake.url, credentials: { apiKey: fake.apiKey }, settings: SETTINGS, fetch: testFetch(1_000) }
  })
  afterEach(async () => {
    await fake.close()
  })

  it('merges tags into the ticket, sets priority in the same update, then adds a private note', async () => {
    fake.tickets.get('5001')?.tags.push('vip')
    await freshdeskAdapter.writeBack(context, '5001', { addTags: ['undertone_negative'], removeTags: ['billing'], priority: 'urgent', note: 'Reading: negative (-0.7) <angry>.' })
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/tickets/5001', 'PUT /api/v2/tickets/5001', 'POST /api/v2/tickets/5001/notes'])
    const [update, note] = fake.writes()
    expect(update?.body).toEqual({ tags: ['vip', 'undertone_negative'], priority: 4 })
    expect(note?.body).toEqual({ body: `<p>${OWN_NOTE_MARKER}</p><p>Reading: negative (-0.7) &lt;angry&gt;.</p>`, private: true })
    expect(note?.headers['authorization']).toBe('Basic ' + Buffer.from(`${fake.apiKey}:X`).toString('base64'))
    expect(fake.tickets.get('5001')).toMatchObject({ tags: ['vip', 'undertone_negative'], priority: 4 })
  })

  it('skips the ticket update when the tags are already as wanted and no priority is asked', async () => {
    await freshdeskAdapter.writeBack(context, '5002', { addTags: ['billing'], removeTags: ['absent'] })
    expect(fake.writes()).toEqual([])
    await freshdeskAdapter.writeBack(context, '5002', { addTags: [], removeTags: [], priority: 'low' })
    expect(fake.writes().map((w) => w.body)).toEqual([{ priority: 1 }])
  })

  it('surfaces 429 with Retry-After, 500 as retryable, 404 and 401 as permanent, a hang as a timeout', async () => {
    const change = { addTags: ['undertone_escalate'], removeTags: [] }
    fake.fail({ kind: 'status', status: 429, retryAfter: '12' })
    await expect(freshdeskAdapter.writeBack(context, '5003', change)).rejects.toMatchObject({ status: 429, retryAfterMs: 12_000, permanent: false })
    fake.fail({ kind: 'status', status: 500 }, 1, (r) => r.method === 'PUT')
    await expect(freshdeskAdapter.writeBack(context, '5003', change)).rejects.toMatchObject({ status: 500, permanent: false })
    await expect(freshdeskAdapter.writeBack(context, '99', change)).rejects.toMatchObject({ status: 404, permanent: true })
    await expect(freshdeskAdapter.writeBack({ ...context, credentials: { apiKey: 'wrong' } }, '5003', change)).rejects.toMatchObject({ status: 401, permanent: true })
    fake.fail({ kind: 'hang' })
    const hung = await freshdeskAdapter.writeBack({ ...context, fetch: testFetch(200) }, '5003', change).catch((e: unknown) => e)
    expect(hung).toBeInstanceOf(VendorHttpError)
    expect(hung).toMatchObject({ status: null, permanent: false })
  })

  it('backfills descriptions and conversations once across pages, resuming from a stored cursor, our notes left out', async () => {
    await freshdeskAdapter.writeBack(context, '5010', { addTags: [], removeTags: [], note: 'Reading: negative.' })
    // The first run stops after 1 page(s); a new process resumes from the cursor it stored.
    const run = await backfillWithRestart(freshdeskAdapter, context, 0, 1)
    expect(run.beforeRestart.map((p) => p.conversations)).toEqual([100])
    expect(run.repeated).toEqual([])
    expect(run.pages).toBe(4)
    const seen = run.messages
    const expected = [...fake.tickets.values()].reduce((n, t) => n + 1 + t.conversations.filter((c) => c.userId !== FAKE_FRESHDESK_BOT_ID).length, 0)
    expect(seen.size).toBe(expected)
    const ticket = [...seen.values()].filter((m) => m.conversationId === '5003')
    expect(ticket.map((m) => [m.externalId.startsWith('ticket:') ? 'description' : 'entry', m.role, m.internal ?? false])).toEqual([
      ['description', 'customer', false],
      ['entry', 'agent', false],
      ['entry', 'customer', false],
      ['entry', 'agent', true],
    ])
    expect(ticket[0]).toMatchObject({ externalId: 'ticket:5003:description', customerId: '42100003', status: 'closed', channel: 'chat' })
    expect(ticket[1]).toMatchObject({ agentId: String(FAKE_FRESHDESK_AGENT_ID) })
  })

  it('pages on within one second when more than a page of tickets share it', async () => {
    const crowded = await startFakeFreshdesk({ tickets: 250, ticketsPerSecond: 1000 })
    try {
      const run = await backfillWithRestart(freshdeskAdapter, { ...context, baseUrl: crowded.url, credentials: { apiKey: crowded.apiKey } }, 0, 1)
      expect(run.repeated).toEqual([])
      expect(new Set([...run.messages.values()].map((m) => m.conversationId)).size).toBe(250)
      // The window moves to that second once (re-reading its first page, all skipped), then pages on inside it.
      const listed = crowded.requests.filter((r) => r.path === '/api/v2/tickets').map((r) => r.query.get('page'))
      expect(listed).toEqual(['1', '1', '2', '3'])
      expect(run.pages).toBe(4)
    } finally {
      await crowded.close()
    }
  })

  it('asks from `since` with updated_since and surfaces 429 as retryAfterMs', async () => {
    const since = Date.parse('2026-01-01T00:00:00Z') + 100 * 60_000
    const page = await freshdeskAdapter.backfillPage(context, null, since)
    expect(fake.requests[0]?.query.get('updated_since')).toBe('2026-01-01T01:40:00Z')
    expect(fake.requests[0]?.query.get('order_by')).toBe('updated_at')
    expect(page.conversations).toBe(21)
    expect(page.cursor).toBeNull()
    fake.fail({ kind: 'status', status: 429, retryAfter: '45' }, 1, (r) => r.path.endsWith('/conversations'))
    await expect(freshdeskAdapter.backfillPage(context, null, 0)).rejects.toMatchObject({ status: 429, retryAfterMs: 45_000 })
    await expect(freshdeskAdapter.backfillPage(context, 'not-a-cursor', 0)).rejects.toMatchObject({ permanent: true })
  })

  it('links to the agent UI', () => {
    expect(freshdeskAdapter.ticketUrl('https://acme.freshdesk.com', '5150', {})).toBe('https://acme.freshdesk.com/a/tickets/5150')
  })
})
