/**
 * A fake Freshdesk on 127.0.0.1, built from the documented API v2: tickets listed by `updated_since`
 * (inclusive) ascending with page-number pagination capped at page 300, a ticket's conversations,
 * ticket updates (tags replace the list, priority 1-4) and notes. Plus the webhook requests an
 * automation rule sends, carrying the shared secret.
 */
import { FRESHDESK_SECRET_HEADER } from '../vendors/freshdesk/freshdesk-signature.js'
import { bodyText, type FakeAnswer, type FakeHelpdesk, pageOf, type RecordedRequest, type SignedRequest, startFakeHelpdesk } from './fake-helpdesk.js'

export interface FakeFreshdeskConversation {
  id: number
  userId: number
  incoming: boolean
  private: boolean
  /** 0 reply, 2 note. */
  source: number
  body: string
  createdAt: string
}

export interface FakeFreshdeskTicket {
  id: number
  requesterId: number
  status: number
  priority: number
  source: number
  tags: string[]
  description: string
  createdAt: string
  updatedAt: string
  conversations: FakeFreshdeskConversation[]
}

export interface FakeFreshdeskOptions {
  /** Listen on this port of 127.0.0.1 (default: a free one). */
  readonly port?: number
  readonly tickets?: number
  readonly apiKey?: string
  /** The first tickets' update time in ms (default 2026-01-01); each next group a minute later. */
  readonly start?: number
  /** How many tickets share each update second (default 3), so the adapter's same-second overlap is exercised. */
  readonly ticketsPerSecond?: number
}

export interface FakeFreshdesk extends FakeHelpdesk {
  readonly apiKey: string
  readonly tickets: Map<string, FakeFreshdeskTicket>
}

export const FAKE_FRESHDESK_AGENT_ID = 42_000_001
export const FAKE_FRESHDESK_BOT_ID = 42_000_999

const MAX_PAGE = 300

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const DESCRIPTIONS = [
  '<div>The sync stopped working after the update and our team cannot see new orders.</div>',
  '<div>Please cancel my subscription, it is far too expensive for what it does.</div>',
  '<div>How do I export last year&#39;s invoices?</div>',
]
const REPLIES = ['Still broken after your fix. Very disappointed.', 'That worked, thank you so much!', 'Any news on this?']

function generate(count: number, start: number, perSecond: number): Map<string, FakeFreshdeskTicket> {
  const tickets = new Map<string, FakeFreshdeskTicket>()
  let conversationId = 8_800_000
  for (let i = 1; i <= count; i++) {
    const updated = start + Math.floor(i / perSecond) * 60_000
    const requesterId = 42_100_000 + i
    const conversations: FakeFreshdeskConversation[] = [
      { id: ++conversationId, userId: FAKE_FRESHDESK_AGENT_ID, incoming: false, private: false, source: 0, body: '<div>Thanks for reporting this, we are on it.</div>', createdAt: iso(updated - 50_000) },
      { id: ++conversationId, userId: requesterId, incoming: true, private: false, source: 0, body: `<div>${REPLIES[i % REPLIES.length]}</div>`, createdAt: iso(updated - 40_000) },
    ]
    if (i % 3 === 0) conversations.push({ id: ++conversationId, userId: FAKE_FRESHDESK_AGENT_ID, incoming: false, private: true, source: 2, body: '<div>Escalating to L2.</div>', createdAt: iso(updated - 30_000) })
    tickets.set(String(5_000 + i), {
      id: 5_000 + i,
      requesterId,
      status: 2 + (i % 4),
      priority: 1 + (i % 4),
      source: i % 2 === 0 ? 1 : 7,
      tags: ['billing'],
      description: DESCRIPTIONS[i % DESCRIPTIONS.length] as string,
      createdAt: iso(updated - 60_000),
      updatedAt: iso(updated),
      conversations,
    })
  }
  return tickets
}

function ticketJson(ticket: FakeFreshdeskTicket) {
  return {
    id: ticket.id,
    subject: `Ticket ${ticket.id}`,
    description: ticket.description,
    description_text: ticket.description.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'"),
    status: ticket.status,
    priority: ticket.priority,
    source: ticket.source,
    requester_id: ticket.requesterId,
    responder_id: FAKE_FRESHDESK_AGENT_ID,
    tags: ticket.tags,
    created_at: ticket.createdAt,
    updated_at: ticket.updatedAt,
  }
}

function conversationJson(ticket: FakeFreshdeskTicket, c: FakeFreshdeskConversation) {
  return {
    id: c.id,
    ticket_id: ticket.id,
    incoming: c.incoming,
    private: c.private,
    source: c.source,
    user_id: c.userId,
    body: c.body,
    body_text: c.body.replace(/<[^>]+>/g, ''),
    created_at: c.createdAt,
    updated_at: c.createdAt,
  }
}

function validation(field: string, message: string): FakeAnswer {
  return { status: 400, body: { description: 'Validation failed', errors: [{ field, message, code: 'invalid_value' }] } }
}

/** Starts a fake Freshdesk with `options.tickets` generated tickets. */
export async function startFakeFreshdesk(options: FakeFreshdeskOptions = {}): Promise<FakeFreshdesk> {
  const apiKey = options.apiKey ?? 'fake-freshdesk-key'
  const start = options.start ?? Date.parse('2026-01-01T00:00:00Z')
  const tickets = generate(options.tickets ?? 0, start, Math.max(1, options.ticketsPerSecond ?? 3))
  let clock = start + 365 * 86_400_000
  let nextConversationId = 8_900_000
  const expected = 'Basic ' + Buffer.from(`${apiKey}:X`).toString('base64')

  const listTickets = (request: RecordedRequest): FakeAnswer => {
    const perPage = Number(request.query.get('per_page') ?? 30)
    const page = Number(request.query.get('page') ?? 1)
    if (!(perPage >= 1 && perPage <= 100)) return validation('per_page', 'must be between 1 and 100')
    if (!(page >= 1 && page <= MAX_PAGE)) return validation('page', `must be between 1 and ${MAX_PAGE}`)
    const since = request.query.get('updated_since')
    // Without updated_since, Freshdesk lists only tickets created in the last 30 days.
    const from = since === null ? clock - 30 * 86_400_000 : Date.parse(since)
    if (!Number.isFinite(from)) return validation('updated_since', 'invalid date')
    const sorted = [...tickets.values()].filter((t) => Date.parse(t.updatedAt) >= from).sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || a.id - b.id)
    const { page: items, more } = pageOf(sorted, (page - 1) * perPage, perPage)
    return { status: 200, body: items.map(ticketJson), ...(more ? { headers: { link: `<${request.path}?page=${page + 1}>; rel="next"` } } : {}) }
  }

  const fake = await startFakeHelpdesk({
    ...(options.port === undefined ? {} : { port: options.port }),
    authorized: (request) => request.headers['authorization'] === expected,
    route: (request) => {
      if (request.method === 'GET' && request.path === '/api/v2/tickets') return listTickets(request)
      const match = /^\/api\/v2\/tickets\/(\d+)(\/conversations|\/notes)?$/.exec(request.path)
      const ticket = match === null ? undefined : tickets.get(match[1] as string)
      if (match === null || ticket === undefined) return { status: 404, body: { code: 'not_found' } }
      const sub = match[2]
      if (sub === undefined && request.method === 'GET') return { status: 200, body: ticketJson(ticket) }
      if (sub === '/conversations' && request.method === 'GET') {
        const perPage = Number(request.query.get('per_page') ?? 30)
        const page = Number(request.query.get('page') ?? 1)
        return { status: 200, body: pageOf(ticket.conversations, (page - 1) * perPage, perPage).page.map((c) => conversationJson(ticket, c)) }
      }
      if (sub === undefined && request.method === 'PUT') {
        const body = (request.body ?? {}) as { tags?: unknown; priority?: unknown }
        if (body.priority !== undefined && !(Number.isInteger(body.priority) && (body.priority as number) >= 1 && (body.priority as number) <= 4)) return validation('priority', 'must be 1, 2, 3 or 4')
        if (body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) return validation('tags', 'must be an array of strings')
        if (Array.isArray(body.tags)) ticket.tags = body.tags as string[]
        if (typeof body.priority === 'number') ticket.priority = body.priority
        clock += 1000
        ticket.updatedAt = iso(clock)
        return { status: 200, body: ticketJson(ticket) }
      }
      if (sub === '/notes' && request.method === 'POST') {
        const body = (request.body ?? {}) as { body?: unknown; private?: unknown }
        if (typeof body.body !== 'string' || body.body === '') return validation('body', 'is required')
        clock += 1000
        const note: FakeFreshdeskConversation = { id: ++nextConversationId, userId: FAKE_FRESHDESK_BOT_ID, incoming: false, private: body.private !== false, source: 2, body: body.body, createdAt: iso(clock) }
        ticket.conversations.push(note)
        ticket.updatedAt = iso(clock)
        return { status: 201, body: conversationJson(ticket, note) }
      }
      return { status: 405, body: { code: 'method_not_allowed' } }
    },
  })
  return { ...fake, apiKey, tickets }
}

/** A webhook request as an automation rule sends it: the shared secret in `X-Undertone-Secret`, or as the basic-auth password. */
export function signedFreshdeskEvent(body: unknown, secret: string, how: 'header' | 'basic' = 'header'): SignedRequest {
  const text = bodyText(body)
  const auth = how === 'header' ? { [FRESHDESK_SECRET_HEADER]: secret } : { authorization: 'Basic ' + Buffer.from(`undertone:${secret}`).toString('base64') }
  return { rawBody: new Uint8Array(Buffer.from(text, 'utf8')), text, headers: { 'content-type': 'application/json', ...auth } }
}

/** What a rule's webhook says about one new conversation entry, in the body `FRESHDESK_WEBHOOK_BODY` documents plus the entry itself. */
export interface FreshdeskConversationEvent {
  readonly ticketId: string | number
  readonly requesterId: string | number
  readonly conversationId: string | number
  readonly body: string
  readonly userId: string | number
  readonly incoming: boolean
  readonly private?: boolean
  readonly event?: string
  /** ISO-8601 (default 2026-03-03T07:55:10Z). */
  readonly createdAt?: string
}

/** A webhook body for one conversation entry (status and priority as Freshdesk renders them: names). */
export function freshdeskConversationEvent(event: FreshdeskConversationEvent): Record<string, unknown> {
  return {
    source: 'freshdesk',
    event: event.event ?? (event.incoming ? 'customer_reply' : event.private ? 'note_added' : 'agent_reply'),
    ticket_id: String(event.ticketId),
    status: 'Open',
    priority: 'Medium',
    ticket_source: 'Email',
    tags: 'billing',
    requester_id: String(event.requesterId),
    created_at: event.createdAt ?? '2026-03-03T07:55:10Z',
    conversation: {
      id: event.conversationId,
      incoming: event.incoming,
      private: event.private ?? false,
      user_id: event.userId,
      body: event.body,
      source: event.private ? 2 : 0,
      created_at: event.createdAt ?? '2026-03-03T07:55:10Z',
    },
  }
}
