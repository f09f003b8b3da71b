/** The open conversations of a workspace with what ranking them needs: their reading, their customer and the customer's reading. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** What the stored conversation reading says about waiting (absent in readings stored before it did). */
export interface ConversationWait {
  readonly urgency?: number
  readonly waitingSince?: number
  readonly slaMinutes?: number
}

/** An open conversation with its reading's and its customer's figures. */
export interface OpenConversation {
  readonly id: string
  readonly external_id: string
  readonly channel: string | null
  readonly product_area: string | null
  readonly last_customer_at: number | null
  readonly last_agent_at: number | null
  readonly escalation: number | null
  readonly churn_risk: number | null
  readonly value: number | null
  readonly segment: string | null
  readonly customer_external_id: string | null
  /** From the conversation's reading; undefined before its first reading. */
  readonly wait: ConversationWait | undefined
  /** From the customer's reading; undefined before its first reading. */
  readonly repeatContacts: number | undefined
}

/** Open, pending and new conversations, the latest customer message first, at most `max`. */
export async function openConversations(db: Kysely<Database>, workspaceId: string, max: number): Promise<OpenConversation[]> {
  const rows = await db
    .selectFrom('conversations as c')
    .leftJoin('conversation_readings as r', 'r.conversation_id', 'c.id')
    .leftJoin('customer_readings as cr', 'cr.customer_id', 'c.customer_id')
    .leftJoin('customers as cu', 'cu.id', 'c.customer_id')
    .select(['c.id', 'c.external_id', 'c.channel', 'c.product_area', 'c.last_customer_at', 'c.last_agent_at', 'r.escalation', 'r.body as rbody', 'cr.churn_risk', 'cr.body as cbody', 'cu.value', 'cu.segment', 'cu.external_id as customer_external_id'])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.status', 'in', ['open', 'pending', 'new'])
    .orderBy('c.last_customer_at', 'desc')
    .limit(max)
    .execute()
  return rows.map(({ rbody, cbody, ...r }) => ({
    ...r,
    wait: rbody === null ? undefined : (JSON.parse(rbody) as ConversationWait),
    repeatContacts: cbody === null ? undefined : (JSON.parse(cbody) as { repeatContacts?: number }).repeatContacts,
  }))
}

/** A conversation's latest customer reading, and the language it is written in. */
export interface LatestConversationReading {
  readonly label: string
  readonly emotions: Record<string, number>
  /**
   * The language of the latest customer reading that has one ("und", no words to tell by, does
   * not count: a closing "Ok" leaves a German conversation German); "und" when none has.
   */
  readonly language: string
}

/** The latest customer reading of each conversation given: its label, emotions and the conversation's language. */
export async function latestConversationReadings(db: Kysely<Database>, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, LatestConversationReading>> {
  const latest = new Map<string, LatestConversationReading>()
  for (let i = 0; i < conversationIds.length; i += 500) {
    const rows = await db
      .selectFrom('readings as r')
      .innerJoin('messages as m', 'm.id', 'r.message_id')
      .select(['r.conversation_id', 'r.emotions', 'r.label', 'r.language', 'm.created_at'])
      .where('r.workspace_id', '=', workspaceId)
      .where('m.role', '=', 'customer')
      .where('r.conversation_id', 'in', conversationIds.slice(i, i + 500))
      .orderBy('m.created_at', 'asc')
      .execute()
    for (const r of rows) {
      const language = r.language === 'und' ? (latest.get(r.conversation_id)?.language ?? 'und') : r.language
      latest.set(r.conversation_id, { label: r.label, emotions: JSON.parse(r.emotions) as Record<string, number>, language })
    }
  }
  return latest
}
