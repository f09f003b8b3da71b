import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { bumpCounters } from './workspace-counters.js'

/** The stored form of a message reading (a subset of the engine's Reading). */
export interface StoredReading {
  readonly messageId: string
  readonly conversationId: string
  readonly modelVersion: string
  readonly label: 'negative' | 'neutral' | 'positive'
  readonly score: number
  readonly confidence: number
  readonly emotions: Record<string, number>
  readonly intensity: number
  /** `count`: the contacts a repeat-contact cue says this one is ("my fourth time contacting you"). */
  readonly cues: readonly { kind: string; start: number; end: number; explicit: boolean; weight: number; count?: number }[]
  readonly needsReview: boolean
  readonly language: string
  readonly readAt: number
}

/**
 * Saves readings; a message read again (e.g. by a newer model) keeps only its latest reading.
 * Returns how many were new. The workspace's reading count moves by as many, unless `countLater`:
 * then the caller bumps it itself, last in its transaction, so the workspace's one counter row is
 * locked for the shortest time (every ingest and every reading transaction updates it).
 */
export async function saveReadings(db: Kysely<Database>, workspaceId: string, readings: readonly StoredReading[], options: { countLater?: boolean } = {}): Promise<number> {
  if (readings.length === 0) return 0
  const rows = readings.map((r) => ({
    message_id: r.messageId,
    workspace_id: workspaceId,
    conversation_id: r.conversationId,
    model_version: r.modelVersion,
    label: r.label,
    score: r.score,
    confidence: r.confidence,
    emotions: JSON.stringify(r.emotions),
    intensity: r.intensity,
    cues: JSON.stringify(r.cues),
    needs_review: r.needsReview ? 1 : 0,
    language: r.language,
    read_at: r.readAt,
  }))
  // Insert what is new first: the rows this statement inserted are exactly the new readings to count.
  const inserted = await db.insertInto('readings').values(rows).onConflict((oc) => oc.column('message_id').doNothing()).returning('message_id').execute()
  if (options.countLater !== true) await bumpCounters(db, workspaceId, { readings: inserted.length })
  if (inserted.length === rows.length) return inserted.length
  const fresh = new Set(inserted.map((r) => r.message_id))
  await db
    .insertInto('readings')
    .values(rows.filter((r) => !fresh.has(r.message_id)))
    .onConflict((oc) =>
      oc.column('message_id').doUpdateSet((eb) => ({
        model_version: eb.ref('excluded.model_version'),
        label: eb.ref('excluded.label'),
        score: eb.ref('excluded.score'),
        confidence: eb.ref('excluded.confidence'),
        emotions: eb.ref('excluded.emotions'),
        intensity: eb.ref('excluded.intensity'),
        cues: eb.ref('excluded.cues'),
        needs_review: eb.ref('excluded.needs_review'),
        language: eb.ref('excluded.language'),
        read_at: eb.ref('excluded.read_at'),
      })),
    )
    .execute()
  return inserted.length
}

/** One message of a conversation with its reading, if read yet. */
export interface TimelineMessage {
  readonly id: string
  readonly externalId: string
  readonly role: 'customer' | 'agent' | 'bot' | 'system'
  readonly internal: boolean
  readonly text: string
  readonly createdAt: number
  /** The agent or bot who wrote it (internal id), for replies. */
  readonly agentId?: string
  readonly reading?: StoredReading
}

/** A conversation's messages in time order with their readings, scoped to the workspace. */
export async function conversationTimeline(db: Kysely<Database>, workspaceId: string, conversationId: string): Promise<TimelineMessage[]> {
  return (await conversationTimelines(db, workspaceId, [conversationId])).get(conversationId) ?? []
}

/** Timelines of many conversations in one query per 500 ids, keyed by conversation id. */
export async function conversationTimelines(db: Kysely<Database>, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, TimelineMessage[]>> {
  const out = new Map<string, TimelineMessage[]>()
  for (let i = 0; i < conversationIds.length; i += 500) {
    const chunk = conversationIds.slice(i, i + 500)
    for (const [k, v] of await timelinesChunk(db, workspaceId, chunk)) out.set(k, v)
  }
  return out
}

async function timelinesChunk(db: Kysely<Database>, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, TimelineMessage[]>> {
  const out = new Map<string, TimelineMessage[]>()
  if (conversationIds.length === 0) return out
  const rows = await db
    .selectFrom('messages as m')
    .leftJoin('readings as r', 'r.message_id', 'm.id')
    .select([
      'm.id', 'm.conversation_id', 'm.external_id', 'm.role', 'm.internal', 'm.text', 'm.created_at', 'm.seq', 'm.agent_id',
      'r.model_version', 'r.label', 'r.score', 'r.confidence', 'r.emotions', 'r.intensity', 'r.cues', 'r.needs_review', 'r.language', 'r.read_at',
    ])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.conversation_id', 'in', [...conversationIds])
    .execute()
  // Sorted here, not in SQL: an ORDER BY created_at led SQLite to walk the workspace's
  // (workspace, time) index over every message instead of the conversation index (1.7 s per
  // conversation at a million messages, and the reading pipeline slowing as the file grew).
  rows.sort((a, b) => Number(a.created_at) - Number(b.created_at) || Number(a.seq) - Number(b.seq))
  for (const r of rows) {
    const list = out.get(r.conversation_id) ?? []
    list.push(toTimeline(r))
    out.set(r.conversation_id, list)
  }
  return out
}

function toTimeline(r: {
  id: string
  conversation_id: string
  external_id: string
  role: TimelineMessage['role']
  internal: number
  text: string
  created_at: number
  agent_id: string | null
  model_version: string | null
  label: StoredReading['label'] | null
  score: number | null
  confidence: number | null
  emotions: string | null
  intensity: number | null
  cues: string | null
  needs_review: number | null
  language: string | null
  read_at: number | null
}): TimelineMessage {
  const conversationId = r.conversation_id
    const base = { id: r.id, externalId: r.external_id, role: r.role, internal: r.internal === 1, text: r.text, createdAt: r.created_at, ...(r.agent_id === null ? {} : { agentId: r.agent_id }) }
    if (r.label === null || r.score === null) return base
    return {
      ...base,
      reading: {
        messageId: r.id,
        conversationId,
        modelVersion: r.model_version as string,
        label: r.label,
        score: r.score,
        confidence: r.confidence as number,
        emotions: JSON.parse(r.emotions as string) as Record<string, number>,
        intensity: r.intensity as number,
        cues: JSON.parse(r.cues as string) as StoredReading['cues'],
        needsReview: r.needs_review === 1,
        language: r.language as string,
        readAt: r.read_at as number,
      },
    }
}

/** Counts for `GET /v1/stats`. */
export async function workspaceStats(db: Kysely<Database>, workspaceId: string): Promise<{ messages: number; conversations: number; customers: number; readingsPending: number }> {
  // From the running counters: one row, whatever the workspace's size.
  const counters = await db.selectFrom('workspace_counters').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst()
  return { messages: Number(counters?.messages ?? 0), conversations: Number(counters?.conversations ?? 0), customers: Number(counters?.customers ?? 0), readingsPending: Math.max(0, Number(counters?.readable ?? 0) - Number(counters?.readings ?? 0)) }
}

/** A message's stored reading as the rollups counted it. */
export interface CountedReading {
  readonly message_id: string
  readonly score: number
  readonly label: string
  /** JSON. */
  readonly emotions: string
  readonly language: string
  readonly topic: string | null
  readonly topic_version: number | null
}

/** The stored readings of these messages, if any, keyed by message: what a new reading replaces in the rollups. */
export async function countedReadings(db: Kysely<Database>, workspaceId: string, messageIds: readonly string[]): Promise<Map<string, CountedReading>> {
  const out = new Map<string, CountedReading>()
  for (let i = 0; i < messageIds.length; i += 500) {
    const rows = await db.selectFrom('readings').select(['message_id', 'score', 'label', 'emotions', 'language', 'topic', 'topic_version']).where('workspace_id', '=', workspaceId).where('message_id', 'in', messageIds.slice(i, i + 500)).execute()
    for (const r of rows) out.set(r.message_id, r)
  }
  return out
}
