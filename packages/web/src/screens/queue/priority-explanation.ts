/** Why a conversation ranks where it does: the weighted parts of its priority in words, largest first. */
import type { QueueItem } from '../../api'
import { durationWords } from './duration-words'
import { yearlyValue } from './yearly-value'

type Part = QueueItem['parts'][number]

/** One line of the explanation: what the factor is at, and how much of the priority it accounts for. */
export interface ExplainedPart {
  readonly code: string
  /** "Waiting 3 h 20 min, past the 4 h SLA", "Urgency 0.80". */
  readonly label: string
  readonly contribution: number
}

/** What the queue row shows: the parts that matter, the rest summed, and what not waiting took off. */
export interface PriorityExplanation {
  readonly parts: readonly ExplainedPart[]
  /** The parts too small to be reasons, summed (0 when none). */
  readonly rest: number
  /** What not waiting took off, or null (also when it took off less than shows at two decimals). */
  readonly damped: { readonly factor: number; readonly removed: number } | null
}

const fixed2 = (x: number): string => x.toFixed(2)

/** Shares are shown with two decimals: less than this would read as 0.00. */
export const SHOWN_MIN = 0.005

/** A factor in words, from the item's own figures where it has them (the wait, the value). */
export function partLabel(part: Part, item: Pick<QueueItem, 'wait_minutes' | 'sla_minutes' | 'value'>): string {
  switch (part.code) {
    case 'wait': {
      const wait = durationWords(item.wait_minutes)
      const sla = durationWords(item.sla_minutes)
      return item.wait_minutes >= item.sla_minutes ? `Waiting ${wait}, past the ${sla} SLA` : `Waiting ${wait} of a ${sla} SLA`
    }
    case 'value':
      return `Customer value ${yearlyValue(item.value)}`
    case 'repeat-contacts':
      return `Repeat contact (${part.detail})`
    case 'churn-risk':
      return `Churn risk ${fixed2(part.value)}`
    default:
      return `${part.code.charAt(0).toUpperCase()}${part.code.slice(1).replace(/-/g, ' ')} ${fixed2(part.value)}`
  }
}

/**
 * The explanation of an item's priority: the reasons (the parts the server counts as reasons,
 * largest first) in words, with everything smaller summed as the rest, so the lines add up to the
 * priority as the server states it.
 */
export function explainPriority(item: Pick<QueueItem, 'parts' | 'reasons' | 'damping' | 'wait_minutes' | 'sla_minutes' | 'value'>): PriorityExplanation {
  const reasons = new Set(item.reasons.map((r) => r.code))
  const shown = item.parts.filter((p) => reasons.has(p.code))
  const rest = item.parts.filter((p) => !reasons.has(p.code)).reduce((s, p) => s + p.contribution, 0)
  return {
    parts: shown.map((p) => ({ code: p.code, label: partLabel(p, item), contribution: p.contribution })),
    rest: Math.round(rest * 1000) / 1000,
    damped: item.damping === null || item.damping.removed < SHOWN_MIN ? null : { factor: item.damping.factor, removed: item.damping.removed },
  }
}
