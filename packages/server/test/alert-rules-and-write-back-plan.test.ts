import type { ConversationReading } from '@undertone/analysis'
import type { AlertRuleRecord } from '@undertone/storage'
import { describe, expect, it } from 'vitest'
import { type ReadConversation, type ReadCustomer, changeNotices, noticesOf } from '../src/app/alerts-out/notices-of.js'
import { RuleSettingsSchema, sendableAt } from '../src/app/alerts-out/rule-settings.js'
import { OWN_NOTE_MARK, parseWritten, planWriteBack } from '../src/app/connectors/write-back-plan.js'

const AT = Date.parse('2026-11-10T12:00:00Z')

function reading(over: Partial<ConversationReading> = {}): ConversationReading {
  return {
    id: 'c1',
    arc: [{ messageId: 'm1', at: AT - 60_000, score: -0.8, label: 'negative', repliesBefore: 0 }],
    trend: { direction: 'worsening' } as ConversationReading['trend'],
    resolutionDelta: 0,
    resolvedButUnhappy: false,
    escalation: 0.85,
    escalate: true,
    reasons: [
      { code: 'human-request', weight: 0.6, detail: 'the customer asked for a person or a manager' },
      { code: 'churn-threat', weight: 0.5, detail: 'the customer threatened to leave' },
    ],
    handoff: false,
    handoffReasons: [],
    urgency: 0.8,
    endedSatisfied: false,
    waitingSince: AT - 60_000,
    waitMinutes: 1,
    slaMinutes: 240,
    repairs: [],
    ...over,
  }
}

const rule = (kind: string, settings: Record<string, unknown> = {}): AlertRuleRecord => ({ id: `r-${kind}`, workspaceId: 'w', kind, destinationIds: ['d'], settings, enabled: true, createdAt: 0 })

const conversation = (over: Partial<ReadConversation> = {}): ReadConversation => ({
  id: 'c1',
  source: 'zendesk',
  externalId: '40001',
  customerId: 'u1',
  customerExternalId: 'cust-1',
  customerValue: 50_000,
  reading: reading(),
  wasEscalated: false,
  dashboardUrl: 'http://undertone.test/#/conversations/c1',
  helpdeskUrl: 'https://acme.zendesk.com/agent/tickets/40001',
  ...over,
})

const customer = (over: Partial<ReadCustomer> = {}): ReadCustomer => ({ id: 'u1', externalId: 'cust-1', value: 50_000, health: 0.3, healthBefore: 0.75, churnRisk: 0.7, reasons: [], alertRaised: false, ...over })

describe('alert rules', () => {
  it('notify when a conversation becomes escalated, not while it stays so', () => {
    const rules = [rule('conversation_escalated')]
    const [n] = noticesOf('w', rules, [conversation()], [], AT)
    expect(n?.notice).toMatchObject({ kind: 'conversation_escalated', severity: 'critical', conversation: { externalId: '40001', helpdeskUrl: 'https://acme.zendesk.com/agent/tickets/40001' } })
    expect(n?.notice.summary).toContain('manager')
    expect(noticesOf('w', rules, [conversation({ wasEscalated: true })], [], AT)).toEqual([])
    expect(noticesOf('w', rules, [conversation({ reading: reading({ escalate: false }) })], [], AT)).toEqual([])
  })

  it("honour the customer's value, the escalation and drop thresholds", () => {
    expect(noticesOf('w', [rule('conversation_escalated', { min_customer_value: 100_000 })], [conversation()], [], AT)).toEqual([])
    expect(noticesOf('w', [rule('conversation_escalated', { min_escalation: 0.9 })], [conversation()], [], AT)).toEqual([])
    // A high-value customer's sentiment fell 45 points: the drop rule fires; a 10-point fall does not.
    expect(noticesOf('w', [rule('sentiment_drop', { min_customer_value: 10_000, min_drop: 0.3 })], [], [customer()], AT)).toHaveLength(1)
    expect(noticesOf('w', [rule('sentiment_drop', { min_drop: 0.3 })], [], [customer({ healthBefore: 0.4 })], AT)).toEqual([])
    expect(noticesOf('w', [rule('sentiment_drop')], [], [customer({ healthBefore: undefined })], AT)).toEqual([])
    // At risk only when the hysteresis raised the alert.
    expect(noticesOf('w', [rule('customer_at_risk')], [], [customer()], AT)).toEqual([])
    expect(noticesOf('w', [rule('customer_at_risk', { min_churn_risk: 0.5 })], [], [customer({ alertRaised: true })], AT)[0]?.notice.title).toBe('Customer cust-1 at risk: churn risk 70%')
    expect(changeNotices('w', [rule('change_detected', { min_severity: 0.2 })], [{ alertId: 'a', subjectId: 'product_area:export:2026-11-01', title: 'sentiment around export fell 0.4', severity: 0.4 }], AT)).toHaveLength(1)
    expect(changeNotices('w', [rule('change_detected', { min_severity: 0.5 })], [{ alertId: 'a', subjectId: 's', title: 't', severity: 0.4 }], AT)).toEqual([])
  })

  it('ignore a disabled rule or one whose settings no longer parse', () => {
    expect(noticesOf('w', [{ ...rule('conversation_escalated'), enabled: false }], [conversation()], [], AT)).toEqual([])
    expect(noticesOf('w', [rule('conversation_escalated', { min_escalation: 'high' })], [conversation()], [], AT)).toEqual([])
  })

  it('hold a notice raised in quiet hours until they end, across midnight and in the rule’s time zone', () => {
    const quiet = (start: string, end: string, timezone = 'UTC') => RuleSettingsSchema.parse({ quiet_hours: { start, end, timezone } })
    expect(sendableAt(quiet('22:00', '07:00'), Date.parse('2026-11-10T23:30:00Z'))).toBe(Date.parse('2026-11-11T07:00:00Z'))
    expect(sendableAt(quiet('22:00', '07:00'), Date.parse('2026-11-10T03:15:20Z'))).toBe(Date.parse('2026-11-10T07:00:00Z'))
    expect(sendableAt(quiet('22:00', '07:00'), Date.parse('2026-11-10T12:00:00Z'))).toBe(Date.parse('2026-11-10T12:00:00Z'))
    // 13:00 in Berlin (UTC+1 in November) is 12:00 UTC.
    expect(sendableAt(quiet('12:30', '13:00', 'Europe/Berlin'), Date.parse('2026-11-10T11:45:00Z'))).toBe(Date.parse('2026-11-10T12:00:00Z'))
    expect(sendableAt(RuleSettingsSchema.parse({}), AT)).toBe(AT)
  })
})

describe('the write-back plan', () => {
  it('adds our tags, raises priority and writes a note once; nothing when nothing changed', () => {
    const first = planWriteBack(reading(), parseWritten(null), 'http://undertone.test/#/conversations/c1')
    expect(first?.change.addTags).toEqual(['undertone_negative', 'undertone_escalate', 'undertone_churn_risk', 'undertone_urgent'])
    expect(first?.change.priority).toBe('urgent')
    expect(first?.change.note?.startsWith(OWN_NOTE_MARK)).toBe(true)
    expect(first?.change.note).toContain('http://undertone.test/#/conversations/c1')
    expect(planWriteBack(reading(), parseWritten(JSON.stringify(first?.written)))).toBeUndefined()
  })

  it('takes off only its own tags when the reading no longer holds, never lowers priority, and writes no note for a removal', () => {
    const before = { tags: ['undertone_negative', 'undertone_escalate'], priority: 'urgent' as const, note: 'abc' }
    const calm = reading({ escalate: false, escalation: 0.2, urgency: 0.1, reasons: [], endedSatisfied: true, arc: [{ messageId: 'm2', at: AT, score: 0.7, label: 'positive', repliesBefore: 1 }] })
    const plan = planWriteBack(calm, before)
    expect(plan?.change).toEqual({ addTags: [], removeTags: ['undertone_negative', 'undertone_escalate'] })
    expect(plan?.written.priority).toBe('urgent')
  })

  it('reads an unreadable record of what was written as nothing written', () => {
    expect(parseWritten('{"tags":"oops"}')).toEqual({ tags: [], priority: null, note: null })
  })
})
