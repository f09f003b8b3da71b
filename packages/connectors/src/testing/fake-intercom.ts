/**
 * A fake Intercom on 127.0.0.1, built from the documented REST API: conversation search with
 * `updated_at >` and cursor pagination (`pages.next.starting_after`), full conversations with their
 * source and parts, tags by id (`POST /tags` creates or returns), tagging as an admin, admin notes,
 * and conversation data attributes that must exist. Plus signed webhook notifications.
 */
import { intercomSignature } from '../vendors/intercom/intercom-signature.js'
import { INTERCOM_DEFAULT_PRIORITY_ATTRIBUTE } from '../vendors/intercom/intercom-spec.js'
import { bodyText, type FakeAnswer, type FakeHelpdesk, type RecordedRequest, type SignedRequest, startFakeHelpdesk } from './fake-helpdesk.js'

export interface FakeIntercomPart {
  id: string
  partType: string
  authorType: 'user' | 'lead' | 'admin' | 'bot'
  authorId: string
  body: string | null
  createdAt: number
}

export interface FakeIntercomConversation {
  id: string
  contactId: string
  state: string
  createdAt: number
  updatedAt: number
  sourceId: string
  sourceBody: string
  tagIds: string[]
  customAttributes: Record<string, unknown>
  parts: FakeIntercomPart[]
}

export interface FakeIntercomOptions {
  /** Listen on this port of 127.0.0.1 (default: a free one). */
  readonly port?: number
  readonly conversations?: number
  readonly accessToken?: string
  /** The first conversation's update time in unix seconds (default 2026-01-01); each next one a minute later. */
  readonly start?: number
  /** Conversation data attributes that exist in the workspace (default: the adapter's priority attribute). */
  readonly attributes?: readonly string[]
}

export interface FakeIntercom extends FakeHelpdesk {
  readonly accessToken: string
  readonly conversations: Map<string, FakeIntercomConversation>
  /** Tags in the workspace by id. */
  readonly tags: Map<string, string>
}

export const FAKE_INTERCOM_ADMIN_ID = '5512001'
export const FAKE_INTERCOM_BOT_ADMIN_ID = '5512999'

const OPENERS = [
  '<p>Your app deleted my project. I need this fixed today.</p>',
  '<p>Hi, how do I change the billing e-mail?</p>',
  '<p>The new dashboard is lovely, thanks!</p>',
  '<p>I have asked three times now and nobody answers.</p>',
]

function generate(count: number, start: number): Map<string, FakeIntercomConversation> {
  const conversations = new Map<string, FakeIntercomConversation>()
  let partId = 9_000
  for (let i = 1; i <= count; i++) {
    const updated = start + i * 60
    const contactId = `65f0c0ffee${String(i).padStart(4, '0')}`
    const parts: FakeIntercomPart[] = [
      { id: String(++partId), partType: 'comment', authorType: 'bot', authorId: '4400', body: '<p>Sorry to hear that! Can you share more details?</p>', createdAt: updated - 50 },
      { id: String(++partId), partType: 'comment', authorType: 'user', authorId: contactId, body: '<p>Q3 roadmap. This is unacceptable.</p>', createdAt: updated - 40 },
      { id: String(++partId), partType: 'assignment', authorType: 'admin', authorId: FAKE_INTERCOM_ADMIN_ID, body: null, createdAt: updated - 35 },
      { id: String(++partId), partType: 'comment', authorType: 'admin', authorId: FAKE_INTERCOM_ADMIN_ID, body: '<p>I have restored it from the backup.</p>', createdAt: updated - 30 },
    ]
    if (i % 3 === 0) parts.push({ id: String(++partId), partType: 'note', authorType: 'admin', authorId: FAKE_INTERCOM_ADMIN_ID, body: '<p>Loyal customer, offer a credit.</p>', createdAt: updated - 20 })
    const id = `2154687900${String(i).padStart(5, '0')}`
    conversations.set(id, {
      id,
      contactId,
      state: i % 4 === 0 ? 'closed' : 'open',
      createdAt: updated - 60,
      updatedAt: updated,
      sourceId: String(3_000 + i),
      sourceBody: OPENERS[i % OPENERS.length] as string,
      tagIds: [],
      customAttributes: {},
      parts,
    })
  }
  return conversations
}

/** A conversation as `GET /conversations/{id}` returns it. */
export function intercomConversationJson(c: FakeIntercomConversation, tags: ReadonlyMap<string, string> = new Map()) {
  return {
    type: 'conversation',
    id: c.id,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    state: c.state,
    open: c.state === 'open',
    priority: 'not_priority',
    admin_assignee_id: Number(FAKE_INTERCOM_ADMIN_ID),
    source: { type: 'conversation', id: c.sourceId, delivered_as: 'customer_initiated', subject: '', body: c.sourceBody, author: { type: 'user', id: c.contactId, name: 'Bo' } },
    contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: c.contactId, external_id: `cust_${c.contactId.slice(-4)}` }] },
    tags: { type: 'tag.list', tags: c.tagIds.map((id) => ({ type: 'tag', id, name: tags.get(id) })) },
    custom_attributes: c.customAttributes,
    conversation_parts: {
      type: 'conversation_part.list',
      total_count: c.parts.length,
      conversation_parts: c.parts.map((p) => ({
        type: 'conversation_part',
        id: p.id,
        part_type: p.partType,
        body: p.body,
        created_at: p.createdAt,
        updated_at: p.createdAt,
        author: { type: p.authorType, id: p.authorId, ...(p.authorType === 'bot' ? { from_ai_agent: true, is_ai_answer: true } : {}) },
      })),
    },
  }
}

function errorList(status: number, code: string, message: string): FakeAnswer {
  return { status, body: { type: 'error.list', request_id: 'fake', errors: [{ code, message }] } }
}

/** Starts a fake Intercom with `options.conversations` generated conversations. */
export async function startFakeIntercom(options: FakeIntercomOptions = {}): Promise<FakeIntercom> {
  const accessToken = options.accessToken ?? 'fake-intercom-token'
  const start = options.start ?? Date.parse('2026-01-01T00:00:00Z') / 1000
  const conversations = generate(options.conversations ?? 0, start)
  const attributes = new Set(options.attributes ?? [INTERCOM_DEFAULT_PRIORITY_ATTRIBUTE])
  const tags = new Map<string, string>()
  let clock = start + 365 * 86_400
  let nextTagId = 100
  let nextPartId = 50_000

  const search = (request: RecordedRequest): FakeAnswer => {
    const body = (request.body ?? {}) as { query?: { field?: unknown; operator?: unknown; value?: unknown }; pagination?: { per_page?: unknown; starting_after?: unknown } }
    const query = body.query
    if (query?.field !== 'updated_at' || query.operator !== '>' || typeof query.value !== 'number') return errorList(400, 'parameter_invalid', 'query must be {field: updated_at, operator: >, value: number}')
    const perPage = typeof body.pagination?.per_page === 'number' ? Math.min(150, body.pagination.per_page) : 20
    const sorted = [...conversations.values()].filter((c) => c.updatedAt > (query.value as number)).sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id))
    let rest = sorted
    const after = body.pagination?.starting_after
    if (typeof after === 'string') {
      const [updatedAt, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [number, string]
      rest = sorted.filter((c) => c.updatedAt > updatedAt || (c.updatedAt === updatedAt && c.id > id))
    }
    const page = rest.slice(0, perPage)
    const last = page[page.length - 1]
    const more = rest.length > perPage && last !== undefined
    return {
      status: 200,
      body: {
        type: 'conversation.list',
        conversations: page.map((c) => ({ type: 'conversation', id: c.id, created_at: c.createdAt, updated_at: c.updatedAt, state: c.state })),
        total_count: sorted.length,
        pages: {
          type: 'pages',
          page: 1,
          per_page: perPage,
          total_pages: Math.ceil(sorted.length / perPage),
          ...(more ? { next: { page: 2, starting_after: Buffer.from(JSON.stringify([last.updatedAt, last.id])).toString('base64url') } } : {}),
        },
      },
    }
  }

  const touch = (c: FakeIntercomConversation) => {
    clock += 1
    c.updatedAt = clock
  }

  const fake = await startFakeHelpdesk({
    ...(options.port === undefined ? {} : { port: options.port }),
    authorized: (request) => request.headers['authorization'] === `Bearer ${accessToken}`,
    isRead: (request) => request.path === '/conversations/search',
    route: (request) => {
      if (request.method === 'POST' && request.path === '/conversations/search') return search(request)
      if (request.path === '/tags' && request.method === 'GET') return { status: 200, body: { type: 'list', data: [...tags].map(([id, name]) => ({ type: 'tag', id, name })) } }
      if (request.path === '/tags' && request.method === 'POST') {
        const name = (request.body as { name?: unknown } | undefined)?.name
        if (typeof name !== 'string' || name === '') return errorList(400, 'parameter_invalid', 'name is required')
        const existing = [...tags].find(([, n]) => n === name)
        const id = existing?.[0] ?? String(++nextTagId)
        tags.set(id, name)
        return { status: 200, body: { type: 'tag', id, name } }
      }
      const match = /^\/conversations\/([^/]+)(\/tags(?:\/([^/]+))?|\/reply)?$/.exec(request.path)
      const conversation = match === null ? undefined : conversations.get(decodeURIComponent(match[1] as string))
      if (match === null || conversation === undefined) return errorList(404, 'not_found', 'Resource Not Found')
      const sub = match[2]
      const body = (request.body ?? {}) as Record<string, unknown>
      if (sub === undefined && request.method === 'GET') return { status: 200, body: intercomConversationJson(conversation, tags) }
      if (sub === undefined && request.method === 'PUT') {
        const custom = body['custom_attributes'] as Record<string, unknown> | undefined
        for (const name of Object.keys(custom ?? {})) if (!attributes.has(name)) return errorList(400, 'parameter_invalid', `Custom attribute '${name}' does not exist`)
        Object.assign(conversation.customAttributes, custom)
        touch(conversation)
        return { status: 200, body: intercomConversationJson(conversation, tags) }
      }
      if (sub === '/tags' && request.method === 'POST') {
        if (body['admin_id'] === undefined) return errorList(400, 'parameter_not_found', 'admin_id not specified')
        const tagId = String(body['id'])
        if (!tags.has(tagId)) return errorList(404, 'tag_not_found', 'Tag not found')
        if (!conversation.tagIds.includes(tagId)) conversation.tagIds.push(tagId)
        touch(conversation)
        return { status: 200, body: { type: 'tag', id: tagId, name: tags.get(tagId) } }
      }
      if (sub?.startsWith('/tags/') && request.method === 'DELETE') {
        if (body['admin_id'] === undefined) return errorList(400, 'parameter_not_found', 'admin_id not specified')
        const tagId = decodeURIComponent(match[3] as string)
        if (!conversation.tagIds.includes(tagId)) return errorList(404, 'tag_not_found', 'Tag not found')
        conversation.tagIds = conversation.tagIds.filter((t) => t !== tagId)
        touch(conversation)
        return { status: 200, body: { type: 'tag', id: tagId, name: tags.get(tagId) } }
      }
      if (sub === '/reply' && request.method === 'POST') {
        if (body['type'] !== 'admin' || body['admin_id'] === undefined || typeof body['body'] !== 'string') return errorList(400, 'parameter_invalid', 'an admin reply needs type, admin_id and body')
        if (body['message_type'] !== 'note' && body['message_type'] !== 'comment') return errorList(400, 'parameter_invalid', 'message_type must be comment or note')
        touch(conversation)
        conversation.parts.push({ id: String(++nextPartId), partType: body['message_type'] as string, authorType: 'admin', authorId: String(body['admin_id']), body: body['body'], createdAt: clock })
        return { status: 200, body: intercomConversationJson(conversation, tags) }
      }
      return errorList(404, 'not_found', 'Resource Not Found')
    },
  })
  return { ...fake, accessToken, conversations, tags }
}

/** A webhook notification signed with the app's client secret, as Intercom sends it. */
export function signedIntercomEvent(body: unknown, clientSecret: string): SignedRequest {
  const text = bodyText(body)
  const rawBody = new Uint8Array(Buffer.from(text, 'utf8'))
  return { rawBody, text, headers: { 'content-type': 'application/json', 'x-hub-signature': intercomSignature(clientSecret, rawBody) } }
}

/** A notification envelope for `topic` around `conversation` (see `intercomConversationJson`). */
export function intercomNotification(id: string, topic: string, conversation: unknown, createdAt = 1_772_443_012): Record<string, unknown> {
  return {
    type: 'notification_event',
    id,
    topic,
    app_id: 'k9x2wq7a',
    created_at: createdAt,
    delivery_attempts: 1,
    first_sent_at: createdAt,
    data: { type: 'notification_event_data', item: conversation },
  }
}
