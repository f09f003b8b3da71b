/**
 * How unhappy the customer has been across their own messages, as one 0..1 number: the blend of
 * their mean negativity, their last message, their worst message, and how much worse their later
 * messages read than their opening ones. Escalation ranks conversations mostly by it, because most
 * conversations carry no event cue at all (no failed fix, no ask for a manager, no churn threat).
 */
import type { AnalysisConfig } from './analysis-config.js'
import type { MessageReading } from './conversation-input.js'

/** The blend's settings (`escalation.trajectory`). */
export type TrajectoryConfig = AnalysisConfig['escalation']['trajectory']

/** Frustration, anger or disappointment, whichever reads strongest: how strained a message is, 0..1. */
export function strainOf(r: MessageReading | undefined): number {
  const e = r?.emotions
  return Math.max(e?.frustration ?? 0, e?.anger ?? 0, e?.disappointment ?? 0)
}

/**
 * One message's negativity, 0..1: its score mapped from +1..−1 onto 0..1, mixed with its strain
 * (`strainShare` of it). The score alone misses a calm-sounding "still nothing", the emotions alone
 * miss a flat "this is unacceptable"; a message with a higher score and no more strain is never
 * more negative.
 */
export function messageNegativity(r: MessageReading, c: TrajectoryConfig): number {
  const share = clamp01(c.strainShare)
  return clamp01((1 - share) * ((1 - r.score) / 2) + share * strainOf(r))
}

/** The parts of the trajectory, each 0..1, and their blend. */
export interface Trajectory {
  /** Mean negativity over the customer's readable messages. */
  readonly level: number
  readonly lastMessage: number
  readonly worstMessage: number
  /** How much more negative the later half of the messages is than the opening half (0 when not worse). */
  readonly worsening: number
  /** The weighted blend of the four, capped at 1. */
  readonly value: number
}

/**
 * The trajectory of the customer's message negativities so far, oldest first. The opening is the
 * first half of the messages (at least the first one), so a customer who wrote angrily from the
 * start is compared with their own baseline, not with a neutral one; one message has no worsening.
 */
export function customerTrajectory(negativities: readonly number[], c: TrajectoryConfig): Trajectory {
  const n = negativities.length
  if (n === 0) return { level: 0, lastMessage: 0, worstMessage: 0, worsening: 0, value: 0 }
  const level = mean(negativities)
  const lastMessage = negativities[n - 1] as number
  let worstMessage = 0
  for (const x of negativities) if (x > worstMessage) worstMessage = x
  const k = Math.max(1, Math.floor(n / 2))
  const worsening = n < 2 ? 0 : clamp01(mean(negativities.slice(k)) - mean(negativities.slice(0, k)))
  const value = clamp01(c.level * level + c.lastMessage * lastMessage + c.worstMessage * worstMessage + c.worsening * worsening)
  return { level, lastMessage, worstMessage, worsening, value }
}

function mean(xs: readonly number[]): number {
  let s = 0
  for (const x of xs) s += x
  return s / xs.length
}

function clamp01(x: number): number {
  return x > 1 ? 1 : x > 0 ? x : 0
}
