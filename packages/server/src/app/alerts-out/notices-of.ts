import type { ConversationReading } from '@undertone/analysis'
import type { AlertNotice, AlertSeverity } from '@undertone/connectors'
import type { AlertRuleRecord } from '@undertone/storage'
import { type RuleKind, type RuleSettings, RuleSettingsSchema } from './rule-settings.js'

/** A conversation read in this batch, with what it was before. */
export interface ReadConversation {
  readonly id: string
  readonly source: string
  readonly externalId: string
  readonly customerId: string | undefined
  readonly customerExternalId: string | undefined
  readonly customerValue: number | undefined
  readonly reading: ConversationReading
  readonly wasEscalated: boolean
  readonly dashboardUrl: string | undefined
  readonly helpdeskUrl: string | undefined
}

/** A customer read in this batch, with their health before. */
export interface ReadCustomer {
  readonly id: string
  readonly externalId: string
  readonly value: number | undefined
  readonly health: number
  readonly healthBefore: number | undefined
  readonly churnRisk: number
  readonly reasons: readonly { readonly code: string; readonly detail: string }[]
  /** Set when this batch raised the customer-at-risk alert (its hysteresis already applied). */
  readonly alertRaised: boolean
}

/** A change finding that became an alert. */
export interface ChangeAlert {
  readonly alertId: string
  readonly subjectId: string
  readonly title: string
  readonly severity: number
}

/** A notice for a rule, before it is fanned out to the rule's destinations. */
export interface RuleNotice {
  readonly rule: AlertRuleRecord
  readonly settings: RuleSettings
  readonly subjectId: string
  readonly notice: AlertNotice
}

const pct = (x: number): string => `${Math.round(x * 100)}%`
const severityOf = (x: number): AlertSeverity => (x >= 0.8 ? 'critical' : x >= 0.5 ? 'warning' : 'info')
const valueOk = (s: RuleSettings, value: number | undefined): boolean => s.min_customer_value === 0 || (value ?? 0) >= s.min_customer_value

/** A rule's settings, or undefined for a stored rule that no longer parses (it then sends nothing). */
export function ruleSettings(rule: AlertRuleRecord): RuleSettings | undefined {
  const parsed = RuleSettingsSchema.safeParse(rule.settings)
  return parsed.success ? parsed.data : undefined
}

function escalationNotice(workspaceId: string, c: ReadConversation, at: number): AlertNotice {
  const r = c.reading
  const last = r.arc.at(-1)
  return {
    id: `conversation_escalated:${c.id}:${at}`,
    kind: 'conversation_escalated',
    title: `Conversation ${c.externalId} escalated (${pct(r.escalation)})`,
    summary: r.reasons.slice(0, 3).map((x) => x.detail).join('; ') || 'The escalation score crossed its threshold.',
    severity: severityOf(r.escalation),
    workspaceId,
    occurredAt: at,
    conversation: { id: c.id, externalId: c.externalId, ...(c.dashboardUrl === undefined ? {} : { dashboardUrl: c.dashboardUrl }), ...(c.helpdeskUrl === undefined ? {} : { helpdeskUrl: c.helpdeskUrl }) },
    ...(c.customerId === undefined ? {} : { customer: { id: c.customerId, externalId: c.customerExternalId ?? c.customerId, ...(c.customerValue === undefined ? {} : { value: c.customerValue }) } }),
    facts: [
      { label: 'Escalation', value: pct(r.escalation) },
      { label: 'Urgency', value: pct(r.urgency) },
      { label: 'Trend', value: r.trend.direction },
      ...(last === undefined ? [] : [{ label: 'Last customer message', value: `${last.label} (${last.score.toFixed(2)})` }]),
      ...(r.waitingSince === undefined ? [] : [{ label: 'Waiting', value: `${Math.round(r.waitMinutes)} min` }]),
      { label: 'Source', value: c.source },
    ],
  }
}

function customerNotice(kind: 'customer_at_risk' | 'sentiment_drop', workspaceId: string, c: ReadCustomer, at: number): AlertNotice {
  const drop = c.healthBefore === undefined ? 0 : c.healthBefore - c.health
  return {
    id: `${kind}:${c.id}:${at}`,
    kind,
    title: kind === 'customer_at_risk' ? `Customer ${c.externalId} at risk: churn risk ${pct(c.churnRisk)}` : `Customer ${c.externalId}: sentiment fell ${pct(drop)}`,
    summary: c.reasons.slice(0, 3).map((x) => x.detail).join('; ') || 'Their recent messages read worse than before.',
    severity: severityOf(kind === 'customer_at_risk' ? c.churnRisk : Math.min(1, drop * 2)),
    workspaceId,
    occurredAt: at,
    customer: { id: c.id, externalId: c.externalId, churnRisk: c.churnRisk, ...(c.value === undefined ? {} : { value: c.value }) },
    facts: [
      { label: 'Churn risk', value: pct(c.churnRisk) },
      { label: 'Health', value: c.healthBefore === undefined ? pct(c.health) : `${pct(c.healthBefore)} → ${pct(c.health)}` },
      ...(c.value === undefined ? [] : [{ label: 'Customer value', value: String(c.value) }]),
    ],
  }
}

/**
 * The notices this batch's readings call for, rule by rule: a conversation that became escalated
 * in this batch, a customer whose at-risk alert was raised (its hysteresis applies), a customer
 * whose health fell by the rule's amount, each filtered by the rule's thresholds.
 */
export function noticesOf(workspaceId: string, rules: readonly AlertRuleRecord[], conversations: readonly ReadConversation[], customers: readonly ReadCustomer[], at: number): RuleNotice[] {
  const out: RuleNotice[] = []
  for (const rule of rules) {
    const settings = ruleSettings(rule)
    if (settings === undefined || !rule.enabled) continue
    const kind = rule.kind as RuleKind
    if (kind === 'conversation_escalated') {
      for (const c of conversations) {
        if (!c.reading.escalate || c.wasEscalated || c.reading.escalation < settings.min_escalation || !valueOk(settings, c.customerValue)) continue
        out.push({ rule, settings, subjectId: c.id, notice: escalationNotice(workspaceId, c, at) })
      }
    } else if (kind === 'customer_at_risk') {
      for (const c of customers) {
        if (!c.alertRaised || c.churnRisk < settings.min_churn_risk || !valueOk(settings, c.value)) continue
        out.push({ rule, settings, subjectId: c.id, notice: customerNotice('customer_at_risk', workspaceId, c, at) })
      }
    } else if (kind === 'sentiment_drop') {
      for (const c of customers) {
        if (c.healthBefore === undefined || c.healthBefore - c.health < settings.min_drop || !valueOk(settings, c.value)) continue
        out.push({ rule, settings, subjectId: c.id, notice: customerNotice('sentiment_drop', workspaceId, c, at) })
      }
    }
  }
  return out
}

/** The notices for change alerts the worker's scan raised. */
export function changeNotices(workspaceId: string, rules: readonly AlertRuleRecord[], alerts: readonly ChangeAlert[], at: number): RuleNotice[] {
  const out: RuleNotice[] = []
  for (const rule of rules) {
    const settings = ruleSettings(rule)
    if (settings === undefined || !rule.enabled || rule.kind !== 'change_detected') continue
    for (const a of alerts) {
      if (a.severity < settings.min_severity) continue
      out.push({
        rule,
        settings,
        subjectId: a.subjectId,
        notice: { id: `change_detected:${a.alertId}`, kind: 'change_detected', title: 'Sentiment shift detected', summary: a.title, severity: severityOf(a.severity), workspaceId, occurredAt: at, facts: [{ label: 'Segment', value: a.subjectId }] },
      })
    }
  }
  return out
}
