/** Readings the active-learning review queue picks from: recent customer messages and flagged ones, none corrected yet. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** A reading nobody has corrected, with its message and the outcomes known for it. */
export interface ReviewCandidateRow {
  readonly message_id: string
  readonly conversation_id: string
  readonly label: string
  readonly score: number
  readonly confidence: number
  readonly emotions: Record<string, number>
  readonly cues: { kind: string; weight: number }[]
  readonly needs_review: number
  /** The language the reading was made in (`en`, `de`, …). */
  readonly language: string
  readonly text: string
  readonly created_at: number
  readonly csat: number | null
  readonly churned_at: number | null
}

type Raw = Omit<ReviewCandidateRow, 'emotions' | 'cues'> & { emotions: string; cues: string }
const parsed = (r: Raw): ReviewCandidateRow => ({ ...r, emotions: JSON.parse(r.emotions) as Record<string, number>, cues: JSON.parse(r.cues) as { kind: string; weight: number }[] })

/**
 * Uncorrected readings of the newest customer messages, newest first (1,500 of the latest 3,000):
 * straight off the messages' (workspace, time) index, with a LIMIT inside so the plan never depends
 * on table statistics, then their readings.
 */
export async function recentUncorrectedReadings(db: Kysely<Database>, workspaceId: string): Promise<ReviewCandidateRow[]> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('messages')
        .select(['id', 'text', 'created_at', 'workspace_id'])
        .where('workspace_id', '=', workspaceId)
        .where('role', '=', 'customer')
        .orderBy('created_at', 'desc')
        .limit(3000)
        .as('m'),
    )
    .innerJoin('readings as r', 'r.message_id', 'm.id')
    .leftJoin('conversations as v', (j) => j.onRef('v.id', '=', 'r.conversation_id').onRef('v.workspace_id', '=', 'r.workspace_id'))
    .leftJoin('customers as u', (j) => j.onRef('u.id', '=', 'v.customer_id').onRef('u.workspace_id', '=', 'v.workspace_id'))
    .leftJoin('corrections as k', (j) => j.onRef('k.message_id', '=', 'r.message_id').onRef('k.workspace_id', '=', 'r.workspace_id'))
    .select(['r.message_id', 'r.conversation_id', 'r.label', 'r.score', 'r.confidence', 'r.emotions', 'r.cues', 'r.needs_review', 'r.language', 'm.text', 'm.created_at', 'v.csat', 'u.churned_at'])
    .where('k.id', 'is', null)
    .orderBy('m.created_at', 'desc')
    .limit(1500)
    .execute()
  return rows.map(parsed)
}

/** Uncorrected readings someone flagged (at most 500), however old. */
export async function flaggedUncorrectedReadings(db: Kysely<Database>, workspaceId: string): Promise<ReviewCandidateRow[]> {
  const rows = await db
    .selectFrom('review_flags as f')
    .innerJoin('readings as r', (j) => j.onRef('r.message_id', '=', 'f.message_id').onRef('r.workspace_id', '=', 'f.workspace_id'))
    .innerJoin('messages as m', (j) => j.onRef('m.id', '=', 'r.message_id').onRef('m.workspace_id', '=', 'r.workspace_id'))
    .leftJoin('conversations as v', (j) => j.onRef('v.id', '=', 'r.conversation_id').onRef('v.workspace_id', '=', 'r.workspace_id'))
    .leftJoin('customers as u', (j) => j.onRef('u.id', '=', 'v.customer_id').onRef('u.workspace_id', '=', 'v.workspace_id'))
    .leftJoin('corrections as k', (j) => j.onRef('k.message_id', '=', 'r.message_id').onRef('k.workspace_id', '=', 'r.workspace_id'))
    .select(['r.message_id', 'r.conversation_id', 'r.label', 'r.score', 'r.confidence', 'r.emotions', 'r.cues', 'r.needs_review', 'r.language', 'm.text', 'm.created_at', 'v.csat', 'u.churned_at'])
    .where('f.workspace_id', '=', workspaceId)
    .where('k.id', 'is', null)
    .limit(500)
    .execute()
  return rows.map(parsed)
}
