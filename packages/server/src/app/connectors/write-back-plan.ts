import { createHash } from 'node:crypto'
import type { ConversationReading } from '@undertone/analysis'
import type { WriteBackChange } from '@undertone/connectors'
import { z } from 'zod'

/** The tags Undertone owns on a helpdesk ticket; it never touches any other tag. */
export const OWN_TAGS = { negative: 'undertone_negative', escalate: 'undertone_escalate', churnRisk: 'undertone_churn_risk', urgent: 'undertone_urgent' } as const

const PRIORITY_ORDER = ['low', 'normal', 'high', 'urgent'] as const
type Priority = (typeof PRIORITY_ORDER)[number]

/** What was last written to a ticket, kept in the outbox row so only changes are written. */
export const WrittenSchema = z.object({ tags: z.array(z.string()), priority: z.enum(PRIORITY_ORDER).nullable(), note: z.string().nullable() })
export type Written = z.infer<typeof WrittenSchema>

/** Parses the outbox's record of what was written; an unreadable one counts as nothing written. */
export function parseWritten(raw: string | null): Written {
  if (raw === null) return { tags: [], priority: null, note: null }
  const parsed = WrittenSchema.safeParse(JSON.parse(raw))
  return parsed.success ? parsed.data : { tags: [], priority: null, note: null }
}

/** The tags the reading calls for. */
function tagsOf(r: ConversationReading): string[] {
  const last = r.arc.at(-1)
  const tags: string[] = []
  if (last !== undefined && last.label === 'negative' && !r.endedSatisfied) tags.push(OWN_TAGS.negative)
  if (r.escalate) tags.push(OWN_TAGS.escalate)
  if (r.reasons.some((x) => x.code === 'churn-threat')) tags.push(OWN_TAGS.churnRisk)
  if (r.urgency >= 0.7 && r.waitingSince !== undefined) tags.push(OWN_TAGS.urgent)
  return tags
}

/** The priority the reading calls for, or null to leave the ticket's own alone. */
function priorityOf(r: ConversationReading): Priority | null {
  if (r.escalate && r.urgency >= 0.7) return 'urgent'
  if (r.escalate || (r.urgency >= 0.7 && r.waitingSince !== undefined)) return 'high'
  return null
}

const percent = (x: number): string => `${Math.round(x * 100)}%`

/** The first words of every note Undertone writes: how an event carrying one is known as our own. */
export const OWN_NOTE_MARK = 'Undertone reading (internal note'

/** The internal note: what Undertone read and why, in plain text an agent reads in the ticket. */
export function noteOf(r: ConversationReading, tags: readonly string[], dashboardUrl: string | undefined): string {
  const last = r.arc.at(-1)
  const lines = [
    `${OWN_NOTE_MARK}, not visible to the customer)`,
    `Customer sentiment: ${last === undefined ? 'no customer message read yet' : `${last.label} (${last.score.toFixed(2)})`}, trend ${r.trend.direction}`,
    `Escalation: ${percent(r.escalation)}${r.escalate ? ' (escalate)' : ''}; urgency ${percent(r.urgency)}${r.waitingSince === undefined ? '' : `; customer waiting ${Math.round(r.waitMinutes)} min`}`,
  ]
  const reasons = r.reasons.filter((x) => x.weight > 0).slice(0, 4)
  if (reasons.length > 0) lines.push('Why:', ...reasons.map((x) => `- ${x.detail}`))
  if (tags.length > 0) lines.push(`Tags: ${tags.join(', ')}`)
  if (dashboardUrl !== undefined) lines.push(`Conversation in Undertone: ${dashboardUrl}`)
  return lines.join('\n')
}

/**
 * The change to write for a reading, against what was written before; undefined when nothing
 * changed. Tags follow the reading both ways (only Undertone's own tags); priority is only ever
 * raised, never lowered below what an agent may have set; a note is added when a tag is added,
 * so the ticket says why.
 */
export function planWriteBack(r: ConversationReading, before: Written, dashboardUrl?: string): { change: WriteBackChange; written: Written } | undefined {
  const tags = tagsOf(r)
  const addTags = tags.filter((t) => !before.tags.includes(t))
  const removeTags = before.tags.filter((t) => !tags.includes(t))
  const wanted = priorityOf(r)
  const raise = wanted !== null && (before.priority === null || PRIORITY_ORDER.indexOf(wanted) > PRIORITY_ORDER.indexOf(before.priority)) ? wanted : undefined
  if (addTags.length === 0 && removeTags.length === 0 && raise === undefined) return undefined
  const note = addTags.length > 0 || raise !== undefined ? noteOf(r, tags, dashboardUrl) : undefined
  return {
    change: { addTags, removeTags, ...(raise === undefined ? {} : { priority: raise }), ...(note === undefined ? {} : { note }) },
    written: { tags, priority: raise ?? before.priority, note: note === undefined ? before.note : createHash('sha256').update(note).digest('hex').slice(0, 16) },
  }
}
