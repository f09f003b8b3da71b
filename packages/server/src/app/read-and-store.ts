import {
  type AlertState,
  type ConversationReading,
  type ConversationState,
  type CurrentState,
  type CustomerContact,
  type CustomerProfile,
  type StateMessage,
  assignTopic,
  compactState,
  currentState,
  finishConversation,
  mergeIntoState,
  readCustomerContacts,
  languageShifts,
  resolveAnalysisConfig,
  stateFingerprint,
  stateFromMessages,
  usableState,
} from '@undertone/analysis'
import type { Reader, Reading } from '@undertone/engine'
import {
  type AlertRecord,
  type ConversationReadingRow,
  type CustomerReadingRow,
  type Database,
  type RollupInput,
  type StoredReading,
  type TopicMark,
  addFactDeltas,
  addToRollups,
  alertStates,
  applyFactDeltas,
  bumpCounters,
  conversationMeta,
  conversationStates,
  conversationsOfCustomers,
  countedReadings,
  customerProfiles,
  factColumns,
  factDeltas,
  factRows,
  fillConversationStates,
  holdConversationStates,
  holdWorkspaceSettings,
  insertAlert,
  languageMoodSums,
  markTopicsCounted,
  messagesByIds,
  retryOnConflict,
  saveConversationReadings,
  saveCustomerReadings,
  saveReadings,
  stateMessagesOf,
} from '@undertone/storage'
import type { Kysely, Transaction } from 'kysely'
import { fromStateRow, repairsOf, statusOf, toStateMessage } from './analysis-inputs.js'
import { batchContexts } from './batch-contexts.js'
import { type BatchReader, inProcessBatchReader } from '../batch-reader.js'
import { conversationFactsOf } from './conversation-facts-of.js'
import type { EventBus } from '../event-bus.js'
import type { WorkspaceAdaptations } from './learning/workspace-adaptations.js'
import { toStoredReading } from './to-stored-reading.js'
import { type EarlierReading, sameReading, topicDelta } from './topic-delta.js'
import { loadSettings, parseSettings, workspaceProfile } from './workspace-settings.js'
import type { CustomerOutcome, ReadingFollowUp } from './reading-follow-up.js'

// How far back a language's usual lean is measured.
const LANGUAGE_WINDOW_MS = 90 * 86_400_000

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
  /** What follows a batch in its transaction (write-backs, alert deliveries); nothing when not given. */
  readonly followUp?: ReadingFollowUp
  /** How many of its latest messages a conversation's state keeps unfolded (default STATE_TAIL): a message that arrives further out of order than that rebuilds the state. */
  readonly stateTail?: number
}

/**
 * Reads the given messages (customer messages only; internal notes never count), stores the
 * readings, then brings every conversation and customer they touch up to date, raises alerts
 * through the hysteresis rule, and publishes events for live views. Each conversation keeps its
 * analysis state (ConversationState): new messages are folded into it, so the work per message
 * does not grow with the conversation's history; a state that is missing, made under other
 * settings, or older than a late message is rebuilt from the stored messages, and either way the
 * result is that of reading the whole history. Batched: a handful of queries per call whatever
 * the number of messages, so it scales to remote databases.
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
  const languages = reader.languages
  const fingerprint = stateFingerprint(config, languages)
  const customers = [...new Set(messages.map((m) => m.customerId).filter((c): c is string => c !== null))].sort()
  const byCustomer = await conversationsOfCustomers(db, workspaceId, customers, 20)
  const touched = [...new Set(messages.map((m) => m.conversationId))].sort()
  const conversationIds = new Set(touched)
  for (const list of byCustomer.values()) for (const c of list) conversationIds.add(c.id)

  // Read with the context `undertone converse` gives the same message (readingContext).
  const toRead = messages.filter((m) => m.role === 'customer' && !m.internal)
  const contexts = await batchContexts(db, workspaceId, toRead, fingerprint)
  const items = toRead.map((m) => {
    const context = { previous: contexts.get(m.id) ?? [], ...(domain === undefined ? {} : { domain }) }
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
  const described = [...conversationIds].sort()
  const meta = await conversationMeta(db, workspaceId, described)
  const profiles = await customerProfiles(db, workspaceId, customers)
  // Each language's usual lean over the last 90 days: customers' health is read against their language's.
  const shifts = customers.length === 0 ? {} : languageShifts(await languageMoodSums(db, workspaceId, now - LANGUAGE_WINDOW_MS, now + 1))

  // Every write below is one transaction: a crash or error anywhere leaves no reading without its
  // rollups (a retried job then counts it once), and live views hear only of what was committed.
  const published: Parameters<EventBus['publish']>[0][] = []
  const storeIn = async (trx: Transaction<Database>): Promise<void> => {
    // The topics are read under a shared hold on the settings: a topic rediscovery (which holds
    // them exclusively while it switches models) never interleaves with these topic counts.
    const held = parseSettings(await holdWorkspaceSettings(trx, workspaceId, 'share')).topics
    const topics = held?.topics ?? []
    const topicVersion = topics.length === 0 ? undefined : held?.computedAt
    // Rollups count each message once: a message read again (a rescore after a new model version,
    // a retried job) takes its earlier reading out and puts the new one in.
    const earlier: Map<string, EarlierReading> = await countedReadings(trx, workspaceId, readings.map((r) => r.messageId))
    // In message order, so two transactions that re-read the same messages lock them in one order.
    const newReadings = await saveReadings(trx, workspaceId, [...readings].sort((a, b) => (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0)), { countLater: true })

    // The touched conversations' states, held so no other transaction folds into them meanwhile,
    // with this batch merged in; the customers' other conversations are only read.
    const states = new Map<string, ConversationState>()
    const rebuild: string[] = []
    const heldStates = await holdConversationStates(trx, workspaceId, touched)
    const incoming = new Map<string, StateMessage[]>()
    for (const m of messages) if (!m.internal) incoming.set(m.conversationId, [...(incoming.get(m.conversationId) ?? []), toStateMessage(m, readingOf.get(m.id))])
    for (const id of touched) {
      const stored = usableState(heldStates.get(id), fingerprint)
      const merged = stored === undefined ? undefined : mergeIntoState(stored, incoming.get(id) ?? [])
      if (merged === undefined) rebuild.push(id)
      else states.set(id, merged)
    }
    const others = described.filter((id) => !states.has(id) && !rebuild.includes(id))
    const otherStates = await conversationStates(trx, workspaceId, others)
    const rebuiltOthers: string[] = []
    for (const id of others) {
      const stored = usableState(otherStates.get(id), fingerprint)
      if (stored !== undefined) states.set(id, stored)
      else {
        rebuild.push(id)
        rebuiltOthers.push(id)
      }
    }
    // After saveReadings: a rebuilt state has this batch's readings.
    const stored = await stateMessagesOf(trx, workspaceId, rebuild)
    for (const id of rebuild) states.set(id, stateFromMessages((stored.get(id) ?? []).map(fromStateRow), fingerprint))
    // Kept where none was stored yet, so the next batch need not rebuild them again.
    await fillConversationStates(trx, workspaceId, rebuiltOthers.map((id) => ({ conversationId: id, state: compactState(states.get(id) as ConversationState, config, languages, deps.stateTail) })))
    const current = new Map<string, CurrentState>()
    const currentOf = (id: string): CurrentState => {
      let c = current.get(id)
      if (c === undefined) {
        c = currentState(states.get(id) as ConversationState, config, languages)
        current.set(id, c)
      }
      return c
    }

    // Before the new readings are saved: what follows them compares with what was there.
    const followUp = await deps.followUp?.begin(trx, workspaceId, touched, customers)
    const readConversations: { id: string; reading: ConversationReading }[] = []
    const customerOutcomes: CustomerOutcome[] = []

    // The daily fact rollups take each conversation's old facts out and its new ones in.
    const oldFacts = await factRows(trx, workspaceId, touched)
    const deltas = factDeltas()
    const conversationRows: ConversationReadingRow[] = []
    for (const conversationId of touched) {
      const conv = meta.get(conversationId)
      const cur = currentOf(conversationId)
      const r = finishConversation(cur.fold, { id: conversationId, ...(conv?.customer_id == null ? {} : { customerId: conv.customer_id }), ...statusOf(conv) }, repairsOf(cur), now, config)
      const p = conv?.customer_id == null ? undefined : profiles.get(conv.customer_id)
      const facts = conversationFactsOf(cur.facts, r.arc, conv, p, now, r.waitingSince, r.slaMinutes)
      const state = compactState(states.get(conversationId) as ConversationState, config, languages, deps.stateTail)
      readConversations.push({ id: conversationId, reading: r })
      conversationRows.push({ conversationId, workspaceId, trend: r.trend.direction, escalation: r.escalation, escalate: r.escalate, handoff: r.handoff, resolutionDelta: r.resolutionDelta, body: r, computedAt: now, facts, state })
      const old = oldFacts.get(conversationId)
      if (old !== undefined) addFactDeltas(deltas, old, -1)
      addFactDeltas(deltas, { ...factColumns(facts), escalation: r.escalation, handoff: r.handoff ? 1 : 0 }, 1)
      published.push({ type: 'conversation', workspaceId, data: { id: conversationId, escalation: r.escalation, escalate: r.escalate, trend: r.trend.direction } })
    }
    await saveConversationReadings(trx, conversationRows)

    const alertStateOf = await alertStates(trx, workspaceId, customers)
    const customerRows: CustomerReadingRow[] = []
    for (const customerId of customers) {
      const contacts = (byCustomer.get(customerId) ?? []).map((c): CustomerContact => {
        const cur = currentOf(c.id)
        const reading = finishConversation(cur.fold, { id: c.id, customerId, ...statusOf(c) }, repairsOf(cur), now, config)
        const subject = meta.get(c.id)?.product_area
        const language = cur.facts.firstCustomerLanguage
        return { reading, moodSum: cur.fold.moodSum, ...(subject == null ? {} : { subject }), ...(language === undefined ? {} : { language }) }
      })
      const p = profiles.get(customerId)
      const customerProfile: CustomerProfile = {
        ...(p?.segment == null ? {} : { segment: p.segment }),
        ...(p?.plan == null ? {} : { plan: p.plan }),
        ...(p?.value == null ? {} : { value: p.value }),
      }
      const r = readCustomerContacts({ customerId, contacts, profile: customerProfile, languageShifts: shifts }, now, config, alertStateOf.get(customerId) as AlertState | undefined)
      const { conversations: _omit, ...body } = r
      customerRows.push({ customerId, workspaceId, health: r.health, trend: r.trend, churnRisk: r.churnRisk, weightedRisk: r.weightedRisk, alertState: r.alert.state, body, computedAt: now })
      let alert: AlertRecord | undefined
      if (r.alert.alert) {
        alert = await insertAlert(trx, workspaceId, {
          kind: 'customer-at-risk',
          subjectId: customerId,
          severity: r.weightedRisk,
          // The churn risk the customer page shows; value raised it to the alert (a capped "100%" would say nothing).
          title: `Customer at risk: churn risk ${Math.round(r.churnRisk * 100)}%${r.weightedRisk > r.churnRisk ? ', a high-value customer' : ''}: ${r.reasons.slice(0, 2).map((x) => x.code).join(', ')}`,
          payload: { reasons: r.reasons, outcome: r.alert.outcome, health: r.health, trend: r.trend, churnRisk: r.churnRisk, weightedRisk: r.weightedRisk },
          createdAt: now,
        })
        published.push({ type: 'alert', workspaceId, data: alert })
      }
      customerOutcomes.push({ customerId, health: r.health, churnRisk: r.churnRisk, reasons: r.reasons, alert })
    }
    await saveCustomerReadings(trx, customerRows)
    await followUp?.finish(trx, { workspaceId, now, conversations: readConversations, customers: customerOutcomes, meta, profiles })

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
      // The agent who last wrote before this message (a message folded long ago counts as no one's).
      const lastAgent = currentOf(m.conversationId).agentBefore.get(m.id)
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
    // Shared aggregate rows last (the workspace's counters very last), so the transaction holds their locks for the shortest time.
    await applyFactDeltas(trx, workspaceId, deltas)
    await addToRollups(trx, workspaceId, rollupInputs)
    await addToRollups(trx, workspaceId, topicInputs, { includeAll: false })
    if (topicVersion !== undefined) await markTopicsCounted(trx, workspaceId, topicVersion, topicMarks)
    await bumpCounters(trx, workspaceId, { readings: newReadings })
  }

  // Run again when it collided with another worker's transaction (a deadlock victim, a busy file).
  await retryOnConflict(() => {
    published.length = 0
    return db.transaction().execute((trx) => storeIn(trx))
  })
  for (const e of published) events.publish(e)
  for (const r of readings) events.publish({ type: 'reading', workspaceId, data: r })
  return readings
}
