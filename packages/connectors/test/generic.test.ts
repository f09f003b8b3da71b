import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it } from 'vitest'
import { VendorHttpError, VendorPayloadError } from '../src/connector-errors.js'
import { createBoundedFetch } from '../src/outbound/index.js'
import { parseAsServer, testFetch } from '../src/testing/fake-helpdesk.js'
import { type GenericReceiver, genericSecret, signedGenericEvent, startGenericReceiver } from '../src/testing/generic-receiver.js'
import type { ConnectorContext, InboundRequest } from '../src/vendor-adapter.js'
import { GENERIC_WRITE_BACK_TYPE, genericAdapter } from '../src/vendors/generic/index.js'
import { markedNote } from '../src/vendors/own-note.js'

const SECRET = genericSecret()
const OLD_SECRET = genericSecret()
const NOW = Date.parse('2026-03-02T09:14:10Z')
const NOW_S = Math.floor(NOW / 1000)

function inbound(body: unknown, secrets: string | readonly string[] = SECRET, options: { id?: string; timestamp?: number } = {}): InboundRequest {
  const signed = signedGenericEvent(body, secrets, { id: 'msg_2Tq9TGkU4uPpXv', timestamp: NOW_S - 3, ...options })
  return { rawBody: signed.rawBody, headers: signed.headers, now: NOW }
}

function parse(body: unknown, settings: Record<string, string> = {}) {
  return parseAsServer(genericAdapter, inbound(body), settings)
}

const customer = {
  external_id: 'm-1001',
  conversation_id: 'case-77',
  customer_id: 'acct-5',
  role: 'customer',
  text: 'The sync has been stuck at 40% since last night.',
  created_at: '2026-03-02T09:10:00Z',
  channel: 'chat',
  tags: ['sync'],
  status: 'open',
  customer: { segment: 'enterprise', plan: 'pro', value: 48_000 },
}
const reply = { external_id: 'm-1002', conversation_id: 'case-77', customer_id: 'acct-5', role: 'agent', agent_id: 'agent-3', text: 'Restarting the worker now.', created_at: '2026-03-02T09:11:00+01:00' }
const note = { ...reply, external_id: 'm-1003', text: 'Second time this week for this account.', internal: true }
const bot = { ...reply, external_id: 'm-1004', role: 'bot', agent_id: 'helper-bot', text: 'Your request was received.' }

describe('generic: verify (Standard Webhooks)', () => {
  const batch = { messages: [customer] }

  it('accepts a signature made with either active secret, and a header carrying both during rotation', () => {
    expect(genericAdapter.verify(inbound(batch, SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(genericAdapter.verify(inbound(batch, OLD_SECRET), [SECRET, OLD_SECRET])).toEqual({ ok: true })
    expect(genericAdapter.verify(inbound(batch, [genericSecret(), SECRET]), [SECRET])).toEqual({ ok: true })
  })

  it('signs as the standardwebhooks library verifies', () => {
    const signed = signedGenericEvent(batch, SECRET)
    expect(new Webhook(SECRET).verify(signed.text, signed.headers)).toEqual(batch)
  })

  it('refuses another secret, no secret, and a configured secret that is not a Standard Webhooks secret', () => {
    expect(genericAdapter.verify(inbound(batch, genericSecret()), [SECRET, OLD_SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(genericAdapter.verify(inbound(batch), [])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(genericAdapter.verify(inbound(batch), ['not base64 at all!', SECRET])).toEqual({ ok: true })
  })

  it('says which header is missing as missing', () => {
    const request = inbound(batch)
    for (const header of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      const { [header]: _dropped, ...headers } = request.headers
      expect(genericAdapter.verify({ ...request, headers }, [SECRET]), header).toEqual({ ok: false, code: 'UT_E_SIGNATURE_MISSING' })
    }
  })

  it('refuses a correctly signed request outside the five-minute tolerance, either way, by the injected clock', () => {
    expect(genericAdapter.verify(inbound(batch, SECRET, { timestamp: NOW_S - 301 }), [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_STALE' })
    expect(genericAdapter.verify(inbound(batch, SECRET, { timestamp: NOW_S + 301 }), [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_STALE' })
    expect(genericAdapter.verify(inbound(batch, SECRET, { timestamp: NOW_S - 290 }), [SECRET])).toEqual({ ok: true })
  })

  it('refuses a capture replayed with an altered body, another id or another timestamp', () => {
    const captured = inbound(batch)
    const altered = Buffer.from(Buffer.from(captured.rawBody).toString('utf8').replace('stuck at 40%', 'done'))
    expect(genericAdapter.verify({ ...captured, rawBody: new Uint8Array(altered) }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(genericAdapter.verify({ ...captured, headers: { ...captured.headers, 'webhook-id': 'msg_other' } }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(genericAdapter.verify({ ...captured, headers: { ...captured.headers, 'webhook-timestamp': String(NOW_S) } }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
    expect(genericAdapter.verify({ ...captured, headers: { ...captured.headers, 'webhook-timestamp': 'soon' } }, [SECRET])).toEqual({ ok: false, code: 'UT_E_SIGNATURE_INVALID' })
  })
})

describe('generic: parseEvent', () => {
  it('maps the canonical batch, with webhook-id as the event id', () => {
    expect(parse({ messages: [customer, reply, note, bot] })).toEqual({
      eventId: 'msg_2Tq9TGkU4uPpXv',
      messages: [
        {
          externalId: 'm-1001',
          conversationId: 'case-77',
          customerId: 'acct-5',
          role: 'customer',
          text: 'The sync has been stuck at 40% since last night.',
          createdAt: Date.parse('2026-03-02T09:10:00Z'),
          channel: 'chat',
          tags: ['sync'],
          status: 'open',
          customer: { segment: 'enterprise', plan: 'pro', value: 48_000 },
        },
        { externalId: 'm-1002', conversationId: 'case-77', customerId: 'acct-5', role: 'agent', agentId: 'agent-3', text: 'Restarting the worker now.', createdAt: Date.parse('2026-03-02T08:11:00Z') },
        { externalId: 'm-1003', conversationId: 'case-77', customerId: 'acct-5', role: 'agent', agentId: 'agent-3', text: 'Second time this week for this account.', createdAt: Date.parse('2026-03-02T08:11:00Z'), internal: true },
        { externalId: 'm-1004', conversationId: 'case-77', customerId: 'acct-5', role: 'bot', agentId: 'helper-bot', text: 'Your request was received.', createdAt: Date.parse('2026-03-02T08:11:00Z') },
      ],
    })
  })

  it('reads ids sent as numbers and enums in any case', () => {
    const [message] = parse({ messages: [{ ...customer, external_id: 1001, conversation_id: 77, customer_id: 5, role: 'CUSTOMER', status: 'Resolved' }] }).messages
    expect(message).toMatchObject({ externalId: '1001', conversationId: '77', customerId: '5', role: 'customer', status: 'resolved' })
  })

  it('leaves out our own note relayed back, by the marker or the configured agent id', () => {
    const relayed = { ...note, external_id: 'm-2001', text: markedNote('Reading: negative (-0.71).') }
    expect(parse({ messages: [relayed] })).toMatchObject({ messages: [], ignored: 'own-write-back' })
    expect(parse({ messages: [customer, relayed] }).messages.map((m) => m.externalId)).toEqual(['m-1001'])
    expect(parse({ messages: [bot] }, { botAgentId: 'helper-bot' })).toMatchObject({ ignored: 'own-write-back' })
    // A customer's words are never ours, whatever they start with.
    expect(parse({ messages: [{ ...customer, text: markedNote('what is this?') }] }).messages).toHaveLength(1)
  })

  it('acknowledges an envelope of another type (a ping) as an unknown event', () => {
    expect(parse({ type: 'endpoint.ping', timestamp: '2026-03-02T09:14:07Z', data: {} })).toMatchObject({ messages: [], ignored: 'unknown-event', eventId: 'msg_2Tq9TGkU4uPpXv' })
  })

  it('throws VendorPayloadError, never a TypeError, for malformed batches or a missing webhook-id', () => {
    const malformed: unknown[] = [
      null,
      [],
      'messages',
      {},
      { messages: [] },
      { messages: {} },
      { messages: [null] },
      { messages: [customer], extra: true },
      { messages: [{ ...customer, unknown_field: 1 }] },
      { messages: [{ ...customer, role: 'robot' }] },
      { messages: [{ ...customer, created_at: '2026-03-02 09:10' }] },
      { messages: [{ ...customer, created_at: 1_772_442_600 }] },
      { messages: [{ ...customer, text: 42 }] },
      { messages: [{ ...customer, external_id: '' }] },
      { messages: [{ ...customer, external_id: 1.5 }] },
      { messages: [{ ...customer, tags: 'sync' }] },
      { messages: [{ ...customer, status: 'waiting' }] },
      { messages: [{ ...customer, customer: { value: -1 } }] },
      { messages: Array.from({ length: 1001 }, (_, i) => ({ ...customer, external_id: `m-${i}` })) },
      { type: 42 },
    ]
    for (const body of malformed) expect(() => parse(body), JSON.stringify(body).slice(0, 80)).toThrow(VendorPayloadError)
    const { 'webhook-id': _id, ...headers } = inbound({ messages: [customer] }).headers
    expect(() => genericAdapter.parseEvent({ messages: [customer] }, { ...inbound({ messages: [customer] }), headers }, {})).toThrow(VendorPayloadError)
  })
})

describe('generic: writeBack, backfill', () => {
  let receiver: GenericReceiver | undefined
  const context = (settings: Record<string, string>, secret = SECRET, timeoutMs = 2_000): ConnectorContext => ({
    baseUrl: '',
    credentials: { webhookSecret: secret },
    settings,
    fetch: testFetch(timeoutMs),
  })

  afterEach(async () => {
    await receiver?.close()
    receiver = undefined
  })

  it('does nothing without a write-back URL', async () => {
    let called = false
    const noFetch: ConnectorContext = {
      ...context({}),
      fetch: async () => {
        called = true
        return new Response(null, { status: 204 })
      },
    }
    await genericAdapter.writeBack(noFetch, 'case-77', { addTags: ['undertone_negative'], removeTags: [], note: 'Reading: negative.' })
    expect(called).toBe(false)
  })

  it('POSTs the change signed per Standard Webhooks, verified by the standardwebhooks library, with one id across retries', async () => {
    receiver = await startGenericReceiver(SECRET)
    const change = { addTags: ['undertone_negative', 'undertone_escalate'], removeTags: ['undertone_positive'], priority: 'high', note: 'Reading: negative (-0.82); anger.' } as const
    await genericAdapter.writeBack(context({ writeBackUrl: receiver.url }), 'case-77', change)
    await genericAdapter.writeBack(context({ writeBackUrl: receiver.url }), 'case-77', change)
    expect(receiver.refused).toEqual([])
    const [first, again] = receiver.writeBacks()
    expect(first).toEqual({
      id: expect.stringMatching(/^msg_[0-9a-f]{32}$/),
      type: GENERIC_WRITE_BACK_TYPE,
      conversationId: 'case-77',
      addTags: ['undertone_negative', 'undertone_escalate'],
      removeTags: ['undertone_positive'],
      priority: 'high',
      note: markedNote('Reading: negative (-0.82); anger.'),
    })
    expect(again?.id).toBe(first?.id)
    const request = receiver.requests[0]
    expect(request?.method).toBe('POST')
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.headers.authorization).toBeUndefined()
    await genericAdapter.writeBack(context({ writeBackUrl: receiver.url }), 'case-77', { addTags: [], removeTags: ['undertone_negative'] })
    expect(receiver.writeBacks()[2]?.id).not.toBe(first?.id)
  })

  it('is verified just the same through the bounded fetch the server uses', async () => {
    receiver = await startGenericReceiver(SECRET)
    const bounded = { ...context({ writeBackUrl: receiver.url }), fetch: createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: true }) }
    await genericAdapter.writeBack(bounded, 'case-9', { addTags: ['undertone_churn_risk'], removeTags: [] })
    expect(receiver.writeBacks()).toMatchObject([{ conversationId: 'case-9', addTags: ['undertone_churn_risk'] }])
  })

  it('is refused by a receiver that holds another secret', async () => {
    receiver = await startGenericReceiver(OLD_SECRET)
    const error = await genericAdapter.writeBack(context({ writeBackUrl: receiver.url }), 'case-77', { addTags: ['x'], removeTags: [] }).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 401, permanent: true })
    expect(receiver.refused).toHaveLength(1)
  })

  it('turns 429 with Retry-After, 500 and a hang into retryable VendorHttpErrors', async () => {
    receiver = await startGenericReceiver(SECRET)
    receiver.failNext(1, { status: 429, headers: { 'retry-after': '30' } })
    receiver.failNext(1, { status: 500 })
    receiver.failNext(1, 'hang')
    const change = { addTags: ['undertone_negative'], removeTags: [] }
    const limited = await genericAdapter.writeBack(context({ writeBackUrl: receiver.url }), 'c', change).catch((e: unknown) => e)
    expect(limited).toBeInstanceOf(VendorHttpError)
    expect(limited).toMatchObject({ status: 429, retryAfterMs: 30_000, permanent: false })
    expect(await genericAdapter.writeBack(context({ writeBackUrl: receiver.url }), 'c', change).catch((e: unknown) => e)).toMatchObject({ status: 500, permanent: false })
    expect(await genericAdapter.writeBack(context({ writeBackUrl: receiver.url }, SECRET, 300), 'c', change).catch((e: unknown) => e)).toMatchObject({ status: null, permanent: false })
  })

  it('refuses, permanently, to sign with a secret that is not a Standard Webhooks secret', async () => {
    const error = await genericAdapter.writeBack(context({ writeBackUrl: 'http://127.0.0.1:9/hooks' }, 'plain-text-secret'), 'c', { addTags: ['x'], removeTags: [] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VendorHttpError)
    expect(error).toMatchObject({ permanent: true })
  })

  it('links to a conversation through the configured template, or not at all', () => {
    expect(genericAdapter.ticketUrl('', 'case 77', { ticketUrlTemplate: 'https://crm.example.com/cases/{id}' })).toBe('https://crm.example.com/cases/case%2077')
    expect(genericAdapter.ticketUrl('', 'case-77', {})).toBe('')
  })

  it('has no backfill: the first page is empty and finished', async () => {
    expect(await genericAdapter.backfillPage(context({}), null, 0)).toEqual({ messages: [], cursor: null, conversations: 0 })
    expect(genericAdapter.spec.options.find((o) => o.key === 'webhookSecret')?.help).toMatch(/No backfill/)
  })
})
