/** Who wrote a Zendesk comment, in canonical roles, from whichever hint the payload carries. */
import type { AuthorRole } from '../../vendor-adapter.js'

/** A Zendesk user role (`end-user`, `agent`, `admin`, any case) as a canonical role; undefined for anything else. */
export function zendeskUserRole(role: string | undefined): AuthorRole | undefined {
  switch (role) {
    case 'end-user':
    case 'end_user':
    case 'enduser':
      return 'customer'
    case 'agent':
    case 'admin':
      return 'agent'
    default:
      return undefined
  }
}

/**
 * Whether a comment came from automation rather than a person: Zendesk's system user (-1) and comments
 * added by triggers or automations (`via.channel` `rule`).
 */
export function isZendeskAutomation(authorId: string | undefined, viaChannel: string | undefined): boolean {
  return authorId === '-1' || viaChannel === 'rule' || viaChannel === 'system'
}
