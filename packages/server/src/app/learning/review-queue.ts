import { type Database, correctionsSince, flaggedUncorrectedReadings, recentUncorrectedReadings } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { loadSettings } from '../workspace-settings.js'
import { learningSettings } from './learning-settings.js'
import { type ReviewCandidate, type ReviewReasonCode, selectForReview } from './select-for-review.js'
import type { WorkspaceAdaptations } from './workspace-adaptations.js'

const DAY = 86_400_000
/** The most picks ranked for one day's queue: far more than a person reviews, and it keeps the near-duplicate check (quadratic) quick. */
const MAX_PICKS = 1000

/** What a reviewer narrows the queue to, and which page of it. */
export interface ReviewQuery {
  readonly reason?: ReviewReasonCode | undefined
  readonly language?: string | undefined
  readonly label?: ReviewCandidate['label'] | undefined
  readonly page: number
  readonly pageSize: number
}

/** How many picks have one value. */
interface Count {
  readonly value: string
  readonly count: number
}

function countBy(values: readonly string[]): Count[] {
  const m = new Map<string, number>()
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1)
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

/**
 * Readings picked for review by active learning (uncertainty, cue disagreement, novelty, outcome
 * disagreement), as many as what is left of the workspace's daily budget, then narrowed by reason,
 * language and label and answered a page at a time, with how many match and counts per reason,
 * language and label over all the picks (for the filter controls).
 */
export async function reviewQueue(db: Kysely<Database>, adaptations: WorkspaceAdaptations, workspaceId: string, now: number, q: ReviewQuery) {
  const settings = learningSettings(await loadSettings(db, workspaceId))
  const usedToday = await correctionsSince(db, workspaceId, Math.floor(now / DAY) * DAY)
  const remaining = Math.max(0, settings.dailyReviewBudget - usedToday)
  const budget = { daily: settings.dailyReviewBudget, usedToday, remaining }
  const paging = { total: 0, page: q.page, pageSize: q.pageSize }
  if (remaining === 0) return { items: [], budget, ...paging, facets: { reasons: [], languages: [], labels: [] } }
  const rows = await recentUncorrectedReadings(db, workspaceId)
  // Flagged readings join the pool however old they are.
  const flaggedRows = await flaggedUncorrectedReadings(db, workspaceId)
  const flagged = new Set(flaggedRows.map((r) => r.message_id))
  for (const r of flaggedRows) if (!rows.some((x) => x.message_id === r.message_id)) rows.push(r)
  const byId = new Map(rows.map((r) => [r.message_id, r]))
  const candidates: ReviewCandidate[] = rows.map((r) => ({
    messageId: r.message_id,
    text: r.text,
    label: r.label as ReviewCandidate['label'],
    confidence: Number(r.confidence),
    cues: r.cues,
    needsReview: Number(r.needs_review) === 1,
    csat: r.csat === null ? null : Number(r.csat),
    churned: r.churned_at !== null && Number(r.churned_at) >= Number(r.created_at),
    flagged: flagged.has(r.message_id),
  }))
  // The whole day's picks are ranked once, so filtering and paging never change what a page holds.
  const picks = selectForReview(candidates, await adaptations.get(workspaceId), Math.min(remaining, MAX_PICKS)).map((p) => ({ pick: p, row: byId.get(p.candidate.messageId) as (typeof rows)[number] }))
  const facets = { reasons: countBy(picks.flatMap((p) => p.pick.reasons)), languages: countBy(picks.map((p) => p.row.language)), labels: countBy(picks.map((p) => p.row.label)) }
  const matching = picks.filter((p) => (q.reason === undefined || p.pick.reasons.includes(q.reason)) && (q.language === undefined || p.row.language === q.language) && (q.label === undefined || p.row.label === q.label))
  const offset = (q.page - 1) * q.pageSize
  return {
    budget,
    ...paging,
    total: matching.length,
    facets,
    items: matching.slice(offset, offset + q.pageSize).map(({ pick: p, row: r }) => ({ message_id: r.message_id, conversation_id: r.conversation_id, text: r.text, created_at: Number(r.created_at), label: r.label, language: r.language, score: Number(r.score), confidence: Number(r.confidence), emotions: r.emotions, cues: r.cues, priority: p.priority, reasons: [...p.reasons] })),
  }
}
