import { type Database, correctionsSince, flaggedUncorrectedReadings, recentUncorrectedReadings } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { loadSettings } from '../workspace-settings.js'
import { learningSettings } from './learning-settings.js'
import { type ReviewCandidate, selectForReview } from './select-for-review.js'
import type { WorkspaceAdaptations } from './workspace-adaptations.js'

const DAY = 86_400_000

/**
 * Readings picked for review by active learning (uncertainty, cue disagreement, novelty, outcome
 * disagreement), at most `limit` and within what is left of the workspace's daily budget.
 */
export async function reviewQueue(db: Kysely<Database>, adaptations: WorkspaceAdaptations, workspaceId: string, now: number, limit: number) {
  const settings = learningSettings(await loadSettings(db, workspaceId))
  const usedToday = await correctionsSince(db, workspaceId, Math.floor(now / DAY) * DAY)
  const remaining = Math.max(0, settings.dailyReviewBudget - usedToday)
  const take = Math.min(remaining, limit)
  const budget = { daily: settings.dailyReviewBudget, usedToday, remaining }
  if (take === 0) return { items: [], budget }
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
  const picks = selectForReview(candidates, await adaptations.get(workspaceId), take)
  return {
    budget,
    items: picks.map((p) => {
      const r = byId.get(p.candidate.messageId) as (typeof rows)[number]
      return { message_id: r.message_id, conversation_id: r.conversation_id, text: r.text, created_at: Number(r.created_at), label: r.label, score: Number(r.score), confidence: Number(r.confidence), emotions: r.emotions, cues: r.cues, priority: p.priority, reasons: [...p.reasons] }
    }),
  }
}
