import { type Kysely, PostgresAdapter, type Transaction } from 'kysely'
import type { Database } from '../schema.js'
import { parseState, rememberState } from './parsed-states.js'

/** Ids per statement: well under both engines' limits on bound parameters. */
const CHUNK = 500

// Lookups by primary key filter the workspace on the rows they get back rather than in SQL: with
// `workspace_id = ?` beside `id in (…)`, SQLite without statistics (a young database, before its
// first ANALYZE) walks a (workspace, …) index over every row of the workspace instead of looking
// the ids up: 16 ms per batch at 20,000 messages, growing with the file. Scoped all the same.

/**
 * A stored message and its reading, for a conversation's analysis state: the server turns it into
 * the state's message (cue kinds, the count and problem keys; no text).
 */
export interface StateMessageRow {
  readonly id: string
  /** A customer message's text, for the keys its problem is named by (the state itself keeps none). */
  readonly text?: string
  readonly role: 'customer' | 'agent' | 'bot' | 'system'
  readonly at: number
  readonly agentId?: string
  readonly reading?: {
    readonly score: number
    readonly label: 'negative' | 'neutral' | 'positive'
    readonly emotions: Record<string, number>
    readonly intensity: number
    /** The cues as stored (kind, and the contacts a repeat-contact cue counts). */
    readonly cues: readonly { readonly kind: string; readonly count?: number }[]
    readonly language: string
  }
}

/** The stored analysis states of these conversations (JSON as stored, parsed; absent when none). */
export async function conversationStates(db: Kysely<Database>, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>()
  for (let i = 0; i < conversationIds.length; i += CHUNK) {
    const rows = await db.selectFrom('conversation_readings').select(['conversation_id', 'workspace_id', 'state']).where('conversation_id', 'in', conversationIds.slice(i, i + CHUNK)).execute()
    for (const r of rows) if (r.state !== null && r.workspace_id === workspaceId) out.set(r.conversation_id, parseState(r.conversation_id, r.state))
  }
  return out
}

/**
 * The states of conversations this transaction is about to fold new messages into, held until it
 * ends so that two transactions never fold into the same state and lose each other's messages.
 * PostgreSQL: each conversation's reading row, created empty when it has none yet (a concurrent
 * creator makes this wait for it, then see its row), locked in id order. SQLite: the caller already
 * holds the database's write lock (holdWorkspaceSettings), so a plain read is enough.
 */
export async function holdConversationStates(trx: Transaction<Database>, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, unknown>> {
  const ids = [...conversationIds].sort()
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return conversationStates(trx, workspaceId, ids)
  const out = new Map<string, unknown>()
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK)
    // A placeholder the same transaction overwrites with the conversation's reading.
    await trx
      .insertInto('conversation_readings')
      .values(chunk.map((id) => ({ conversation_id: id, workspace_id: workspaceId, trend: 'stable', escalation: 0, escalate: 0, handoff: 0, resolution_delta: 0, body: '{}', computed_at: 0 })))
      .onConflict((oc) => oc.column('conversation_id').doNothing())
      .execute()
    const rows = await trx.selectFrom('conversation_readings').select(['conversation_id', 'state']).where('workspace_id', '=', workspaceId).where('conversation_id', 'in', chunk).orderBy('conversation_id').forUpdate().execute()
    for (const r of rows) if (r.state !== null) out.set(r.conversation_id, parseState(r.conversation_id, r.state))
  }
  return out
}

/**
 * Every message of these conversations that the analysis sees (internal notes left out) with its
 * reading, without texts: what a conversation's state is rebuilt from. Keyed by conversation.
 */
export async function stateMessagesOf(db: Kysely<Database>, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, StateMessageRow[]>> {
  const out = new Map<string, StateMessageRow[]>()
  for (let i = 0; i < conversationIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('messages as m')
      .leftJoin('readings as r', 'r.message_id', 'm.id')
      .select(['m.id', 'm.conversation_id', 'm.role', 'm.created_at', 'm.agent_id', 'm.text', 'r.label', 'r.score', 'r.emotions', 'r.intensity', 'r.cues', 'r.language'])
      .where('m.workspace_id', '=', workspaceId)
      .where('m.conversation_id', 'in', conversationIds.slice(i, i + CHUNK))
      .where('m.internal', '=', 0)
      .execute()
    for (const r of rows) {
      const base = { id: r.id, role: r.role, at: Number(r.created_at), ...(r.agent_id === null ? {} : { agentId: r.agent_id }), ...(r.role === 'customer' ? { text: r.text } : {}) }
      const message: StateMessageRow =
        r.label === null || r.score === null
          ? base
          : {
              ...base,
              reading: {
                score: r.score,
                label: r.label,
                emotions: JSON.parse(r.emotions as string) as Record<string, number>,
                intensity: r.intensity as number,
                cues: JSON.parse(r.cues as string) as { kind: string; count?: number }[],
                language: r.language as string,
              },
            }
      const list = out.get(r.conversation_id) ?? []
      list.push(message)
      out.set(r.conversation_id, list)
    }
  }
  return out
}

/** The texts of these messages, scoped to the workspace (a new message's reading context). */
export async function textsOfMessages(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.selectFrom('messages').select(['id', 'workspace_id', 'text']).where('id', 'in', ids.slice(i, i + CHUNK)).execute()
    for (const r of rows) if (r.workspace_id === workspaceId) out.set(r.id, r.text)
  }
  return out
}

/**
 * Stores states rebuilt for conversations this transaction did not hold (a customer's other
 * conversations), but only where none is stored yet: a conversation another transaction folded into
 * meanwhile keeps its own state. So a database from before migration 0017 fills its states as its
 * customers are read, instead of rebuilding their older conversations at every batch.
 */
export async function fillConversationStates(db: Kysely<Database>, workspaceId: string, rows: readonly { conversationId: string; state: unknown }[]): Promise<void> {
  for (const row of rows) {
    const json = JSON.stringify(row.state)
    const done = await db.updateTable('conversation_readings').set({ state: json }).where('conversation_id', '=', row.conversationId).where('workspace_id', '=', workspaceId).where('state', 'is', null).executeTakeFirst()
    if (Number(done.numUpdatedRows) > 0) rememberState(row.conversationId, json, row.state)
  }
}
