import type { WorkspaceSettings } from '@undertone/storage'

/** A workspace's learning-loop settings (in its settings JSON under `learning`). */
export interface LearningSettings {
  /** Readings offered for review per UTC day; corrections made that day use it up. */
  readonly dailyReviewBudget: number
  /** After a promotion or rollback, messages from the last this many days are read again. */
  readonly rescoreDays: number
  /** Promote a newly trained version by itself when it beats the current one. */
  readonly autoPromote: boolean
}

export const DEFAULT_LEARNING: LearningSettings = { dailyReviewBudget: 50, rescoreDays: 30, autoPromote: true }

/** The learning settings of a workspace's settings, with the defaults for anything missing or out of range. */
export function learningSettings(settings: WorkspaceSettings): LearningSettings {
  const l: Partial<Record<keyof LearningSettings, unknown>> = settings.learning ?? {}
  const int = (v: unknown, lo: number, hi: number, d: number): number => (typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi ? v : d)
  return {
    dailyReviewBudget: int(l.dailyReviewBudget, 0, 10_000, DEFAULT_LEARNING.dailyReviewBudget),
    rescoreDays: int(l.rescoreDays, 1, 365, DEFAULT_LEARNING.rescoreDays),
    autoPromote: typeof l.autoPromote === 'boolean' ? l.autoPromote : DEFAULT_LEARNING.autoPromote,
  }
}
