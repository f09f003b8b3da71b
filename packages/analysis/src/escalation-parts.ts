/**
 * The parts the escalation score is made of, each a reason with the weight it adds: the customer's
 * sentiment trajectory, split over its four parts, and the events (a failed fix, a repeated ask, a
 * request for a person, a churn threat).
 */
import type { AnalysisConfig } from './analysis-config.js'
import type { EscalationEvents } from './conversation-fold.js'
import type { Trajectory } from './customer-trajectory.js'
import type { Reason } from './reason.js'

/** What the trajectory adds to the score: `weights.trajectory × value^exponent`. */
export function trajectoryWeight(t: Trajectory, esc: AnalysisConfig['escalation']): number {
  return esc.weights.trajectory * t.value ** esc.trajectory.exponent
}

/**
 * The trajectory's part of the score split over its parts in proportion to what each put into the
 * blend, so the four reasons add up to it.
 */
export function trajectoryReasons(t: Trajectory, esc: AnalysisConfig['escalation']): Reason[] {
  const c = esc.trajectory
  const total = trajectoryWeight(t, esc)
  const parts = [c.level * t.level, c.lastMessage * t.lastMessage, c.worstMessage * t.worstMessage, c.worsening * t.worsening]
  const sum = parts.reduce((a, b) => a + b, 0)
  const share = (i: number): number => (sum > 0 ? (total * (parts[i] as number)) / sum : 0)
  return [
    { code: 'negative-level', weight: share(0), detail: 'the customer has been negative through the conversation' },
    { code: 'negative-last-message', weight: share(1), detail: "the customer's latest message is negative" },
    { code: 'negative-peak', weight: share(2), detail: "the customer's worst message so far is negative" },
    { code: 'worsening', weight: share(3), detail: "the customer's later messages are more negative than their first ones" },
  ]
}

/** The events as reasons, each weighted by its setting. */
export function eventReasons(e: EscalationEvents, w: AnalysisConfig['escalation']['weights']): Reason[] {
  return [
    { code: 'failed-fix', weight: w.failedFix * e.failed, detail: 'the customer is still stuck after a suggested fix' },
    { code: 'repeated-ask', weight: w.repeatedAsk * Math.min(1, e.asks), detail: 'the customer has asked again' },
    { code: 'human-request', weight: w.humanRequest * e.human, detail: 'the customer asked for a person or a manager' },
    { code: 'churn-threat', weight: w.churnThreat * e.churn, detail: 'the customer threatened to leave' },
  ]
}
