/**
 * Freshdesk's numeric codes (and the names its placeholders render) as canonical values: ticket status
 * 2-5, priority 1-4, ticket source and conversation source.
 */
import type { CanonicalStatus, WriteBackChange } from '../../vendor-adapter.js'

/** Ticket status: 2 Open, 3 Pending, 4 Resolved, 5 Closed; custom statuses (above 5) wait on someone, so pending. */
export function freshdeskStatus(value: string | undefined): CanonicalStatus | undefined {
  switch (value) {
    case '2':
    case 'open':
      return 'open'
    case '3':
    case 'pending':
      return 'pending'
    case '4':
    case 'resolved':
      return 'resolved'
    case '5':
    case 'closed':
      return 'closed'
    default:
      return value !== undefined && /^\d+$/.test(value) && Number(value) > 5 ? 'pending' : undefined
  }
}

/** Our priority as Freshdesk's number: 1 Low, 2 Medium, 3 High, 4 Urgent. */
export const FRESHDESK_PRIORITY: Readonly<Record<NonNullable<WriteBackChange['priority']>, number>> = { low: 1, normal: 2, high: 3, urgent: 4 }

const TICKET_SOURCES: Readonly<Record<string, string>> = {
  '1': 'email',
  email: 'email',
  '2': 'web_form',
  portal: 'web_form',
  '3': 'phone',
  phone: 'phone',
  '4': 'other',
  forum: 'other',
  '5': 'social_twitter',
  twitter: 'social_twitter',
  '6': 'social_facebook',
  facebook: 'social_facebook',
  '7': 'chat',
  chat: 'chat',
  '8': 'chat',
  mobihelp: 'chat',
  '9': 'web_form',
  'feedback widget': 'web_form',
  feedback_widget: 'web_form',
  '10': 'email',
  'outbound email': 'email',
  outbound_email: 'email',
  '11': 'other',
  ecommerce: 'other',
  '12': 'chat',
  bot: 'chat',
}

/** The channel for a ticket `source` code or name; `other` for what the table does not know. */
export function freshdeskTicketChannel(source: string | undefined): string | undefined {
  return source === undefined ? undefined : (TICKET_SOURCES[source] ?? 'other')
}

/** A conversation `source` that names its own channel (5 tweet, 7 Facebook, 9 phone); others follow the ticket. */
export function freshdeskConversationChannel(source: string | undefined): string | undefined {
  return source === '5' ? 'social_twitter' : source === '7' ? 'social_facebook' : source === '9' ? 'phone' : undefined
}

/** Conversation source 6: a satisfaction survey answer, written by the customer. */
export const FRESHDESK_SURVEY_SOURCE = '6'
