/**
 * A fake Zammad on 127.0.0.1, built from the documented REST API and trigger webhook payloads: the
 * ticket list (`page`, `per_page` up to 100, by id), a ticket's articles, the tag API (one item a
 * call), ticket updates and article creation, behind `Authorization: Token token=…`. An article
 * created through the API fires a signed trigger webhook when a webhook URL is set, as a Zammad
 * trigger on "article created" would, so a round trip can show our note not coming back.
 */
import { hmac } from '../safe-equal.js'
import { bodyText, type FakeAnswer, type FakeHelpdesk, type RecordedRequest, type SignedRequest, startFakeHelpdesk } from './fake-helpdesk.js'

export interface FakeZammadArticle {
  id: number
  /** Zammad's seeded senders: 1 Agent, 2 Customer, 3 System. */
  senderId: 1 | 2 | 3
  type: string
  internal: boolean
  body: string
  contentType: 'text/html' | 'text/plain'
  /** Milliseconds. */
  createdAt: number
  createdById: number
}

export interface FakeZammadTicket {
  id: number
  customerId: number
  state: string
  /** 1 low, 2 normal, 3 high. */
  priorityId: number
  tags: string[]
  createArticleType: string
  /** Milliseconds. */
  updatedAt: number
  updatedById: number
  articles: FakeZammadArticle[]
}

export interface FakeZammadOptions {
  /** Listen on this port of 127.0.0.1 (default: a free one). */
  readonly port?: number
  /** Tickets to generate (default 0). */
  readonly tickets?: number
  readonly token?: string
  /** The first ticket's creation in ms (default 2026-01-01); each next one is a minute later. */
  readonly start?: number
  /** Where to send a trigger webhook for articles created through the API, signed with `webhookSecret`. */
  readonly webhookUrl?: string
  readonly webhookSecret?: string
}

export interface FakeZammad extends FakeHelpdesk {
  readonly token: string
  readonly tickets: Map<string, FakeZammadTicket>
  /**
   * The customer writes `html` on an existing ticket: the article is stored (so write-back and backfill
   * see it) and the trigger's payload returned, to be signed with `signedZammadEvent`.
   */
  customerWrites(ticketId: number, html: string): ReturnType<typeof zammadTriggerPayload>
  /** Waits for the webhooks fired so far to be answered. */
  webhooksSent(): Promise<void>
}

/** The agent who answers generated tickets, and the API user whose token the adapter writes with. */
export const FAKE_ZAMMAD_AGENT_ID = 3
export const FAKE_ZAMMAD_BOT_USER_ID = 42

const SENDERS = { 1: 'Agent', 2: 'Customer', 3: 'System' } as const
const PRIORITIES: Readonly<Record<number, string>> = { 1: '1 low', 2: '2 normal', 3: '3 high' }

const CUSTOMER_LINES = [
  '<p>The printer driver you sent crashes on every start.</p><blockquote>Please try the attached driver.</blockquote>',
  '<p>Thanks a lot, the VPN works again.</p>',
  '<div>We were billed for 40 seats but we only have 25 people.</div>',
  '<p>Nobody has called me back although I was promised a call on Monday.</p>',
]
const AGENT_LINES = ['Could you send us the log file from last night?', 'I have corrected the invoice, the credit note follows.', 'A technician will call you tomorrow morning.']

function generate(count: number, start: number): Map<string, FakeZammadTicket> {
  const tickets = new Map<string, FakeZammadTicket>()
  let articleId = 60_000
  for (let i = 1; i <= count; i++) {
    const created = start + i * 60_000
    const customerId = 800 + i
    const articles: FakeZammadArticle[] = [
      { id: ++articleId, senderId: 2, type: 'email', internal: false, body: CUSTOMER_LINES[i % CUSTOMER_LINES.length] as string, contentType: 'text/html', createdAt: created, createdById: customerId },
      { id: ++articleId, senderId: 1, type: 'email', internal: false, body: AGENT_LINES[i % AGENT_LINES.length] as string, contentType: 'text/plain', createdAt: created + 10_000, createdById: FAKE_ZAMMAD_AGENT_ID },
    ]
    if (i % 3 === 0) articles.push({ id: ++articleId, senderId: 1, type: 'note', internal: true, body: 'Customer has an open invoice dispute.', contentType: 'text/plain', createdAt: created + 20_000, createdById: FAKE_ZAMMAD_AGENT_ID })
    if (i % 4 === 0) articles.push({ id: ++articleId, senderId: 3, type: 'note', internal: false, body: 'Ticket escalated after 24 hours without an answer.', contentType: 'text/plain', createdAt: created + 30_000, createdById: 1 })
    tickets.set(String(i), {
      id: i,
      customerId,
      state: (['new', 'open', 'pending reminder', 'closed'] as const)[i % 4] as string,
      priorityId: 2,
      tags: i % 2 === 0 ? ['hardware'] : [],
      createArticleType: 'email',
      updatedAt: created + 40_000,
      updatedById: FAKE_ZAMMAD_AGENT_ID,
      articles,
    })
  }
  return tickets
}

/** A ticket as the API answers with `expand=true` (associations by name). */
export function zammadTicketJson(t: FakeZammadTicket) {
  return {
    id: t.id,
    number: String(31_000 + t.id),
    title: `Ticket ${t.id}`,
    state: t.state,
    priority: PRIORITIES[t.priorityId] ?? '2 normal',
    priority_id: t.priorityId,
    group: 'Users',
    customer_id: t.customerId,
    customer: `customer${t.customerId}@example.org`,
    owner_id: FAKE_ZAMMAD_AGENT_ID,
    create_article_type: t.createArticleType,
    article_count: t.articles.length,
    updated_by_id: t.updatedById,
    updated_at: new Date(t.updatedAt).toISOString(),
    created_at: new Date((t.articles[0]?.createdAt ?? t.updatedAt) - 1000).toISOString(),
  }
}

/** An article as the API answers with `expand=true`. */
export function zammadArticleJson(a: FakeZammadArticle, ticketId: number) {
  return {
    id: a.id,
    ticket_id: ticketId,
    sender_id: a.senderId,
    sender: SENDERS[a.senderId],
    type: a.type,
    internal: a.internal,
    body: a.body,
    content_type: a.contentType,
    from: a.senderId === 2 ? 'customer@example.org' : 'Support',
    created_by_id: a.createdById,
    created_at: new Date(a.createdAt).toISOString(),
    attachments: [],
  }
}

/** A trigger webhook's default payload (`ticket` with its customer embedded, `article` with its creator). */
export function zammadTriggerPayload(t: FakeZammadTicket, a: FakeZammadArticle | null) {
  return {
    ticket: { ...zammadTicketJson(t), customer: { id: t.customerId, login: `customer${t.customerId}@example.org`, vip: false }, tags: t.tags },
    article: a === null ? {} : { ...zammadArticleJson(a, t.id), created_by: { id: a.createdById, login: `user${a.createdById}` } },
  }
}

/** A Zammad trigger webhook request signed with `secret`: `X-Hub-Signature: sha1=<hex HMAC-SHA1 of the body>`. */
export function signedZammadEvent(body: unknown, secret: string, options: { delivery?: string; trigger?: string } = {}): SignedRequest {
  const text = bodyText(body)
  const rawBody = new Uint8Array(Buffer.from(text, 'utf8'))
  return {
    rawBody,
    text,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Zammad User Agent',
      'x-zammad-trigger': options.trigger ?? 'Undertone',
      'x-hub-signature': `sha1=${hmac('sha1', secret, rawBody, 'hex')}`,
      ...(options.delivery === undefined ? {} : { 'x-zammad-delivery': options.delivery }),
    },
  }
}

function idOf(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : ''
}

/** Starts a fake Zammad with `options.tickets` generated tickets. */
export async function startFakeZammad(options: FakeZammadOptions = {}): Promise<FakeZammad> {
  const token = options.token ?? 'fake-zammad-token'
  const tickets = generate(options.tickets ?? 0, options.start ?? Date.parse('2026-01-01T00:00:00Z'))
  let nextArticleId = 700_000
  const sending: Promise<unknown>[] = []

  const fireWebhook = (t: FakeZammadTicket, a: FakeZammadArticle) => {
    if (options.webhookUrl === undefined || options.webhookSecret === undefined) return
    const signed = signedZammadEvent(zammadTriggerPayload(t, a), options.webhookSecret, { delivery: `fake-delivery-${a.id}` })
    sending.push(fetch(options.webhookUrl, { method: 'POST', headers: signed.headers, body: signed.text }).catch(() => undefined))
  }

  const touch = (t: FakeZammadTicket) => {
    t.updatedAt = Math.max(t.updatedAt + 1000, Date.now())
    t.updatedById = FAKE_ZAMMAD_BOT_USER_ID
  }

  const tag = (request: RecordedRequest, add: boolean): FakeAnswer => {
    const b = (request.body ?? {}) as { object?: unknown; o_id?: unknown; item?: unknown }
    if (b.object !== 'Ticket' || typeof b.item !== 'string' || b.item === '') return { status: 422, body: { error: 'Need object, o_id and item' } }
    const ticket = tickets.get(idOf(b.o_id))
    if (ticket === undefined) return { status: 404, body: { error: "Couldn't find Ticket" } }
    ticket.tags = add ? [...new Set([...ticket.tags, b.item])] : ticket.tags.filter((t) => t !== b.item)
    touch(ticket)
    return { status: add ? 201 : 200, body: true }
  }

  const createArticle = (request: RecordedRequest): FakeAnswer => {
    const b = (request.body ?? {}) as { ticket_id?: unknown; body?: unknown; internal?: unknown; type?: unknown; content_type?: unknown }
    const ticket = tickets.get(idOf(b.ticket_id))
    if (ticket === undefined) return { status: 422, body: { error: 'Need ticket_id' } }
    if (typeof b.body !== 'string' || b.body === '') return { status: 422, body: { error: 'Need body' } }
    const article: FakeZammadArticle = {
      id: ++nextArticleId,
      senderId: 1,
      type: typeof b.type === 'string' ? b.type : 'note',
      internal: b.internal === true,
      body: b.body,
      contentType: b.content_type === 'text/html' ? 'text/html' : 'text/plain',
      createdAt: Date.now(),
      createdById: FAKE_ZAMMAD_BOT_USER_ID,
    }
    ticket.articles.push(article)
    touch(ticket)
    fireWebhook(ticket, article)
    return { status: 201, body: zammadArticleJson(article, ticket.id) }
  }

  const route = (request: RecordedRequest): FakeAnswer => {
    const { method, path } = request
    if (method === 'GET' && path === '/api/v1/tickets') {
      const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1)
      const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 100) || 100))
      const sorted = [...tickets.values()].sort((a, b) => a.id - b.id)
      return { status: 200, body: sorted.slice((page - 1) * perPage, page * perPage).map(zammadTicketJson) }
    }
    const byTicket = /^\/api\/v1\/ticket_articles\/by_ticket\/([^/]+)$/.exec(path)
    if (method === 'GET' && byTicket !== null) {
      const ticket = tickets.get(decodeURIComponent(byTicket[1] as string))
      if (ticket === undefined) return { status: 404, body: { error: "Couldn't find Ticket" } }
      return { status: 200, body: ticket.articles.map((a) => zammadArticleJson(a, ticket.id)) }
    }
    if (method === 'POST' && path === '/api/v1/tags/add') return tag(request, true)
    if (method === 'DELETE' && path === '/api/v1/tags/remove') return tag(request, false)
    if (method === 'GET' && path === '/api/v1/tags') {
      const ticket = tickets.get(request.query.get('o_id') ?? '')
      return ticket === undefined ? { status: 404, body: { error: "Couldn't find Ticket" } } : { status: 200, body: { tags: ticket.tags } }
    }
    const one = /^\/api\/v1\/tickets\/([^/]+)$/.exec(path)
    if (method === 'PUT' && one !== null) {
      const ticket = tickets.get(decodeURIComponent(one[1] as string))
      if (ticket === undefined) return { status: 404, body: { error: "Couldn't find Ticket" } }
      const priorityId = (request.body as { priority_id?: unknown } | undefined)?.priority_id
      if (priorityId !== undefined) {
        if (typeof priorityId !== 'number' || PRIORITIES[priorityId] === undefined) return { status: 422, body: { error: 'Invalid priority_id' } }
        ticket.priorityId = priorityId
      }
      touch(ticket)
      return { status: 200, body: zammadTicketJson(ticket) }
    }
    if (method === 'POST' && path === '/api/v1/ticket_articles') return createArticle(request)
    return { status: 404, body: { error: 'No route matches' } }
  }

  const fake = await startFakeHelpdesk({ ...(options.port === undefined ? {} : { port: options.port }), authorized: (request) => request.headers['authorization'] === `Token token=${token}`, route })
  return {
    ...fake,
    token,
    tickets,
    customerWrites(ticketId, html) {
      const ticket = tickets.get(String(ticketId))
      if (ticket === undefined) throw new Error(`fake Zammad: no ticket ${ticketId}`)
      const article: FakeZammadArticle = { id: ++nextArticleId, senderId: 2, type: 'email', internal: false, body: html, contentType: 'text/html', createdAt: Date.now(), createdById: ticket.customerId }
      ticket.articles.push(article)
      ticket.updatedAt = article.createdAt
      ticket.updatedById = ticket.customerId
      return zammadTriggerPayload(ticket, article)
    },
    webhooksSent: async () => {
      await Promise.all(sending)
    },
  }
}
