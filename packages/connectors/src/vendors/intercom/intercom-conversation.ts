/**
 * An Intercom conversation as canonical messages, shared by webhooks and backfill. The message that
 * opened the conversation is its `source`, not a part, so it is read from there; parts are read when
 * they carry words (comments and notes, not assignments or state changes).
 */
import { VendorPayloadError } from '../../connector-errors.js'
import type { AuthorRole, CanonicalMessage } from '../../vendor-adapter.js'
import { isOwnNote } from '../own-note.js'
import { canonicalStatus, enumValue, type Fields, fields, id, list, optionalBoolean, optionalFields, optionalId, optionalString, unixMillis } from '../payload-fields.js'
import { plainText } from '../plain-text.js'

const CHANNELS: Readonly<Record<string, string>> = {
  conversation: 'chat',
  email: 'email',
  whatsapp: 'whatsapp',
  sms: 'sms',
  facebook: 'social_facebook',
  instagram: 'social_instagram',
  twitter: 'social_twitter',
  phone_call: 'phone',
  phone_switch: 'phone',
  push: 'other',
}

/** Parts that carry words someone wrote; the rest are events (assignment, open, close, snooze, attribute changes). */
const WORDED_PARTS = new Set(['comment', 'note', 'note_and_reopen', 'quick_reply', 'open', 'close'])
const NOTE_PARTS = new Set(['note', 'note_and_reopen'])

/** `source.delivered_as` values that mean the opening message was sent by automation. */
const AUTOMATED_DELIVERY = new Set(['campaigns_initiated', 'operator_initiated', 'automated'])

/** user and lead (and contact) are the customer; admin and team are agents, unless the AI agent answered; bot is a bot. */
function roleOf(author: Fields): AuthorRole {
  const type = enumValue(author['type'])
  if (type === 'bot' || optionalBoolean(author['from_ai_agent']) === true || optionalBoolean(author['is_ai_answer']) === true) return 'bot'
  if (type === 'user' || type === 'lead' || type === 'contact') return 'customer'
  if (type === 'admin' || type === 'team') return 'agent'
  return 'system'
}

/** What mapping found: the messages, and how many entries were our own notes. */
export interface IntercomMapped {
  readonly messages: CanonicalMessage[]
  readonly own: number
}

/**
 * Maps `conversation`: its source when `includeSource`, and every worded part. Entries by `adminId` that
 * are notes, and any entry opening with our marker, are our own write-backs and are left out.
 */
export function intercomConversationMessages(conversation: Fields, includeSource: boolean, adminId: string | undefined): IntercomMapped {
  const conversationId = id(conversation['id'], 'conversation.id')
  const source = optionalFields(conversation['source'])
  const sourceAuthor = optionalFields(source?.['author'])
  const contacts = optionalFields(conversation['contacts'])
  const firstContact = optionalFields(list(contacts?.['contacts'] ?? [], 'contacts.contacts')[0])
  const customerId =
    optionalId(firstContact?.['id'], 'contacts[0].id') ?? (sourceAuthor !== undefined && roleOf(sourceAuthor) === 'customer' ? optionalId(sourceAuthor['id'], 'source.author.id') : undefined)
  const status = canonicalStatus(enumValue(conversation['state']))
  const sourceType = enumValue(source?.['type'])
  const channel = sourceType === undefined ? undefined : (CHANNELS[sourceType] ?? 'other')
  const tags = list(optionalFields(conversation['tags'])?.['tags'] ?? [], 'tags.tags')
    .map((tag) => optionalString(optionalFields(tag)?.['name'], 'tag.name'))
    .filter((name): name is string => name !== undefined)
  const messages: CanonicalMessage[] = []
  let own = 0
  const add = (externalId: string, author: Fields, body: string, createdAt: number, internal: boolean, automated = false) => {
    const authorId = optionalId(author['id'], 'author.id')
    if (isOwnNote(body) || (internal && adminId !== undefined && authorId === adminId && enumValue(author['type']) === 'admin')) {
      own++
      return
    }
    const text = plainText(body)
    if (text === '') return
    const role = automated ? 'bot' : roleOf(author)
    const customer = customerId ?? (role === 'customer' ? authorId : undefined)
    if (customer === undefined) throw new VendorPayloadError(`conversation ${conversationId} names no contact`)
    messages.push({
      externalId,
      conversationId,
      customerId: customer,
      role,
      text,
      createdAt,
      ...(channel === undefined ? {} : { channel }),
      ...(role === 'agent' && authorId !== undefined ? { agentId: authorId } : {}),
      ...(tags.length === 0 ? {} : { tags }),
      ...(internal ? { internal: true } : {}),
      ...(status === undefined ? {} : { status }),
    })
  }
  if (includeSource && source !== undefined && sourceAuthor !== undefined) {
    // A campaign, a custom bot or an automation opened it: nobody wrote those words to this customer.
    const automated = AUTOMATED_DELIVERY.has(enumValue(source['delivered_as']) ?? '')
    add(id(source['id'], 'source.id'), sourceAuthor, optionalString(source['body'], 'source.body') ?? '', unixMillis(conversation['created_at'], 'conversation.created_at'), false, automated)
  }
  const parts = optionalFields(conversation['conversation_parts'])
  for (const item of list(parts?.['conversation_parts'] ?? [], 'conversation_parts')) {
    const part = fields(item, 'conversation part')
    const partType = enumValue(part['part_type']) ?? 'comment'
    if (!WORDED_PARTS.has(partType)) continue
    const body = optionalString(part['body'], 'part.body')
    if (body === undefined) continue
    add(id(part['id'], 'part.id'), fields(part['author'], 'part.author'), body, unixMillis(part['created_at'], 'part.created_at'), NOTE_PARTS.has(partType))
  }
  return { messages, own }
}
