import { type AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './analysis-config.js'
import { noisyOrShares } from './noisy-or-shares.js'
import { type Reason, round3 } from './reason.js'
import { roundShares } from './round-shares.js'

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

/** One factor of a priority: how strong it is, how much it weighs, and how much of the score it accounts for. */
export interface PriorityPart {
  /** The factor: urgency, frustration, repeat-contacts, wait, value, escalation or churn-risk. */
  readonly code: string
  /** The factor's strength, 0..1 (a wait of one SLA is 0.63; a customer worth `valueScale` is 0.5). */
  readonly value: number
  /** The factor's weight in the settings (`priority.weights`). */
  readonly weight: number
  /** Its share of the score, after any damping; the parts' contributions add up to the score. */
  readonly contribution: number
  readonly detail: string
}

/** What damping took off a score: the customer is not waiting, so the factors count for less. */
export interface PriorityDamping {
  readonly code: 'not-waiting'
  /** The factor the score was multiplied by (`priority.notWaiting`). */
  readonly factor: number
  /** The score the factors gave before damping, less the score. */
  readonly removed: number
  readonly detail: string
}

export interface Priority {
  readonly id: string
  /** 0..1; higher is served first. */
  readonly score: number
  /** The parts that matter (contributing at least `REASON_MIN`), strongest first. */
  readonly reasons: readonly Reason[]
  /** Every factor, largest contribution first; the contributions sum to the score (three decimals). */
  readonly parts: readonly PriorityPart[]
  /** Null when the customer is waiting and nothing was damped. */
  readonly damping: PriorityDamping | null
}

/** A part contributing less than this to the score is not a reason: it would not move the conversation in the queue. */
export const REASON_MIN = 0.02

const clamp01 = (x: number): number => (x > 1 ? 1 : x > 0 ? x : 0)

// How a reason names its level: a plain question carries some urgency (someone waits for an answer,
// about 0.35), which the queue counted as "urgent" beside a payroll due at 3pm.
const STRONG_LEVEL = 0.6
const SOME_LEVEL = 0.4
function levelWord(x: number, strong: string, some: string, little: string): string {
  return x >= STRONG_LEVEL ? strong : x >= SOME_LEVEL ? some : little
}

/**
 * A queue score, 0..1: a noisy-OR of the factors (urgency, frustration, repeat contacts, wait
 * against SLA, customer value, escalation, churn risk), each scaled by its weight so that the
 * weightiest at its fullest adds `priority.strongest` on its own. One strong reason (a deadline
 * tomorrow morning) is enough to rank high; a weighted mean diluted it among six quiet ones. A
 * conversation whose customer is not waiting (the reply was the last word) is damped by
 * `priority.notWaiting`. Every factor only grows with its input, so more frustration or a longer
 * wait never lowers priority.
 *
 * The parts explain the score additively (see `noisyOrShares`): strongest factor first, each
 * contributes what it adds to the factors before it, times the damping, so the contributions add
 * up to the score and fall in order. The reasons are the parts contributing at least `REASON_MIN`.
 */
export function priorityScore(input: PriorityInput, config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG): Priority {
  const p = config.priority
  const w = p.weights
  const sla = input.slaMinutes > 0 ? input.slaMinutes : config.sla.replyMinutes
  const value = input.value ?? 0
  const factors: [string, number, number, string][] = [
    ['urgency', w.urgency, clamp01(input.urgency), levelWord(input.urgency, 'urgent', 'somewhat urgent', 'little urgency')],
    ['frustration', w.frustration, clamp01(input.frustration), levelWord(input.frustration, 'frustrated', 'somewhat frustrated', 'little frustration')],
    ['repeat-contacts', w.repeatContacts, clamp01((input.repeatContacts - 1) / 3), `${input.repeatContacts} contacts`],
    ['wait', w.wait, 1 - Math.exp(-Math.max(0, input.waitMinutes) / sla), `waiting ${Math.round(input.waitMinutes)} of ${sla} min`],
    ['value', w.value, value > 0 ? value / (value + config.customer.valueScale) : 0, 'valuable customer'],
    ['escalation', w.escalation, clamp01(input.escalation ?? 0), 'escalating'],
    ['churn-risk', w.churnRisk, clamp01(input.churnRisk ?? 0), 'churn risk'],
  ]
  const top = Math.max(...factors.map((f) => f[1])) || 1
  const byCode = new Map(factors.map(([code, weight, x, detail]) => [code, { weight, x, detail }]))
  const shares = noisyOrShares(factors.map(([code, weight, x]) => ({ code, alone: (p.strongest * weight * x) / top })))
  const damp = input.waiting === false ? p.notWaiting : 1
  const undamped = shares.reduce((s, f) => s + f.share, 0)
  const contributions = roundShares(shares.map((s) => s.share * damp))
  const parts = shares.map((s, i): PriorityPart => {
    const f = byCode.get(s.code) as { weight: number; x: number; detail: string }
    return { code: s.code, value: round3(f.x), weight: f.weight, contribution: contributions[i] as number, detail: f.detail }
  })
  const score = contributions.reduce((s, c) => s + c, 0)
  const reasons = parts.filter((x) => x.contribution >= REASON_MIN).map(({ code, contribution, detail }) => ({ code, weight: contribution, detail }))
  const damping: PriorityDamping | null = damp === 1 ? null : { code: 'not-waiting', factor: damp, removed: round3(undamped - undamped * damp), detail: 'not waiting: the reply had the last word' }
  return { id: input.id, score: round3(score), reasons, parts, damping }
}

/** Orders a queue: highest score first; equal scores by longest wait, then id, so the order is stable. */
export function rankQueue(inputs: readonly PriorityInput[], config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG): Priority[] {
  const scored = inputs.map((i) => ({ i, p: priorityScore(i, config) }))
  scored.sort((a, b) => b.p.score - a.p.score || a.i.waitingSince - b.i.waitingSince || (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0))
  return scored.map((s) => s.p)
}
