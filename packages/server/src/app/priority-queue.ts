import { type PriorityInput, rankQueue, resolveAnalysisConfig } from '@undertone/analysis'
import { type Database, type OpenConversation, latestConversationReadings, openConversations } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { loadSettings } from './workspace-settings.js'

/** What a queue can be narrowed to. */
export interface QueueFilter {
  /** The conversation's language: that of its latest customer reading with one (see `latestConversationReadings`). */
  readonly language?: string
}

/**
 * The open conversations in priority order, with the parts of each priority (urgency,
 * frustration, repeat contacts, waiting time against the SLA, customer value, escalation and
 * churn risk: each one's strength, weight and share of the score, largest first), the reasons
 * among them, and whether and since when the customer is waiting.
 */
export async function priorityQueue(db: Kysely<Database>, workspaceId: string, now: number, limit: number, filter: QueueFilter = {}) {
  // The workspace's SLA (analysis setting sla.replyMinutes) where a conversation reading has none.
  const config = resolveAnalysisConfig((await loadSettings(db, workspaceId)).analysis)
  const slaDefault = config.sla.replyMinutes
  const rows = await openConversations(db, workspaceId, 2000)
  const inputs: (PriorityInput & { row: OpenConversation; since: number | null })[] = []
  for (const r of rows) {
    const last = r.last_customer_at ?? 0
    // The conversation's reading knows whether the customer is still waiting (a satisfied
    // thank-you is not a wait) and its current urgency; readings stored before it did fall back.
    const rbody = r.wait
    const current = rbody?.urgency !== undefined
    const waiting = current ? rbody.waitingSince !== undefined : r.last_agent_at === null || r.last_agent_at < last
    const since = current && rbody.waitingSince !== undefined ? rbody.waitingSince : last
    inputs.push({
      id: r.id,
      waitingSince: last,
      urgency: rbody?.urgency ?? -1,
      frustration: 0,
      repeatContacts: r.repeatContacts ?? 1,
      waitMinutes: waiting ? Math.max(0, (now - since) / 60_000) : 0,
      waiting,
      slaMinutes: rbody?.slaMinutes ?? slaDefault,
      ...(r.value === null ? {} : { value: r.value }),
      escalation: r.escalation ?? 0,
      churnRisk: r.churn_risk ?? 0,
      row: r,
      since: waiting ? since : null,
    })
  }
  // Frustration and language of each conversation's latest customer reading (and its urgency, for readings stored before conversations had one).
  const latest = await latestConversationReadings(db, workspaceId, inputs.map((i) => i.id))
  const languageOf = (id: string): string => latest.get(id)?.language ?? 'und'
  const byId = new Map(inputs.map((i) => [i.id, i]))
  const ready = inputs
    .filter((i) => filter.language === undefined || languageOf(i.id) === filter.language)
    .map((i) => ({ ...i, urgency: i.urgency >= 0 ? i.urgency : (latest.get(i.id)?.emotions.urgency ?? 0), frustration: latest.get(i.id)?.emotions.frustration ?? 0 }))
  const urgencyOf = new Map(ready.map((i) => [i.id, i.urgency]))
  // The workspace's own priority weights, as its settings say.
  const ranked = rankQueue(ready, config)
  return {
    items: ranked.slice(0, limit).map((p) => {
      const input = byId.get(p.id)
      const row = input?.row
      const l = latest.get(p.id)
      return {
        conversation_id: p.id,
        external_id: row?.external_id,
        channel: row?.channel,
        product_area: row?.product_area,
        customer_id: row?.customer_external_id,
        segment: row?.segment,
        value: row?.value,
        language: languageOf(p.id),
        priority: p.score,
        parts: [...p.parts],
        damping: p.damping,
        urgency: urgencyOf.get(p.id) ?? 0,
        reasons: [...p.reasons],
        sentiment: l?.label ?? null,
        emotions: l?.emotions ?? {},
        waiting: input?.waiting ?? false,
        waiting_since: input?.since ?? null,
        answered: row?.last_agent_at !== null && row?.last_agent_at !== undefined,
        wait_minutes: Math.round(input?.waitMinutes ?? 0),
        sla_minutes: input?.slaMinutes ?? slaDefault,
      }
    }),
  }
}
