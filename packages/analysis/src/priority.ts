import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './analysis-config.js'
import { type Reason, round3 } from './reason.js'

/** What the queue knows about one open conversation. */
export interface PriorityInput {
  readonly id: string
  /** When the customer started waiting (ms since the epoch); ties go to the longest wait. */
  readonly waitingSince: number
  readonly urgency: number
  readonly frustration: number
  readonly repeatContacts: number
  readonly waitMinutes: number
  readonly slaMinutes: number
  readonly value?: number
  readonly escalation?: number
  readonly churnRisk?: number
  /** False when the customer is not waiting for a reply (the agent or bot had the last word). */
  readonly waiting?: boolean
}

export interface Priority {
  readonly id: string
  /** 0..1; higher is served first. */
  readonly score: number
  /** What each factor added, strongest first. */
  readonly reasons: readonly Reason[]
}

const clamp01 = (x: number): number => (x > 1 ? 1 : x > 0 ? x : 0)

/**
 * A queue score, 0..1: a noisy-OR of the factors (urgency, frustration, repeat contacts, wait
 * against SLA, customer value, escalation, churn risk), each scaled by its weight so that the
 * weightiest at its fullest adds `priority.strongest` on its own. One strong reason (a deadline
 * tomorrow morning) is enough to rank high; a weighted mean diluted it among six quiet ones. A
 * conversation whose customer is not waiting (the reply was the last word) is damped by
 * `priority.notWaiting`. Every factor only grows with its input, so more frustration or a longer
 * wait never lowers priority. The reasons share the score in proportion to what each factor adds.
 */
export function priorityScore(input: PriorityInput, config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG): Priority {
  const p = config.priority
  const w = p.weights
  const sla = input.slaMinutes > 0 ? input.slaMinutes : config.sla.replyMinutes
  const value = input.value ?? 0
  const factors: [string, number, number, string][] = [
    ['urgency', w.urgency, clamp01(input.urgency), 'urgent'],
    ['frustration', w.frustration, clamp01(input.frustration), 'frustrated'],
    ['repeat-contacts', w.repeatContacts, clamp01((input.repeatContacts - 1) / 3), `${input.repeatContacts} contacts`],
    ['wait', w.wait, 1 - Math.exp(-Math.max(0, input.waitMinutes) / sla), `waiting ${Math.round(input.waitMinutes)} of ${sla} min`],
    ['value', w.value, value > 0 ? value / (value + config.customer.valueScale) : 0, 'valuable customer'],
    ['escalation', w.escalation, clamp01(input.escalation ?? 0), 'escalating'],
    ['churn-risk', w.churnRisk, clamp01(input.churnRisk ?? 0), 'churn risk'],
  ]
  const top = Math.max(...factors.map((f) => f[1])) || 1
  const parts = factors.map(([code, weight, x, detail]) => ({ code, part: clamp01((p.strongest * weight * x) / top), detail }))
  const score = (1 - parts.reduce((q, f) => q * (1 - f.part), 1)) * (input.waiting === false ? p.notWaiting : 1)
  const sum = parts.reduce((s, f) => s + f.part, 0)
  const reasons = parts
    .map(({ code, part, detail }) => ({ code, weight: round3(sum > 0 ? (score * part) / sum : 0), detail }))
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code))
  return { id: input.id, score: round3(score), reasons }
}

/** Orders a queue: highest score first; equal scores by longest wait, then id, so the order is stable. */
export function rankQueue(inputs: readonly PriorityInput[], config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG): Priority[] {
  const scored = inputs.map((i) => ({ i, p: priorityScore(i, config) }))
  scored.sort((a, b) => b.p.score - a.p.score || a.i.waitingSince - b.i.waitingSince || (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0))
  return scored.map((s) => s.p)
}
