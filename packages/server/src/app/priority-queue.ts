import { type PriorityInput, rankQueue, resolveAnalysisConfig } from '@undertone/analysis'
import { type Database, type OpenConversation, latestConversationReadings, openConversations } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { loadSettings } from './workspace-settings.js'

/**
 * The open conversations in priority order, with the reasons for each rank: urgency, frustration,
 * repeat contacts, waiting time against the SLA, customer value, escalation and churn risk.
 */
export async function priorityQueue(db: Kysely<Database>, workspaceId: string, now: number, limit: number) {
  // The workspace's SLA (analysis setting sla.replyMinutes) where a conversation reading has none.
  const config = resolveAnalysisConfig((await loadSettings(db, workspaceId)).analysis)
  const slaDefault = config.sla.replyMinutes
  const rows = await openConversations(db, workspaceId, 2000)
  const inputs: (PriorityInput & { row: OpenConversation })[] = []
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
    })
  }
  // Frustration of each conversation's latest customer reading (and its urgency, for readings stored before conversations had one).
  const latest = await latestConversationReadings(db, workspaceId, inputs.map((i) => i.id))
  const byId = new Map(inputs.map((i) => [i.id, i]))
  const ready = inputs.map((i) => ({ ...i, urgency: i.urgency >= 0 ? i.urgency : (latest.get(i.id)?.emotions.urgency ?? 0), frustration: latest.get(i.id)?.emotions.frustration ?? 0 }))
  const urgencyOf = new Map(ready.map((i) => [i.id, i.urgency]))
  // The workspace's own priority weights, as its settings say.
  const ranked = rankQueue(ready, config)
  return {
    items: ranked.slice(0, limit).map((p) => {
      const row = byId.get(p.id)?.row
      const l = latest.get(p.id)
      return { conversation_id: p.id, external_id: row?.external_id, channel: row?.channel, product_area: row?.product_area, customer_id: row?.customer_external_id, segment: row?.segment, value: row?.value, priority: p.score, urgency: urgencyOf.get(p.id) ?? 0, reasons: [...p.reasons], sentiment: l?.label ?? null, emotions: l?.emotions ?? {}, wait_minutes: Math.round(byId.get(p.id)?.waitMinutes ?? 0) }
    }),
  }
}
