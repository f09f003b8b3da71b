import { type AlertState, type ConversationInput, type CustomerProfile, assignTopic, readConversation, readCustomer, readingContext, resolveAnalysisConfig, toMessageReading } from '@undertone/analysis'
import type { Reader, Reading } from '@undertone/engine'
import {
  type Database,
  type ConversationFactColumns,
  type RollupInput,
  type StoredReading,
  type TimelineMessage,
  addFactDeltas,
  addToRollups,
  applyFactDeltas,
  factColumns,
  factDeltas,
  factRows,
  conversationTimelines,
  conversationsOfCustomers,
  insertAlert,
  loadAlertState,
  messagesByIds,
  saveConversationReading,
  saveCustomerReading,
  saveReadings,
  holdWorkspaceSettings,
  markTopicsCounted,
  type TopicMark,
} from '@undertone/storage'
import type { Kysely } from 'kysely'
import { type BatchReader, inProcessBatchReader } from './batch-reader.js'
import { loadSettings, parseSettings, workspaceProfile } from './workspace-settings.js'
import type { EventBus } from './event-bus.js'
import type { WorkspaceAdaptations } from './learning/workspace-adaptations.js'
import { type EarlierReading, sameReading, topicDelta } from './topic-delta.js'

/** What reading and refreshing need. */
export interface PipelineDeps {
  readonly db: Kysely<Database>
  readonly reader: Reader
  /** Reads batches off the event loop when given (a worker-thread pool); else `reader` reads inline. */
  readonly batchReader?: BatchReader
  readonly clock: () => number
  readonly events: EventBus
  /** Each workspace's learned adaptation; without it every workspace reads with the base model. */
  readonly adaptations?: WorkspaceAdaptations
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

/** What the analysis may know of a stored conversation besides its messages. */
export interface TimelineContext {
  /** The reader's languages: a stored reading in any other was a fallback and stays out of trends, escalation and urgency. */
  readonly languages?: readonly string[]
  /** What the conversation is about (its product area): contacts about other subjects are not repeats. */
  readonly subject?: string
}

/** A stored timeline as the analysis input. */
export function timelineToConversation(id: string, customerId: string | undefined, status: string | undefined, timeline: readonly TimelineMessage[], extra: TimelineContext = {}): ConversationInput {
  const languages = extra.languages
  return {
    id,
    ...(customerId === undefined ? {} : { customerId }),
    ...(extra.subject === undefined ? {} : { subject: extra.subject }),
    ...(status === 'resolved' || status === 'closed' || status === 'open' || status === 'pending' ? { status } : {}),
    messages: timeline.map((m) => ({
      id: m.id,
      role: m.role,
      at: m.createdAt,
      internal: m.internal,
      ...(m.reading === undefined ? {} : { reading: toMessageReading(m.reading, languages) }),
    })),
  }
}

/** The analytics facts of a conversation, from its timeline and arc. */
function conversationFactsOf(
  timeline: readonly TimelineMessage[],
  arc: readonly { score: number; label: string }[],
  conv: { status: string; product_area: string | null; channel: string | null } | undefined,
  profile: { segment: string | null; plan: string | null } | undefined,
  now: number,
  openWaitSince: number | undefined,
  slaMinutes: number,
): ConversationFactColumns {
  // The workspace's SLA, as the conversation reading used it (analysis setting sla.replyMinutes).
  const slaMs = slaMinutes * 60_000
  const visible = timeline.filter((t) => !t.internal)
  const customer = visible.filter((t) => t.role === 'customer')
  const firstCustomer = customer[0]
  const firstReply = visible.find((t) => (t.role === 'agent' || t.role === 'bot') && firstCustomer !== undefined && t.createdAt >= firstCustomer.createdAt)
  let slaBreached = false
  let waitingSince: number | undefined
  for (const t of visible) {
    if (t.role === 'customer') waitingSince ??= t.createdAt
    else if ((t.role === 'agent' || t.role === 'bot') && waitingSince !== undefined) {
      if (t.createdAt - waitingSince > slaMs) slaBreached = true
      waitingSince = undefined
    }
  }
  const resolved = conv?.status === 'resolved' || conv?.status === 'closed'
  // The open wait is the analysis's: a customer whose last word was a satisfied thank-you is not waiting.
  if (openWaitSince !== undefined && !resolved && now - openWaitSince > slaMs) slaBreached = true
  const lastAgent = [...visible].reverse().find((t) => t.agentId !== undefined)
  const first = arc[0]
  const last = arc[arc.length - 1]
  const facts: ConversationFactColumns = {
    ...(first === undefined ? {} : { openScore: first.score, openLabel: first.label }),
    ...(last === undefined ? {} : { closeScore: last.score }),
    maxUrgency: customer.reduce((m, t) => Math.max(m, t.reading?.emotions.urgency ?? 0), 0),
    humanRequested: customer.some((t) => t.reading?.cues.some((c) => c.kind === 'human-request') === true),
    slaBreached,
    ...(lastAgent?.agentId === undefined ? {} : { agentId: lastAgent.agentId }),
    ...(visible[0] === undefined ? {} : { openedAt: visible[0].createdAt }),
    ...(firstReply === undefined ? {} : { firstResponseAt: firstReply.createdAt }),
    ...(resolved && visible.length > 0 ? { resolvedAt: (visible[visible.length - 1] as TimelineMessage).createdAt } : {}),
    ...(conv?.product_area == null ? {} : { productArea: conv.product_area }),
    ...(conv?.channel == null ? {} : { channel: conv.channel }),
    ...(profile?.segment == null ? {} : { segment: profile.segment }),
    ...(profile?.plan == null ? {} : { plan: profile.plan }),
    ...(customer[0]?.reading?.language === undefined ? {} : { language: customer[0].reading.language }),
  }
  return facts
}

/**
 * Reads the given messages (customer messages only; internal notes never count), stores the
 * readings, then refreshes the reading of every conversation and customer they touch, raises
 * alerts through the hysteresis rule, and publishes events for live views. Batched: a handful of
 * queries per call whatever the number of messages, so it scales to remote databases.
 */
export async function readAndStore(deps: PipelineDeps, workspaceId: string, messageIds: readonly string[]): Promise<StoredReading[]> {
  const { db, reader, clock, events } = deps
  const now = clock()
  const messages = await messagesByIds(db, workspaceId, messageIds)
  if (messages.length === 0) return []
  const settings = await loadSettings(db, workspaceId)
  const profile = workspaceProfile(settings)
  const domain = profile?.id ?? settings.domain
  // Each workspace may override any threshold or weight; the rest are the documented defaults.
  const config = resolveAnalysisConfig(settings.analysis)
  const customers = [...new Set(messages.map((m) => m.customerId).filter((c): c is string => c !== null))].sort()
  const byCustomer = await conversationsOfCustomers(db, workspaceId, customers, 20)
  const conversationIds = new Set(messages.map((m) => m.conversationId))
  for (const list of byCustomer.values()) for (const c of list) conversationIds.add(c.id)
  const timelines = await conversationTimelines(db, workspaceId, [...conversationIds])

  // Read with the context `undertone converse` gives the same message (readingContext).
  const toRead = messages.filter((m) => m.role === 'customer' && !m.internal)
  const items = toRead.map((m) => {
    const timeline = timelines.get(m.conversationId) ?? []
    const context = { previous: readingContext(timeline, timeline.findIndex((t) => t.id === m.id)), ...(domain === undefined ? {} : { domain }) }
    return { text: m.text, context, ...(profile === undefined ? {} : { profile }) }
  })
  // Read off-thread when there is a pool; the workspace's adaptation is applied to each reading.
  const results = await (deps.batchReader ?? inProcessBatchReader(reader)).readMany(items, { adaptation: await deps.adaptations?.get(workspaceId) })
  const readings: StoredReading[] = []
  const readingOf = new Map<string, StoredReading>()
  toRead.forEach((m, i) => {
    const stored = toStoredReading(m.id, m.conversationId, results[i] as Reading, now)
    readings.push(stored)
    readingOf.set(m.id, stored)
  })
  const meta = new Map<string, { customer_id: string | null; status: string; product_area: string | null; channel: string | null; tags: string }>()
  const touched = [...new Set(messages.map((m) => m.conversationId))].sort()
  // The customers' other conversations too: their product area says whether a contact is a repeat.
  const described = [...conversationIds].sort()
  for (let i = 0; i < described.length; i += 500) {
    const rows = await db.selectFrom('conversations').select(['id', 'customer_id', 'status', 'product_area', 'channel', 'tags']).where('workspace_id', '=', workspaceId).where('id', 'in', described.slice(i, i + 500)).execute()
    for (const r of rows) meta.set(r.id, r)
  }
  const contextOf = (conversationId: string): TimelineContext => {
    const subject = meta.get(conversationId)?.product_area
    return { ...(reader.languages === undefined ? {} : { languages: reader.languages }), ...(subject == null ? {} : { subject }) }
  }
  const profiles = new Map<string, { segment: string | null; plan: string | null; value: number | null }>()
  for (let i = 0; i < customers.length; i += 500) {
    const rows = await db.selectFrom('customers').select(['id', 'segment', 'plan', 'value']).where('workspace_id', '=', workspaceId).where('id', 'in', customers.slice(i, i + 500)).execute()
    for (const r of rows) profiles.set(r.id, r)
  }
  for (const [id, list] of timelines) timelines.set(id, list.map((t) => (readingOf.has(t.id) ? { ...t, reading: readingOf.get(t.id) as StoredReading } : t)))

  // Every write below is one transaction: a crash or error anywhere leaves no reading without its
  // rollups (a retried job then counts it once), and live views hear only of what was committed.
  const published: Parameters<EventBus['publish']>[0][] = []
  await db.transaction().execute(async (trx) => {
    // The topics are read under a shared hold on the settings: a topic rediscovery (which holds
    // them exclusively while it switches models) never interleaves with these topic counts.
    const held = parseSettings(await holdWorkspaceSettings(trx, workspaceId, 'share')).topics
    const topics = held?.topics ?? []
    const topicVersion = topics.length === 0 ? undefined : held?.computedAt
    // Rollups count each message once: a message read again (a rescore after a new model version,
    // a retried job) takes its earlier reading out and puts the new one in.
    const earlier = new Map<string, EarlierReading>()
    for (let i = 0; i < readings.length; i += 500) {
      const ids = readings.slice(i, i + 500).map((r) => r.messageId)
      if (ids.length === 0) continue
      for (const r of await trx.selectFrom('readings').select(['message_id', 'score', 'label', 'emotions', 'language', 'topic', 'topic_version']).where('workspace_id', '=', workspaceId).where('message_id', 'in', ids).execute()) earlier.set(r.message_id, r)
    }
    // In message order, so two transactions that re-read the same messages lock them in one order.
    await saveReadings(trx, workspaceId, [...readings].sort((a, b) => (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0)))

    // The daily fact rollups take each conversation's old facts out and its new ones in.
    const oldFacts = await factRows(trx, workspaceId, touched)
    const deltas = factDeltas()
    for (const conversationId of touched) {
      const conv = meta.get(conversationId)
      const timeline = timelines.get(conversationId) ?? []
      const r = readConversation(timelineToConversation(conversationId, conv?.customer_id ?? undefined, conv?.status, timeline, contextOf(conversationId)), now, config)
      const p = conv?.customer_id == null ? undefined : profiles.get(conv.customer_id)
      const facts = conversationFactsOf(timeline, r.arc, conv, p, now, r.waitingSince, r.slaMinutes)
      await saveConversationReading(trx, { conversationId, workspaceId, trend: r.trend.direction, escalation: r.escalation, escalate: r.escalate, handoff: r.handoff, resolutionDelta: r.resolutionDelta, body: r, computedAt: now, facts })
      const old = oldFacts.get(conversationId)
      if (old !== undefined) addFactDeltas(deltas, old, -1)
      addFactDeltas(deltas, { ...factColumns(facts), escalation: r.escalation, handoff: r.handoff ? 1 : 0 }, 1)
      published.push({ type: 'conversation', workspaceId, data: { id: conversationId, escalation: r.escalation, escalate: r.escalate, trend: r.trend.direction } })
    }
    for (const customerId of customers) {
      const inputs = (byCustomer.get(customerId) ?? []).map((c) => timelineToConversation(c.id, customerId, c.status, timelines.get(c.id) ?? [], contextOf(c.id)))
      const p = profiles.get(customerId)
      const profile: CustomerProfile = {
        ...(p?.segment == null ? {} : { segment: p.segment }),
        ...(p?.plan == null ? {} : { plan: p.plan }),
        ...(p?.value == null ? {} : { value: p.value }),
      }
      const state = (await loadAlertState(trx, workspaceId, customerId)) as AlertState | undefined
      const r = readCustomer({ customerId, conversations: inputs, profile }, now, config, state)
      const { conversations: _omit, ...body } = r
      await saveCustomerReading(trx, { customerId, workspaceId, health: r.health, trend: r.trend, churnRisk: r.churnRisk, weightedRisk: r.weightedRisk, alertState: r.alert.state, body, computedAt: now })
      if (r.alert.alert) {
        const alert = await insertAlert(trx, workspaceId, {
          kind: 'customer-at-risk',
          subjectId: customerId,
          severity: r.weightedRisk,
          // The churn risk the customer page shows; the value-weighted risk that raised the alert is named as such.
          title: `Customer at risk: churn risk ${Math.round(r.churnRisk * 100)}%${r.weightedRisk > r.churnRisk ? ` (${Math.round(r.weightedRisk * 100)}% weighted by value)` : ''}: ${r.reasons.slice(0, 2).map((x) => x.code).join(', ')}`,
          payload: { reasons: r.reasons, outcome: r.alert.outcome, health: r.health, trend: r.trend, churnRisk: r.churnRisk, weightedRisk: r.weightedRisk },
          createdAt: now,
        })
        published.push({ type: 'alert', workspaceId, data: alert })
      }
    }

    const rollupInputs: RollupInput[] = []
    const topicInputs: RollupInput[] = []
    const topicMarks: TopicMark[] = []
    for (const m of toRead) {
      const r = readingOf.get(m.id)
      if (r === undefined) continue
      const old = earlier.get(m.id)
      const same = sameReading(old, r)
      if (topicVersion !== undefined) {
        // Topics count apart, against what was counted under the current topic model (if anything).
        const d = topicDelta(m, r, old, assignTopic(m.text, topics) ?? '', topicVersion)
        topicInputs.push(...d.inputs)
        if (d.mark !== undefined) topicMarks.push(d.mark)
      }
      if (same) continue
      const conv = meta.get(m.conversationId)
      const lastAgent = [...(timelines.get(m.conversationId) ?? [])].reverse().find((t) => t.agentId !== undefined && t.createdAt <= m.createdAt)?.agentId
      const p = m.customerId === null ? undefined : profiles.get(m.customerId)
      const dims = {
        ...(conv?.product_area == null ? {} : { product_area: conv.product_area }),
        ...(conv?.channel == null ? {} : { channel: conv.channel }),
        ...(conv?.tags === undefined ? {} : { tag: JSON.parse(conv.tags) as string[] }),
        ...(lastAgent === undefined ? {} : { agent: lastAgent }),
        ...(p?.segment == null ? {} : { segment: p.segment }),
        ...(p?.plan == null ? {} : { plan: p.plan }),
        language: r.language,
      }
      if (old !== undefined) rollupInputs.push({ at: m.createdAt, score: Number(old.score), label: old.label as StoredReading['label'], emotions: JSON.parse(old.emotions) as Record<string, number>, dims: { ...dims, language: old.language }, weight: -1 })
      rollupInputs.push({ at: m.createdAt, score: r.score, label: r.label, emotions: r.emotions, dims })
    }
    // Shared aggregate rows last, so the transaction holds their locks for the shortest time.
    await applyFactDeltas(trx, workspaceId, deltas)
    await addToRollups(trx, workspaceId, rollupInputs)
    await addToRollups(trx, workspaceId, topicInputs, { includeAll: false })
    if (topicVersion !== undefined) await markTopicsCounted(trx, workspaceId, topicVersion, topicMarks)
  })
  for (const e of published) events.publish(e)
  for (const r of readings) events.publish({ type: 'reading', workspaceId, data: r })
  return readings
}
