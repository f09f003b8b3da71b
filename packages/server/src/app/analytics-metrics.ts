import { type FactDimension, agentRowFromSums, quantileFromHistogram, resolutionFromSums } from '@undertone/analysis'
import { type Database, RESOLUTION_HOUR_EDGES, RESPONSE_MINUTE_EDGES, agentSums, escalationCounts, resolutionSums, responseTimeHistograms } from '@undertone/storage'
import type { Kysely } from 'kysely'

// These aggregate in the database (GROUP BY over per-conversation facts), so they stay fast on
// millions of messages; the pure functions in @undertone/analysis turn the sums into figures.

/** Sentiment at open against close, and the resolved-but-unhappy share, by segment or agent. */
export async function resolutionRows(db: Kysely<Database>, workspaceId: string, from: number, to: number, by: FactDimension | undefined) {
  return (await resolutionSums(db, workspaceId, from, to, by)).map(resolutionFromSums)
}

/** Escalation rates under each definition (human asked for, bot handoff, SLA breach, escalation score). */
export async function escalationRows(db: Kysely<Database>, workspaceId: string, from: number, to: number, by: FactDimension | undefined) {
  return escalationCounts(db, workspaceId, from, to, by)
}

/** First-response and resolution times by opening sentiment and urgency. */
export async function responseTimeRows(db: Kysely<Database>, workspaceId: string, from: number, to: number) {
  const order = ['negative', 'neutral', 'positive', 'unknown']
  const urg = ['high', 'medium', 'low']
  return (await responseTimeHistograms(db, workspaceId, from, to))
    .map((h) => ({
      sentiment: h.sentiment,
      urgency: h.urgency,
      n: h.n,
      firstResponseMedianMinutes: quantileFromHistogram(RESPONSE_MINUTE_EDGES, h.first, 0.5),
      firstResponseP90Minutes: quantileFromHistogram(RESPONSE_MINUTE_EDGES, h.first, 0.9),
      resolutionMedianHours: quantileFromHistogram(RESOLUTION_HOUR_EDGES, h.resolution, 0.5),
    }))
    .sort((a, b) => order.indexOf(a.sentiment) - order.indexOf(b.sentiment) || urg.indexOf(a.urgency) - urg.indexOf(b.urgency))
}

/** Per-agent sentiment improvement with intervals, hidden below `min` conversations. Bots are coached by the people who build them, not in this view. */
export async function agentRows(db: Kysely<Database>, workspaceId: string, from: number, to: number, min: number) {
  return (await agentSums(db, workspaceId, from, to)).map((a) => ({ ...agentRowFromSums(a.agentId, a.n, a.sum, a.sumSq, min), agent: a.agent }))
}
