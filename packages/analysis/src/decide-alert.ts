import type { AnalysisConfig } from './analysis-config.js'

/** What a caller stores between evaluations to keep alerts from flapping. */
export interface AlertState {
  readonly active: boolean
  readonly lastAlertAt?: number
  readonly lastRisk?: number
}

/** Why the decision came out as it did. Codes are stable. */
export type AlertOutcome = 'raised' | 'worse' | 'cooldown-elapsed' | 'held' | 'cleared' | 'quiet'

export interface AlertDecision {
  /** Send an alert now. */
  readonly alert: boolean
  readonly outcome: AlertOutcome
  /** The state to store for next time. */
  readonly state: AlertState
}

/**
 * Alert decisions with hysteresis: an alert rises at `raise`, stays active until risk falls below
 * the lower `clear`, and while active fires again only when risk is clearly worse (by `worseBy`)
 * or `cooldownHours` have passed. Teams get one alert per episode, not one per message.
 */
export function decideAlert(previous: AlertState | undefined, risk: number, now: number, cfg: AnalysisConfig['alerts']): AlertDecision {
  const prev = previous ?? { active: false }
  if (!prev.active) {
    if (risk >= cfg.raise) return { alert: true, outcome: 'raised', state: { active: true, lastAlertAt: now, lastRisk: risk } }
    return { alert: false, outcome: 'quiet', state: { active: false } }
  }
  if (risk < cfg.clear) return { alert: false, outcome: 'cleared', state: { active: false } }
  const lastRisk = prev.lastRisk ?? 0
  if (risk >= lastRisk + cfg.worseBy) return { alert: true, outcome: 'worse', state: { active: true, lastAlertAt: now, lastRisk: risk } }
  const since = prev.lastAlertAt === undefined ? Number.POSITIVE_INFINITY : now - prev.lastAlertAt
  if (since >= cfg.cooldownHours * 3_600_000 && risk >= cfg.raise) return { alert: true, outcome: 'cooldown-elapsed', state: { active: true, lastAlertAt: now, lastRisk: risk } }
  return { alert: false, outcome: 'held', state: prev }
}
