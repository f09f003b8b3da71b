/**
 * A fake Zendesk Support on 127.0.0.1, built from the documented payloads: the cursor-based incremental
 * ticket export, ticket comments with users side-loaded and cursor pagination, ticket reads, ticket
 * updates with `safe_update` (409 on a stale `updated_stamp`), and the Tags API. Plus signed webhook
 * requests for the inbound side.
 */
import { zendeskSignature } from '../vendors/zendesk/zendesk-signature.js'
import { bodyText, type FakeAnswer, type FakeHelpdesk, type RecordedRequest, type SignedRequest, startFakeHelpdesk } from './fake-helpdesk.js'

export interface FakeZendeskComment {
  id: number
  authorId: number
  public: boolean
  body: string
  createdAt: string
}

export interface FakeZendeskTicket {
  id: number
  requesterId: number
  status: string
  priority: string | null
  tags: string[]
  /** Seconds; the export's sort key with the id. */
  generatedTimestamp: number
  updatedAt: string
  comments: FakeZendeskComment[]
}

export interface FakeZendeskOptions {
  /** Listen on this port of 127.0.0.1 (default: a free one). */
  readonly port?: number
  /** Tickets to generate (default 0). */
  readonly tickets?: number
  readonly email?: string
  readonly token?: string
  /** The first ticket's update time in ms (default 2026-01-01); each next one is a minute later. */
  readonly start?: number
}

export interface FakeZendesk extends FakeHelpdesk {
  readonly email: string
  readonly token: string
  readonly tickets: Map<string, FakeZendeskTicket>
  /** Makes the next `times` safe updates meet a change someone else made after the adapter read the ticket (409). */
  concurrentEdits(times: number): void
}

/** Agents in the fake account; requesters are 9000000 + ticket number. */
export const FAKE_ZENDESK_AGENT_ID = 377001
export const FAKE_ZENDESK_BOT_ID = 377999

const CUSTOMER_LINES = [
  'The export has failed three times today and I am losing patience.',
  'Thanks, the invoice looks right now.',
  'Why was I charged twice this month?',
  'The app logs me out every few minutes, which makes it unusable.',
  'Could you tell me how to add a second admin?',
]
const AGENT_LINES = ['Sorry about that, I am looking into it now.', 'I have refunded the duplicate charge.', 'Could you send a screenshot of the error?']

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function generate(count: number, start: number): Map<string, FakeZendeskTicket> {
  const tickets = new Map<string, FakeZendeskTicket>()
  let commentId = 700_000
  for (let i = 1; i <= count; i++) {
    const updated = start + i * 60_000
    const requesterId = 9_000_000 + i
    const comments: FakeZendeskComment[] = [
      { id: ++commentId, authorId: requesterId, public: true, body: CUSTOMER_LINES[i % CUSTOMER_LINES.length] as string, createdAt: iso(updated - 50_000) },
      { id: ++commentId, authorId: FAKE_ZENDESK_AGENT_ID, public: true, body: AGENT_LINES[i % AGENT_LINES.length] as string, createdAt: iso(updated - 40_000) },
    ]
    if (i % 3 === 0) comments.push({ id: ++commentId, authorId: FAKE_ZENDESK_AGENT_ID, public: false, body: 'Checking with billing before I answer.', createdAt: iso(updated - 30_000) })
    tickets.set(String(40_000 + i), {
      id: 40_000 + i,
      requesterId,
      status: i % 4 === 0 ? 'solved' : 'open',
      priority: 'normal',
      tags: ['billing'],
      generatedTimestamp: Math.floor(updated / 1000),
      updatedAt: iso(updated),
      comments,
    })
  }
  return tickets
}

function ticketJson(ticket: FakeZendeskTicket) {
  return {
    id: ticket.id,
    requester_id: ticket.requesterId,
    status: ticket.status,
    priority: ticket.priority,
    tags: ticket.tags,
    via: { channel: 'email' },
    updated_at: ticket.updatedAt,
    generated_timestamp: ticket.generatedTimestamp,
  }
}

function cursorOf(ticket: FakeZendeskTicket): string {
  return Buffer.from(`${ticket.generatedTimestamp}.${ticket.id}`).toString('base64url')
}

function afterCursor(cursor: string): [number, number] {
  const [ts, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('.').map(Number)
  return [ts ?? 0, id ?? 0]
}

function tagsOf(body: unknown): string[] {
  const tags = (body as { tags?: unknown } | undefined)?.tags
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : []
}

/** Starts a fake Zendesk with `options.tickets` generated tickets. */
export async function startFakeZendesk(options: FakeZendeskOptions = {}): Promise<FakeZendesk> {
  const email = options.email ?? 'undertone@example.test'
  const token = options.token ?? 'fake-zendesk-token'
  const tickets = generate(options.tickets ?? 0, options.start ?? Date.parse('2026-01-01T00:00:00Z'))
  let clock = (options.start ?? Date.parse('2026-01-01T00:00:00Z')) + 365 * 86_400_000
  let nextCommentId = 900_000
  let pendingConflicts = 0
  const expected = 'Basic ' + Buffer.from(`${email}/token:${token}`).toString('base64')

  const touch = (ticket: FakeZendeskTicket) => {
    clock += 1000
    ticket.updatedAt = iso(clock)
    ticket.generatedTimestamp = Math.floor(clock / 1000)
  }

  const exportPage = (request: RecordedRequest): FakeAnswer => {
    const perPage = Math.min(1000, Number(request.query.get('per_page') ?? 1000) || 1000)
    const sorted = [...tickets.values()].sort((a, b) => a.generatedTimestamp - b.generatedTimestamp || a.id - b.id)
    const cursor = request.query.get('cursor')
    let rest: FakeZendeskTicket[]
    if (cursor !== null) {
      const [ts, id] = afterCursor(cursor)
      rest = sorted.filter((t) => t.generatedTimestamp > ts || (t.generatedTimestamp === ts && t.id > id))
    } else {
      const startTime = Number(request.query.get('start_time'))
      if (!Number.isFinite(startTime)) return { status: 400, body: { error: 'InvalidValue', description: 'start_time is required' } }
      rest = sorted.filter((t) => t.generatedTimestamp >= startTime)
    }
    const page = rest.slice(0, perPage)
    const last = page[page.length - 1]
    const after = last === undefined ? (cursor ?? null) : cursorOf(last)
    return {
      status: 200,
      body: {
        tickets: page.map(ticketJson),
        after_cursor: after,
        after_url: after === null ? null : `/api/v2/incremental/tickets/cursor.json?cursor=${after}`,
        before_cursor: null,
        before_url: null,
        end_of_stream: rest.length <= perPage,
      },
    }
  }

  const comments = (ticket: FakeZendeskTicket, request: RecordedRequest): FakeAnswer => {
    const size = Math.min(100, Number(request.query.get('page[size]') ?? 100) || 100)
    const after = request.query.get('page[after]')
    const offset = after === null ? 0 : Number(Buffer.from(after, 'base64url').toString('utf8'))
    const page = ticket.comments.slice(offset, offset + size)
    const hasMore = offset + size < ticket.comments.length
    const authors = [...new Set(page.map((c) => c.authorId))]
    return {
      status: 200,
      body: {
        comments: page.map((c) => ({
          id: c.id,
          type: 'Comment',
          author_id: c.authorId,
          body: c.body,
          plain_body: c.body,
          html_body: `<div class="zd-comment"><p>${c.body}</p></div>`,
          public: c.public,
          via: { channel: 'email', source: { rel: null } },
          created_at: c.createdAt,
        })),
        users: authors.map((id) => ({ id, role: id === ticket.requesterId ? 'end-user' : 'agent' })),
        meta: { has_more: hasMore, after_cursor: hasMore ? Buffer.from(String(offset + size)).toString('base64url') : null, before_cursor: null },
        links: { next: null, prev: null },
      },
    }
  }

  const update = (ticket: FakeZendeskTicket, body: unknown): FakeAnswer => {
    const change = (body as { ticket?: Record<string, unknown> } | undefined)?.ticket
    if (change === undefined || typeof change !== 'object') return { status: 400, body: { error: 'InvalidValue' } }
    if (change['safe_update'] === true) {
      if (pendingConflicts > 0) {
        pendingConflicts--
        touch(ticket)
      }
      if (change['updated_stamp'] !== ticket.updatedAt) return { status: 409, body: { error: 'UpdateConflict', description: 'Safe Update prevented the update due to outdated ticket data' } }
    }
    if (typeof change['priority'] === 'string') ticket.priority = change['priority']
    const comment = change['comment'] as { body?: string; html_body?: string; public?: boolean; author_id?: number } | undefined
    if (comment !== undefined) {
      ticket.comments.push({
        id: ++nextCommentId,
        authorId: comment.author_id ?? FAKE_ZENDESK_BOT_ID,
        public: comment.public !== false,
        body: comment.body ?? comment.html_body ?? '',
        createdAt: iso(clock),
      })
    }
    touch(ticket)
    return { status: 200, body: { ticket: ticketJson(ticket) } }
  }

  const fake = await startFakeHelpdesk({
    ...(options.port === undefined ? {} : { port: options.port }),
    authorized: (request) => request.headers['authorization'] === expected,
    route: (request) => {
      if (request.method === 'GET' && request.path === '/api/v2/incremental/tickets/cursor.json') return exportPage(request)
      const match = /^\/api\/v2\/tickets\/([^/]+?)(?:\.json)?(\/tags|\/comments)?(?:\.json)?$/.exec(request.path)
      const ticket = match === null ? undefined : tickets.get(decodeURIComponent(match[1] as string))
      if (match === null || ticket === undefined) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }
      const sub = match[2]
      if (sub === '/comments' && request.method === 'GET') return comments(ticket, request)
      if (sub === '/tags' && request.method === 'PUT') {
        ticket.tags = [...new Set([...ticket.tags, ...tagsOf(request.body)])]
        touch(ticket)
        return { status: 200, body: { tags: ticket.tags } }
      }
      if (sub === '/tags' && request.method === 'DELETE') {
        const removed = new Set(tagsOf(request.body))
        ticket.tags = ticket.tags.filter((t) => !removed.has(t))
        touch(ticket)
        return { status: 200, body: { tags: ticket.tags } }
      }
      if (sub === undefined && request.method === 'GET') return { status: 200, body: { ticket: ticketJson(ticket) } }
      if (sub === undefined && request.method === 'PUT') return update(ticket, request.body)
      return { status: 404, body: { error: 'InvalidEndpoint' } }
    },
  })
  return {
    ...fake,
    email,
    token,
    tickets,
    concurrentEdits(times) {
      pendingConflicts += times
    },
  }
}

/** A Zendesk webhook request signed with `secret` at `timestamp` (ISO-8601, default now), as Zendesk sends it. */
export function signedZendeskEvent(body: unknown, secret: string, timestamp: string = new Date().toISOString()): SignedRequest {
  const text = bodyText(body)
  const rawBody = new Uint8Array(Buffer.from(text, 'utf8'))
  return {
    rawBody,
    text,
    headers: {
      'content-type': 'application/json',
      'x-zendesk-account-id': '1234567',
      'x-zendesk-webhook-id': '01HZFAKEWEBHOOK',
      'x-zendesk-webhook-invocation-id': '8350205582',
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-signature': zendeskSignature(secret, timestamp, rawBody),
    },
  }
}

/** What a `zen:event-type:ticket.comment_added` event says. */
export interface ZendeskCommentAdded {
  readonly eventId: string
  readonly ticketId: string | number
  readonly commentId: string | number
  readonly body: string
  readonly authorId: string | number
  readonly requesterId: string | number
  readonly isStaff?: boolean
  readonly isPublic?: boolean
  /** ISO-8601 (default 2026-03-02T09:14:06Z). */
  readonly time?: string
}

/** A `ticket.comment_added` event envelope the way event-subscription webhooks send it: ids as strings, enums upper-cased. */
export function zendeskCommentAddedEvent(event: ZendeskCommentAdded): Record<string, unknown> {
  return {
    type: 'zen:event-type:ticket.comment_added',
    account_id: 1234567,
    id: event.eventId,
    time: event.time ?? '2026-03-02T09:14:06Z',
    zendesk_event_version: '2022-11-06',
    subject: `zen:ticket:${event.ticketId}`,
    detail: {
      id: String(event.ticketId),
      status: 'OPEN',
      priority: 'NORMAL',
      requester_id: String(event.requesterId),
      tags: ['billing'],
      via: { channel: 'EMAIL' },
      created_at: '2026-03-02T09:14:05Z',
      updated_at: event.time ?? '2026-03-02T09:14:06Z',
    },
    event: {
      comment: {
        id: String(event.commentId),
        body: event.body,
        is_public: event.isPublic ?? true,
        author: { id: String(event.authorId), is_staff: event.isStaff ?? false, name: 'A. Person' },
      },
    },
  }
}
