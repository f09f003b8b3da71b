import { type Database, conversationAnalysis, conversationTimeline, findConversation } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'

/** A conversation (by id, or by external id under `source`) with its messages, their readings and its analysis. */
export async function conversationView(db: Kysely<Database>, workspaceId: string, id: string, source: string) {
  const conv = await findConversation(db, workspaceId, id, source)
  if (conv === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no conversation ${id} in this workspace`)
  const [messages, analysis] = await Promise.all([conversationTimeline(db, workspaceId, conv.id), conversationAnalysis(db, workspaceId, conv.id)])
  return {
    id: conv.id,
    external_id: conv.external_id,
    source: conv.source,
    status: conv.status,
    channel: conv.channel,
    product_area: conv.product_area,
    tags: JSON.parse(conv.tags) as string[],
    customer_id: conv.customer_id,
    messages,
    analysis: analysis ?? null,
  }
}
