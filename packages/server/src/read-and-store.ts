import { type AlertState, type ConversationInput, type CustomerProfile, readConversation, readCustomer } from '@undertone/analysis'
import type { CueKind, Reader, Reading } from '@undertone/engine'
import {
  type Database,
  type StoredReading,
  type TimelineMessage,
  conversationTimeline,
  customerConversationIds,
  earlierCustomerTexts,
  insertAlert,
  loadAlertState,
  messagesByIds,
  saveConversationReading,
  saveCustomerReading,
  saveReadings,
} from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { EventBus } from './event-bus.js'

/** What reading and refreshing need. */
export interface PipelineDeps {
  readonly db: Kysely<Database>
  readonly reader: Reader
  readonly clock: () => number
  readonly events: EventBus
}

/** Converts an engine reading to its stored form. */
export function toStoredReading(messageId: string, conversationId: string, r: Reading, now: number): StoredReading {
  return {
    messageId,
    conversationId,
    modelVersion: r.modelVersion,
    label: r.sentiment.label,
    score: r.sentiment.score,
    confidence: r.sentiment.confidence,
    emotions: r.emotions,
    intensity: r.intensity,
    cues: r.cues.map((c) => ({ kind: c.kind, start: c.start, end: c.end, explicit: c.explicit, weight: c.weight })),
    needsReview: r.needsReview,
    language: r.language,
    readAt: now,
  }
}

/** A stored timeline as the analysis input. */
export function timelineToConversation(id: string, customerId: string | undefined, status: string | undefined, timeline: readonly TimelineMessage[]): ConversationInput {
  return {
    id,
    ...(customerId === undefined ? {} : { customerId }),
    ...(status === 'resolved' || status === 'closed' || status === 'open' || status === 'pending' ? { status } : {}),
    messages: timeline.map((m) => ({
      id: m.id,
      role: m.role,
      at: m.createdAt,
      internal: m.internal,
      ...(m.reading === undefined
        ? {}
        : { reading: { score: m.reading.score, label: m.reading.label, emotions: m.reading.emotions, intensity: m.reading.intensity, cues: m.reading.cues.map((c) => c.kind as CueKind) } }),
    })),
  }
}

/**
 * Reads the given messages (customer messages only; internal notes never count), stores the
 * readings, then refreshes the reading of every conversation and customer they touch, raises
 * alerts through the hysteresis rule, and publishes events for live views.
 */
export async function readAndStore(deps: PipelineDeps, workspaceId: string, messageIds: readonly string[]): Promise<StoredReading[]> {
  const { db, reader, clock, events } = deps
  const now = clock()
  const messages = await messagesByIds(db, workspaceId, messageIds)
  const ws = await db.selectFrom('workspaces').select('settings').where('id', '=', workspaceId).executeTakeFirst()
  const settings = ws === undefined ? {} : (JSON.parse(ws.settings) as { domain?: string })
  const readings: StoredReading[] = []
  for (const m of messages) {
    if (m.role !== 'customer' || m.internal) continue
    const previous = await earlierCustomerTexts(db, workspaceId, m.conversationId, m.createdAt)
    const r = reader.read(m.text, { previous, ...(settings.domain === undefined ? {} : { domain: settings.domain }) })
    readings.push(toStoredReading(m.id, m.conversationId, r, now))
  }
  await saveReadings(db, workspaceId, readings)
  const conversations = new Set(messages.map((m) => m.conversationId))
  const customers = new Set(messages.map((m) => m.customerId).filter((c): c is string => c !== null))
  for (const conversationId of conversations) {
    const timeline = await conversationTimeline(db, workspaceId, conversationId)
    const conv = await db.selectFrom('conversations').select(['customer_id', 'status']).where('id', '=', conversationId).where('workspace_id', '=', workspaceId).executeTakeFirst()
    const r = readConversation(timelineToConversation(conversationId, conv?.customer_id ?? undefined, conv?.status, timeline), now)
    await saveConversationReading(db, { conversationId, workspaceId, trend: r.trend.direction, escalation: r.escalation, escalate: r.escalate, handoff: r.handoff, resolutionDelta: r.resolutionDelta, body: r, computedAt: now })
    events.publish({ type: 'conversation', workspaceId, data: { id: conversationId, escalation: r.escalation, escalate: r.escalate, trend: r.trend.direction } })
  }
  for (const customerId of customers) {
    const convs = await customerConversationIds(db, workspaceId, customerId, 20)
    const inputs: ConversationInput[] = []
    for (const c of convs) inputs.push(timelineToConversation(c.id, customerId, c.status, await conversationTimeline(db, workspaceId, c.id)))
    const profileRow = await db.selectFrom('customers').select(['segment', 'plan', 'value']).where('id', '=', customerId).where('workspace_id', '=', workspaceId).executeTakeFirst()
    const profile: CustomerProfile = {
      ...(profileRow?.segment == null ? {} : { segment: profileRow.segment }),
      ...(profileRow?.plan == null ? {} : { plan: profileRow.plan }),
      ...(profileRow?.value == null ? {} : { value: profileRow.value }),
    }
    const state = (await loadAlertState(db, workspaceId, customerId)) as AlertState | undefined
    const r = readCustomer({ customerId, conversations: inputs, profile }, now, undefined, state)
    const { conversations: _omit, ...body } = r
    await saveCustomerReading(db, { customerId, workspaceId, health: r.health, trend: r.trend, churnRisk: r.churnRisk, weightedRisk: r.weightedRisk, alertState: r.alert.state, body, computedAt: now })
    if (r.alert.alert) {
      const alert = await insertAlert(db, workspaceId, {
        kind: 'customer-at-risk',
        subjectId: customerId,
        severity: r.weightedRisk,
        title: `Customer at risk (${Math.round(r.weightedRisk * 100)}%): ${r.reasons.slice(0, 2).map((x) => x.code).join(', ')}`,
        payload: { reasons: r.reasons, outcome: r.alert.outcome, health: r.health, trend: r.trend },
        createdAt: now,
      })
      events.publish({ type: 'alert', workspaceId, data: alert })
    }
  }
  for (const r of readings) events.publish({ type: 'reading', workspaceId, data: r })
  return readings
}
