/**
 * A fake Chatwoot on 127.0.0.1, built from the documented Application API and webhook payloads: the
 * conversation list (25 a page, `status`, `sort_by`), a conversation's messages (`after`/`before`),
 * labels (the POST replaces the set), `toggle_priority` and message creation, behind the
 * `api_access_token` header. A private note created through the API fires a signed `message_created`
 * webhook when a webhook URL is set, as Chatwoot does, so a round trip can show our note not coming back.
 */
import { hmac } from '../safe-equal.js'
import { bodyText, type FakeAnswer, type FakeHelpdesk, type RecordedRequest, type SignedRequest, startFakeHelpdesk } from './fake-helpdesk.js'

/** A message in the fake: `messageType` 0 incoming, 1 outgoing, 2 activity, 3 template (the API's numbers). */
export interface FakeChatwootMessage {
  id: number
  messageType: 0 | 1 | 2 | 3
  private: boolean
  content: string
  senderType: 'contact' | 'user' | 'agent_bot' | null
  senderId: number | null
  /** Unix seconds. */
  createdAt: number
}

export interface FakeChatwootConversation {
  /** The id the API paths and the agent UI use. */
  displayId: number
  contactId: number
  status: 'open' | 'pending' | 'snoozed' | 'resolved'
  labels: string[]
  priority: string | null
  channel: string
  /** Unix seconds. */
  createdAt: number
  lastActivityAt: number
  messages: FakeChatwootMessage[]
}

export interface FakeChatwootOptions {
  /** Listen on this port of 127.0.0.1 (default: a free one). */
  readonly port?: number
  /** Conversations to generate (default 0). */
  readonly conversations?: number
  readonly accountId?: number
  readonly token?: string
  /** The first conversation's creation in ms (default 2026-01-01); each next one is a minute later. */
  readonly start?: number
  /** Where to send `message_created` for messages created through the API, signed with `webhookSecret`. */
  readonly webhookUrl?: string
  readonly webhookSecret?: string
}

export interface FakeChatwoot extends FakeHelpdesk {
  readonly accountId: number
  readonly token: string
  readonly conversations: Map<string, FakeChatwootConversation>
  /** Adds a conversation (for a webhook test) and returns it. */
  addConversation(conversation: FakeChatwootConversation): FakeChatwootConversation
  /**
   * The contact writes `content` in an existing conversation: the message is stored (so write-back and
   * backfill see it) and its `message_created` body returned, to be signed with `signedChatwootEvent`.
   */
  customerWrites(conversationId: number, content: string): ReturnType<typeof chatwootMessageEvent>
  /** Waits for the webhooks fired so far to be answered. */
  webhooksSent(): Promise<void>
}

/** Chatwoot's conversation page size. */
export const FAKE_CHATWOOT_PAGE_SIZE = 25
/** The agent who answers in generated conversations, and the user whose token the adapter writes with. */
export const FAKE_CHATWOOT_AGENT_ID = 11
export const FAKE_CHATWOOT_BOT_USER_ID = 99
/** The agent bot that greets in generated conversations. */
export const FAKE_CHATWOOT_AGENT_BOT_ID = 7

const CUSTOMER_LINES = [
  'My order arrived with a cracked screen and nobody has answered my emails.',
  'Thank you, the replacement came this morning and works perfectly.',
  'I cannot log in since the update and I have a deadline today.',
  'How do I move my subscription to the yearly plan?',
  'This is the fourth time I am asking for a refund.',
]
const AGENT_LINES = ['I am sorry for the trouble, a new one ships today.', 'Could you try signing in from a private window?', 'I have passed this to billing.']

function generate(count: number, start: number): Map<string, FakeChatwootConversation> {
  const conversations = new Map<string, FakeChatwootConversation>()
  let messageId = 30_000
  for (let i = 1; i <= count; i++) {
    const created = Math.floor((start + i * 60_000) / 1000)
    const contactId = 5_000 + i
    const messages: FakeChatwootMessage[] = []
    if (i % 5 === 0) messages.push({ id: ++messageId, messageType: 1, private: false, content: 'Hi! A person will be with you shortly.', senderType: 'agent_bot', senderId: FAKE_CHATWOOT_AGENT_BOT_ID, createdAt: created })
    messages.push({ id: ++messageId, messageType: 0, private: false, content: CUSTOMER_LINES[i % CUSTOMER_LINES.length] as string, senderType: 'contact', senderId: contactId, createdAt: created + 5 })
    messages.push({ id: ++messageId, messageType: 2, private: false, content: 'Conversation was assigned to Dana', senderType: null, senderId: null, createdAt: created + 6 })
    messages.push({ id: ++messageId, messageType: 1, private: false, content: AGENT_LINES[i % AGENT_LINES.length] as string, senderType: 'user', senderId: FAKE_CHATWOOT_AGENT_ID, createdAt: created + 20 })
    if (i % 3 === 0) messages.push({ id: ++messageId, messageType: 1, private: true, content: 'Customer is on the legacy plan, check before refunding.', senderType: 'user', senderId: FAKE_CHATWOOT_AGENT_ID, createdAt: created + 30 })
    // Every seventh conversation is long enough that its messages take more than one call.
    if (i % 7 === 0) for (let n = 0; n < 130; n++) messages.push({ id: ++messageId, messageType: n % 2 === 0 ? 0 : 1, private: false, content: n % 2 === 0 ? `Still waiting on step ${n}.` : `Step ${n} is done on our side.`, senderType: n % 2 === 0 ? 'contact' : 'user', senderId: n % 2 === 0 ? contactId : FAKE_CHATWOOT_AGENT_ID, createdAt: created + 40 + n })
    conversations.set(String(i), {
      displayId: i,
      contactId,
      status: (['open', 'pending', 'snoozed', 'resolved'] as const)[i % 4] as FakeChatwootConversation['status'],
      labels: i % 2 === 0 ? ['billing'] : [],
      priority: null,
      channel: i % 2 === 0 ? 'Channel::Email' : 'Channel::WebWidget',
      createdAt: created,
      lastActivityAt: (messages[messages.length - 1] as FakeChatwootMessage).createdAt,
      messages,
    })
  }
  return conversations
}

function senderJson(message: FakeChatwootMessage) {
  if (message.senderType === null || message.senderId === null) return null
  return { id: message.senderId, name: message.senderType === 'contact' ? 'Ana Customer' : 'Dana Agent', type: message.senderType }
}

/** A conversation as the API lists it (unix times, `meta.sender` the contact). */
export function chatwootConversationJson(c: FakeChatwootConversation, accountId: number) {
  return {
    id: c.displayId,
    account_id: accountId,
    inbox_id: 1,
    status: c.status,
    labels: c.labels,
    priority: c.priority,
    meta: { sender: { id: c.contactId, name: 'Ana Customer', type: 'contact' }, channel: c.channel, assignee: { id: FAKE_CHATWOOT_AGENT_ID, name: 'Dana Agent' } },
    created_at: c.createdAt,
    last_activity_at: c.lastActivityAt,
    timestamp: c.lastActivityAt,
    unread_count: 0,
  }
}

function messageApiJson(m: FakeChatwootMessage, c: FakeChatwootConversation) {
  return {
    id: m.id,
    content: m.content,
    inbox_id: 1,
    // The internal id, not the display id: the API says so too.
    conversation_id: 100_000 + c.displayId,
    message_type: m.messageType,
    content_type: 'text',
    status: 'sent',
    private: m.private,
    source_id: null,
    created_at: m.createdAt,
    sender: senderJson(m),
  }
}

/** A `message_created` / `message_updated` webhook body, as Chatwoot sends it (names for enums, ISO times). */
export function chatwootMessageEvent(c: FakeChatwootConversation, m: FakeChatwootMessage, accountId: number, event = 'message_created') {
  return {
    event,
    id: m.id,
    content: m.content,
    content_type: 'text',
    created_at: new Date(m.createdAt * 1000).toISOString(),
    message_type: (['incoming', 'outgoing', 'activity', 'template'] as const)[m.messageType],
    private: m.private,
    source_id: null,
    sender: senderJson(m),
    inbox: { id: 1, name: 'Website' },
    account: { id: accountId, name: 'Acme Support' },
    conversation: {
      id: c.displayId,
      inbox_id: 1,
      channel: c.channel,
      status: c.status,
      labels: c.labels,
      priority: c.priority,
      contact_inbox: { contact_id: c.contactId, inbox_id: 1, source_id: 'b1c2d3' },
      meta: { sender: { id: c.contactId, name: 'Ana Customer', type: 'contact' }, assignee: null },
      last_activity_at: c.lastActivityAt,
      created_at: c.createdAt,
    },
  }
}

/**
 * A Chatwoot webhook request signed the way newer Chatwoot builds sign: `X-Chatwoot-Signature:
 * sha256=<hex HMAC(secret, "<timestamp>.<body>")>` at `timestamp` (unix seconds, default now).
 */
export function signedChatwootEvent(body: unknown, secret: string, options: { timestamp?: number; delivery?: string } = {}): SignedRequest {
  const text = bodyText(body)
  const rawBody = new Uint8Array(Buffer.from(text, 'utf8'))
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  return {
    rawBody,
    text,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'rest-client/2.1.0',
      'x-chatwoot-timestamp': timestamp,
      'x-chatwoot-signature': `sha256=${hmac('sha256', secret, Buffer.concat([Buffer.from(`${timestamp}.`), rawBody]), 'hex')}`,
      ...(options.delivery === undefined ? {} : { 'x-chatwoot-delivery': options.delivery }),
    },
  }
}

/** Starts a fake Chatwoot with `options.conversations` generated conversations. */
export async function startFakeChatwoot(options: FakeChatwootOptions = {}): Promise<FakeChatwoot> {
  const accountId = options.accountId ?? 3
  const token = options.token ?? 'fake-chatwoot-token'
  const conversations = generate(options.conversations ?? 0, options.start ?? Date.parse('2026-01-01T00:00:00Z'))
  let nextMessageId = 900_000
  const sending: Promise<unknown>[] = []

  const fireWebhook = (c: FakeChatwootConversation, m: FakeChatwootMessage) => {
    if (options.webhookUrl === undefined || options.webhookSecret === undefined) return
    const signed = signedChatwootEvent(chatwootMessageEvent(c, m, accountId), options.webhookSecret, { delivery: `fake-delivery-${m.id}` })
    sending.push(fetch(options.webhookUrl, { method: 'POST', headers: signed.headers, body: signed.text }).catch(() => undefined))
  }

  const list = (request: RecordedRequest): FakeAnswer => {
    const status = request.query.get('status') ?? 'open'
    const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1)
    const all = [...conversations.values()].filter((c) => status === 'all' || c.status === status)
    // Chatwoot's default order is the latest activity first; created_at_asc is what a backfill asks for.
    const sorted = request.query.get('sort_by') === 'created_at_asc' ? all.sort((a, b) => a.createdAt - b.createdAt || a.displayId - b.displayId) : all.sort((a, b) => b.lastActivityAt - a.lastActivityAt)
    const slice = sorted.slice((page - 1) * FAKE_CHATWOOT_PAGE_SIZE, page * FAKE_CHATWOOT_PAGE_SIZE)
    return {
      status: 200,
      body: { data: { meta: { mine_count: 0, assigned_count: all.length, unassigned_count: 0, all_count: all.length }, payload: slice.map((c) => chatwootConversationJson(c, accountId)) } },
    }
  }

  const messages = (c: FakeChatwootConversation, request: RecordedRequest): FakeAnswer => {
    const after = request.query.get('after')
    const before = request.query.get('before')
    const sorted = [...c.messages].sort((a, b) => a.id - b.id)
    const page = after !== null ? sorted.filter((m) => m.id > Number(after)).slice(0, 100) : before !== null ? sorted.filter((m) => m.id < Number(before)).slice(-20) : sorted.slice(-20)
    return { status: 200, body: { meta: { labels: c.labels, contact: { id: c.contactId } }, payload: page.map((m) => messageApiJson(m, c)) } }
  }

  const create = (c: FakeChatwootConversation, body: unknown): FakeAnswer => {
    const b = (body ?? {}) as { content?: unknown; message_type?: unknown; private?: unknown }
    if (typeof b.content !== 'string' || b.content === '') return { status: 422, body: { error: 'Content is required' } }
    const message: FakeChatwootMessage = {
      id: ++nextMessageId,
      messageType: b.message_type === 'incoming' ? 0 : 1,
      private: b.private === true,
      content: b.content,
      senderType: 'user',
      senderId: FAKE_CHATWOOT_BOT_USER_ID,
      createdAt: Math.floor(Date.now() / 1000),
    }
    c.messages.push(message)
    c.lastActivityAt = message.createdAt
    fireWebhook(c, message)
    return { status: 200, body: chatwootMessageEvent(c, message, accountId, 'message_created') }
  }

  const route = (request: RecordedRequest): FakeAnswer => {
    const prefix = `/api/v1/accounts/${accountId}/conversations`
    if (!request.path.startsWith(prefix)) return { status: 404, body: { error: 'Resource could not be found' } }
    const rest = request.path.slice(prefix.length)
    if (rest === '' && request.method === 'GET') return list(request)
    const match = /^\/([^/]+)\/(messages|labels|toggle_priority)$/.exec(rest)
    const conversation = match === null ? undefined : conversations.get(decodeURIComponent(match[1] as string))
    if (match === null || conversation === undefined) return { status: 404, body: { error: 'Resource could not be found' } }
    const action = `${request.method} ${match[2]}`
    if (action === 'GET messages') return messages(conversation, request)
    if (action === 'POST messages') return create(conversation, request.body)
    if (action === 'GET labels') return { status: 200, body: { payload: conversation.labels } }
    if (action === 'POST labels') {
      const labels = (request.body as { labels?: unknown } | undefined)?.labels
      if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) return { status: 422, body: { error: 'labels must be a list' } }
      conversation.labels = [...new Set(labels as string[])]
      return { status: 200, body: { payload: conversation.labels } }
    }
    if (action === 'POST toggle_priority') {
      const priority = (request.body as { priority?: unknown } | undefined)?.priority
      if (priority !== null && priority !== undefined && !['urgent', 'high', 'medium', 'low'].includes(String(priority))) return { status: 422, body: { error: 'Invalid priority' } }
      conversation.priority = (priority as string | null | undefined) ?? null
      return { status: 200 }
    }
    return { status: 404, body: { error: 'Resource could not be found' } }
  }

  const fake = await startFakeHelpdesk({ ...(options.port === undefined ? {} : { port: options.port }), authorized: (request) => request.headers['api_access_token'] === token, route })
  return {
    ...fake,
    accountId,
    token,
    conversations,
    addConversation(conversation) {
      conversations.set(String(conversation.displayId), conversation)
      return conversation
    },
    customerWrites(conversationId, content) {
      const conversation = conversations.get(String(conversationId))
      if (conversation === undefined) throw new Error(`fake Chatwoot: no conversation ${conversationId}`)
      const message: FakeChatwootMessage = { id: ++nextMessageId, messageType: 0, private: false, content, senderType: 'contact', senderId: conversation.contactId, createdAt: Math.floor(Date.now() / 1000) }
      conversation.messages.push(message)
      conversation.lastActivityAt = message.createdAt
      return chatwootMessageEvent(conversation, message, accountId)
    },
    webhooksSent: async () => {
      await Promise.all(sending)
    },
  }
}
