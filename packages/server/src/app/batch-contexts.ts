import { type StateMessage, customerMessagesBefore, mergeIntoState, readingContext, usableState } from '@undertone/analysis'
import { type Database, type MessageToRead, conversationStates, conversationTimelines, textsOfMessages } from '@undertone/storage'
import type { Kysely } from 'kysely'

/**
 * The reading context of each customer message in a batch: the texts of the customer's earlier
 * messages in the same conversation (readingContext, as `undertone converse` gives them). Taken
 * from each conversation's stored state and a lookup of at most five texts per message; a
 * conversation without a usable state, or a message older than its state's checkpoint, falls back
 * to the conversation's stored timeline.
 */
export async function batchContexts(db: Kysely<Database>, workspaceId: string, batch: readonly MessageToRead[], fingerprint: string): Promise<Map<string, string[]>> {
  const byConversation = new Map<string, MessageToRead[]>()
  for (const m of batch) if (!m.internal) byConversation.set(m.conversationId, [...(byConversation.get(m.conversationId) ?? []), m])
  const stored = await conversationStates(db, workspaceId, [...byConversation.keys()])
  const idsBefore = new Map<string, readonly string[]>()
  const fallback: string[] = []
  for (const [conversationId, list] of byConversation) {
    const state = usableState(stored.get(conversationId), fingerprint)
    const incoming = list.map((m): StateMessage => ({ id: m.id, role: m.role, at: m.createdAt }))
    const merged = state === undefined ? undefined : mergeIntoState(state, incoming)
    if (merged === undefined) fallback.push(conversationId)
    else for (const [id, before] of customerMessagesBefore(merged)) idsBefore.set(id, before)
  }
  const known = new Map(batch.map((m) => [m.id, m.text]))
  const wanted = new Set<string>()
  for (const m of batch) for (const id of idsBefore.get(m.id) ?? []) if (!known.has(id)) wanted.add(id)
  for (const [id, text] of await textsOfMessages(db, workspaceId, [...wanted])) known.set(id, text)
  const out = new Map<string, string[]>()
  for (const m of batch) {
    const before = idsBefore.get(m.id)
    if (before !== undefined) out.set(m.id, before.flatMap((id) => known.get(id) ?? []))
  }
  const timelines = await conversationTimelines(db, workspaceId, fallback)
  for (const conversationId of fallback) {
    const timeline = timelines.get(conversationId) ?? []
    for (const m of byConversation.get(conversationId) ?? []) out.set(m.id, readingContext(timeline, timeline.findIndex((t) => t.id === m.id)))
  }
  return out
}
