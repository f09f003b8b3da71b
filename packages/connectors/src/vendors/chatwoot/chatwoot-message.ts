/**
 * Maps one Chatwoot message, from a webhook or from the Application API, to a canonical message: the
 * role from `message_type` and the sender's type, `private` as internal, the conversation's status and
 * channel. The webhook and the backfill share it, so a message reads the same whichever way it came.
 */
import { VendorPayloadError } from '../../connector-errors.js'
import type { AuthorRole, CanonicalMessage, CanonicalStatus } from '../../vendor-adapter.js'
import { plainText } from '../plain-text.js'
import type { ChatwootConversation, ChatwootMessage } from './chatwoot-payload.js'

/** `message_type` as the API numbers it. */
const MESSAGE_TYPES: Readonly<Record<string, string>> = { '0': 'incoming', '1': 'outgoing', '2': 'activity', '3': 'template' }

/** Chatwoot's statuses; snoozed waits on someone, as pending does. */
const STATUSES: Readonly<Record<string, CanonicalStatus>> = { open: 'open', pending: 'pending', snoozed: 'pending', resolved: 'resolved', closed: 'closed' }

/** Inbox channel classes (`Channel::WebWidget`) to the canonical channel names. */
const CHANNELS: Readonly<Record<string, string>> = {
  webwidget: 'chat',
  email: 'email',
  whatsapp: 'whatsapp',
  api: 'api',
  sms: 'sms',
  twiliosms: 'sms',
  facebookpage: 'social_facebook',
  instagram: 'social_instagram',
  twitterprofile: 'social_twitter',
  telegram: 'messaging',
  line: 'messaging',
  voice: 'phone',
}

/** `contact`, `user`, `agent_bot` whichever way Chatwoot spelt it (`Contact`, `AgentBot`). */
export function senderTypeOf(message: ChatwootMessage): string | undefined {
  const raw = message.sender?.type ?? message.sender_type
  return raw === undefined || raw === null ? undefined : raw.replace(/[^a-z]/gi, '').toLowerCase().replace('agentbot', 'agent_bot')
}

/** The id of whoever wrote the message. */
export function senderIdOf(message: ChatwootMessage): string | undefined {
  return message.sender?.id ?? message.sender_id ?? undefined
}

/** `incoming`, `outgoing`, `activity` or `template`, from a name in any case or the API's number. */
export function messageTypeOf(message: ChatwootMessage): string {
  const raw = String(message.message_type).trim().toLowerCase()
  return MESSAGE_TYPES[raw] ?? raw
}

function roleOf(message: ChatwootMessage): AuthorRole {
  const type = messageTypeOf(message)
  if (type === 'incoming') return 'customer'
  if (type === 'outgoing') {
    const sender = senderTypeOf(message)
    // An outgoing message with no user behind it is Chatwoot's own automation (auto-reply, campaign, CSAT).
    return sender === 'user' ? 'agent' : 'bot'
  }
  if (type === 'activity' || type === 'template') return 'system'
  throw new VendorPayloadError(`chatwoot: message ${message.id}: unknown message_type "${String(message.message_type)}"`)
}

/** The conversation's id as the API paths and the agent UI use it. */
export function conversationIdOf(conversation: ChatwootConversation): string {
  return (conversation.display_id ?? conversation.id) as string
}

/** The canonical status of a conversation, or undefined for a status Undertone does not model. */
export function statusOf(conversation: ChatwootConversation): CanonicalStatus | undefined {
  return conversation.status ? STATUSES[conversation.status.trim().toLowerCase()] : undefined
}

function channelOf(conversation: ChatwootConversation): string | undefined {
  const raw = conversation.channel ?? conversation.meta?.channel
  if (!raw) return undefined
  const name = raw.replace(/^channel::/i, '').replace(/[^a-z]/gi, '').toLowerCase()
  return CHANNELS[name] ?? 'other'
}

/**
 * The canonical message, or null when it has no text to read (an attachment alone, an empty activity).
 * `conversation` is the one the message belongs to: embedded in a webhook, or listed by the API.
 */
export function chatwootMessage(message: ChatwootMessage, conversation: ChatwootConversation): CanonicalMessage | null {
  const role = roleOf(message)
  const text = plainText(message.content ?? '')
  if (text === '') return null
  const contactId = conversation.meta?.sender?.id ?? conversation.contact_inbox?.contact_id ?? (senderTypeOf(message) === 'contact' ? senderIdOf(message) : undefined)
  if (contactId === undefined) throw new VendorPayloadError(`chatwoot: message ${message.id}: no contact (meta.sender) on its conversation`)
  const agentId = role === 'agent' || role === 'bot' ? senderIdOf(message) : undefined
  const status = statusOf(conversation)
  const channel = channelOf(conversation)
  const tags = conversation.labels ?? undefined
  return {
    externalId: message.id,
    conversationId: conversationIdOf(conversation),
    customerId: contactId,
    role,
    text,
    createdAt: message.created_at,
    ...(channel === undefined ? {} : { channel }),
    ...(agentId === undefined ? {} : { agentId }),
    ...(tags === undefined || tags.length === 0 ? {} : { tags }),
    ...(message.private === true ? { internal: true } : {}),
    ...(status === undefined ? {} : { status }),
  }
}
