import { randomUUID } from 'node:crypto'
import { type AlertRuleRecord, type ConnectorRecord, type Database, type WriteBackKey, customerHealths, enqueueDeliveries, escalatedAmong, lastNoticeAbout, listAlertRules, listConnectors, markWriteBacksDue } from '@undertone/storage'
import type { Kysely, Transaction } from 'kysely'
import { type ReadConversation, type ReadCustomer, type RuleNotice, changeNotices, noticesOf } from './alerts-out/notices-of.js'
import { sendableAt } from './alerts-out/rule-settings.js'
import { type ConnectorRuntime, dashboardLink } from './connectors/connector-runtime.js'
import type { ReadingFollowUp } from './reading-follow-up.js'

/** How long after a reading its write-back waits, so a burst of messages is written once. */
export const WRITE_BACK_SETTLE_MS = 1_000

/**
 * Queues deliveries for rule notices in the caller's transaction: one per destination of the rule,
 * none when the rule sent one about the same subject within its cool-down, and inside quiet hours
 * due when they end.
 */
export async function queueNotices(db: Kysely<Database>, workspaceId: string, notices: readonly RuleNotice[], now: number): Promise<number> {
  let queued = 0
  for (const n of notices) {
    const last = await lastNoticeAbout(db, n.rule.id, n.subjectId)
    if (last !== undefined && now - last < n.settings.cooldown_minutes * 60_000) continue
    const due = sendableAt(n.settings, now)
    await enqueueDeliveries(
      db,
      n.rule.destinationIds.map((destinationId) => ({ id: randomUUID(), workspaceId, destinationId, ruleId: n.rule.id, subjectId: n.subjectId, noticeId: n.notice.id, notice: n.notice, nextAttemptAt: due })),
      now,
    )
    queued += n.rule.destinationIds.length
  }
  return queued
}

/** The helpdesk link of a conversation from a connector, for alerts. */
function helpdeskUrl(runtime: ConnectorRuntime, connector: ConnectorRecord | undefined, externalId: string): string | undefined {
  if (connector === undefined) return undefined
  return runtime.adapters.get(connector.kind)?.ticketUrl(connector.baseUrl, externalId, connector.settings)
}

/**
 * The reading pipeline's follow-up: marks helpdesk conversations due for a write-back and queues
 * alert deliveries, in the reading's own transaction.
 */
export function outboxFollowUp(runtime: ConnectorRuntime): ReadingFollowUp {
  return {
    changes: async (db, workspaceId, alerts, now) => {
      const rules = await listAlertRules(db, workspaceId, { enabledOnly: true })
      await queueNotices(db, workspaceId, changeNotices(workspaceId, rules, alerts, now), now)
    },
    begin: async (trx, workspaceId, conversationIds, customerIds) => {
      const [connectors, rules] = await Promise.all([listConnectors(trx, workspaceId), listAlertRules(trx, workspaceId, { enabledOnly: true })])
      if (connectors.length === 0 && rules.length === 0) return undefined
      const kinds = (k: string) => rules.some((r: AlertRuleRecord) => r.kind === k)
      const wasEscalated = kinds('conversation_escalated') ? await escalatedAmong(trx, workspaceId, conversationIds) : new Set<string>()
      const healthBefore = kinds('sentiment_drop') ? await customerHealths(trx, workspaceId, customerIds) : new Map<string, number>()
      const bySource = new Map(connectors.map((c) => [c.kind, c]))
      return {
        finish: async (tx: Transaction<Database>, outcome) => {
          const { now } = outcome
          const writeBacks: WriteBackKey[] = []
          const read: ReadConversation[] = []
          for (const c of outcome.conversations) {
            const meta = outcome.meta.get(c.id)
            if (meta === undefined) continue
            const connector = bySource.get(meta.source)
            if (connector !== undefined) writeBacks.push({ connectorId: connector.id, conversationId: c.id, workspaceId, externalId: meta.external_id })
            const profile = meta.customer_id === null ? undefined : outcome.profiles.get(meta.customer_id)
            read.push({
              id: c.id,
              source: meta.source,
              externalId: meta.external_id,
              customerId: meta.customer_id ?? undefined,
              customerExternalId: profile?.external_id,
              customerValue: profile?.value ?? undefined,
              reading: c.reading,
              wasEscalated: wasEscalated.has(c.id),
              dashboardUrl: dashboardLink(runtime, c.id),
              helpdeskUrl: helpdeskUrl(runtime, connector, meta.external_id),
            })
          }
          await markWriteBacksDue(tx, writeBacks, now + WRITE_BACK_SETTLE_MS, now)
          if (rules.length === 0) return
          const customers: ReadCustomer[] = outcome.customers.map((c) => {
            const profile = outcome.profiles.get(c.customerId)
            return { id: c.customerId, externalId: profile?.external_id ?? c.customerId, value: profile?.value ?? undefined, health: c.health, healthBefore: healthBefore.get(c.customerId), churnRisk: c.churnRisk, reasons: c.reasons, alertRaised: c.alert !== undefined }
          })
          await queueNotices(tx, workspaceId, noticesOf(workspaceId, rules, read, customers, now), now)
        },
      }
    },
  }
}
