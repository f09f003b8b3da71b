import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type IncomingMessage,
  type OpenDatabase,
  appendAudit,
  customerErasedAt,
  eraseCustomer,
  ensureWorkspace,
  exportCustomer,
  flagReading,
  ingestMessages,
  insertAlert,
  insertCorrections,
  listAudit,
  markRetentionRun,
  recordIdempotentResponse,
  removeTextsBefore,
  retentionDue,
  retentionPolicy,
  saveDriverDay,
  saveReadings,
  setRetentionDays,
  sweepErasures,
  workspaceStats,
} from '../src/index.js'
import { findText } from '../src/testing.js'
import { DIALECTS, freshDatabase } from './dialects.js'

const T = Date.parse('2026-09-01T10:00:00Z')
const DAY = 86_400_000

function msg(n: number, customer: string, over: Partial<IncomingMessage> = {}): IncomingMessage {
  return { externalId: `${customer}-m${n}`, conversationId: `${customer}-c${n % 2}`, customerId: customer, role: 'customer', text: `${customer} says zq${customer}${n}`, createdAt: T + n * DAY, ...over }
}

const reading = (m: { id: string; conversationId: string }) => ({ messageId: m.id, conversationId: m.conversationId, modelVersion: 'v1', label: 'negative' as const, score: -0.5, confidence: 0.9, emotions: { frustration: 0.5 }, intensity: 0.3, cues: [], needsReview: false, language: 'en', readAt: T })

for (const dialect of DIALECTS) {
  describe(`privacy storage: ${dialect}`, () => {
    let open: OpenDatabase & { drop(): Promise<void> }
    beforeAll(async () => {
      open = await freshDatabase(dialect)
    })
    afterAll(async () => {
      await open.drop()
    })

    it('appends audit records and lists them newest first, a page at a time, by action or family', async () => {
      const ws = await ensureWorkspace(open.db, 'audit', T)
      const other = await ensureWorkspace(open.db, 'audit-other', T)
      await appendAudit(open.db, ws.id, { at: T, actor: 'cli', action: 'key.create', subject: 'k1', detail: { name: 'ci' } })
      await appendAudit(open.db, ws.id, { at: T + 1, actor: 'k1', action: 'settings.change', subject: 'settings' })
      // Three at the same millisecond: paging by (time, id) neither skips nor repeats one.
      for (const s of ['a', 'b', 'c']) await appendAudit(open.db, ws.id, { at: T + 2, actor: 'k1', action: 'key.revoke', subject: s })
      await appendAudit(open.db, other.id, { at: T + 3, actor: 'cli', action: 'key.create', subject: 'elsewhere' })
      const all = await listAudit(open.db, ws.id, { limit: 100 })
      expect(all.map((e) => e.action)).toEqual(['key.revoke', 'key.revoke', 'key.revoke', 'settings.change', 'key.create'])
      expect(all.at(-1)).toMatchObject({ actor: 'cli', subject: 'k1', detail: { name: 'ci' }, at: T })
      const seen: string[] = []
      let before: { at: number; id: string } | undefined
      for (;;) {
        const page = await listAudit(open.db, ws.id, { limit: 2, before })
        if (page.length === 0) break
        seen.push(...page.map((e) => e.id))
        const last = page.at(-1) as { at: number; id: string }
        before = { at: last.at, id: last.id }
      }
      expect(seen).toEqual(all.map((e) => e.id))
      expect((await listAudit(open.db, ws.id, { limit: 10, action: 'key' })).map((e) => e.action)).toEqual(['key.revoke', 'key.revoke', 'key.revoke', 'key.create'])
      expect((await listAudit(open.db, ws.id, { limit: 10, action: 'settings.change' })).length).toBe(1)
      // A family whose name has an underscore: "_" is a LIKE wildcard, so it must match itself only.
      await appendAudit(open.db, ws.id, { at: T + 4, actor: 'k1', action: 'alert_rule.create', subject: 'r1' })
      await appendAudit(open.db, ws.id, { at: T + 4, actor: 'k1', action: 'alertXrule.create', subject: 'r2' })
      expect((await listAudit(open.db, ws.id, { limit: 10, action: 'alert_rule' })).map((e) => e.subject)).toEqual(['r1'])
      expect(await listAudit(open.db, ws.id, { limit: 10, action: '%' })).toEqual([])
      expect((await listAudit(open.db, ws.id, { limit: 10, before: { at: T + 1 } })).map((e) => e.action)).toEqual(['key.create'])
    })

    it('keeps a retention policy per workspace and says which are due', async () => {
      const ws = await ensureWorkspace(open.db, 'policy', T)
      expect(await retentionPolicy(open.db, ws.id)).toEqual({ days: null, updatedAt: null, lastRunAt: null })
      await setRetentionDays(open.db, ws.id, 30, T)
      expect(await retentionPolicy(open.db, ws.id)).toMatchObject({ days: 30, updatedAt: T })
      expect((await retentionDue(open.db, T)).filter((d) => d.workspaceId === ws.id)).toEqual([{ workspaceId: ws.id, days: 30 }])
      await markRetentionRun(open.db, ws.id, T)
      expect((await retentionDue(open.db, T)).some((d) => d.workspaceId === ws.id)).toBe(false)
      expect((await retentionDue(open.db, T + 1)).some((d) => d.workspaceId === ws.id)).toBe(true)
      await setRetentionDays(open.db, ws.id, null, T + 2)
      expect((await retentionDue(open.db, T + 10)).some((d) => d.workspaceId === ws.id)).toBe(false)
    })

    it('empties texts older than the cutoff in chunks, with their correction copies and driver days, and keeps readings and counts', async () => {
      const ws = await ensureWorkspace(open.db, 'retention', T)
      const { inserted } = await ingestMessages(open.db, ws.id, Array.from({ length: 10 }, (_, n) => msg(n, 'r')), T)
      await saveReadings(open.db, ws.id, inserted.map(reading))
      const byExternal = new Map(inserted.map((m) => [m.externalId, m]))
      const old = [0, 1, 2, 3, 4, 5].map((n) => byExternal.get(`r-m${n}`))
      await insertCorrections(open.db, ws.id, [
        { id: 'k-old', messageId: (old[0] as { id: string }).id, reviewer: 'ann', label: 'neutral', text: 'r says zqr0', source: 'import', createdAt: T },
        { id: 'k-orphan', messageId: 'not-stored', reviewer: 'ann', label: 'neutral', text: 'orphan zqorphan', source: 'import', createdAt: T },
        { id: 'k-new', messageId: (byExternal.get('r-m9') as { id: string }).id, reviewer: 'ann', label: 'neutral', text: 'r says zqr9', source: 'import', createdAt: T + 9 * DAY },
      ])
      await saveDriverDay(open.db, ws.id, { day: T - (T % DAY) + DAY, messages: 1, negative: 1, sampled: 1, topicsVersion: 0, computedAt: T, body: [1, [['phrase:zqr1', 1, 1]]] })
      const stats = await workspaceStats(open.db, ws.id)
      // Two chunks of two, then the rest on the next call: a pass resumes where it stopped.
      const first = await removeTextsBefore(open.db, ws.id, T + 6 * DAY, { chunk: 2, maxChunks: 2 })
      expect(first).toMatchObject({ messages: 4, done: false })
      const rest = await removeTextsBefore(open.db, ws.id, T + 6 * DAY, { chunk: 2 })
      expect(rest).toMatchObject({ messages: 2, done: true })
      expect(first.corrections + rest.corrections).toBe(2)
      expect(first.driverDays + rest.driverDays).toBe(1)
      for (let n = 0; n < 6; n++) expect(await findText(open.db, dialect, `zqr${n}`)).toEqual([])
      expect(await findText(open.db, dialect, 'zqorphan')).toEqual([])
      expect(await findText(open.db, dialect, 'zqr6')).toEqual(['messages.text'])
      expect(await findText(open.db, dialect, 'zqr9')).toEqual(['corrections.text', 'messages.text'])
      expect(Number((await open.db.selectFrom('readings').select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', ws.id).executeTakeFirstOrThrow()).n)).toBe(10)
      expect(await workspaceStats(open.db, ws.id)).toEqual(stats)
      expect(await removeTextsBefore(open.db, ws.id, T + 6 * DAY)).toMatchObject({ messages: 0, corrections: 0, driverDays: 0, done: true })
    })

    it('erases one customer completely, leaves the other and the counts, answers zeros the second time, and exports first', async () => {
      const ws = await ensureWorkspace(open.db, 'erase', T)
      const { inserted } = await ingestMessages(open.db, ws.id, [...Array.from({ length: 4 }, (_, n) => msg(n, 'alice')), ...Array.from({ length: 3 }, (_, n) => msg(n, 'bob')), msg(9, 'alice', { role: 'agent', agentId: 'ag', text: 'agent reply to alice zqagent' })], T)
      await saveReadings(open.db, ws.id, inserted.filter((m) => m.role === 'customer').map(reading))
      const alice = await open.db.selectFrom('customers').select('id').where('workspace_id', '=', ws.id).where('external_id', '=', 'alice').executeTakeFirstOrThrow()
      const aliceMsgs = inserted.filter((m) => m.externalId.startsWith('alice'))
      const convs = [...new Set(aliceMsgs.map((m) => m.conversationId))]
      await open.db.insertInto('conversation_readings').values(convs.map((c) => ({ conversation_id: c, workspace_id: ws.id, trend: 'stable', escalation: 0, escalate: 0, handoff: 0, resolution_delta: 0, body: '{"note":"alice"}', computed_at: T, state: '{}' }))).execute()
      await open.db.insertInto('customer_readings').values({ customer_id: alice.id, workspace_id: ws.id, health: 0.5, trend: 'stable', churn_risk: 0.4, weighted_risk: 0.4, alert_state: '{}', body: '{}', computed_at: T }).execute()
      await insertAlert(open.db, ws.id, { kind: 'customer-at-risk', subjectId: alice.id, severity: 0.5, title: 'Customer at risk', payload: { reasons: [] }, createdAt: T })
      await insertCorrections(open.db, ws.id, [{ id: 'k-alice', messageId: (aliceMsgs[0] as { id: string }).id, reviewer: 'ann', label: 'neutral', source: 'api', createdAt: T }])
      await flagReading(open.db, ws.id, { messageId: (aliceMsgs[1] as { id: string }).id, flaggedBy: 'ann', note: 'hmm', at: T })
      await open.db.insertInto('write_backs').values({ connector_id: 'cn', conversation_id: convs[0] as string, workspace_id: ws.id, external_id: 'ticket-1', state: 'due', written: null, attempts: 0, next_attempt_at: T, lease_until: null, last_error: null, updated_at: T }).execute()
      await open.db.insertInto('deliveries').values({ id: 'd1', workspace_id: ws.id, destination_id: 'dst', rule_id: 'r', subject_id: alice.id, notice_id: 'n1', notice: '{"title":"Customer alice at risk"}', state: 'pending', attempts: 0, next_attempt_at: T, lease_until: null, last_error: null, last_status: null, created_at: T }).execute()
      await open.db.transaction().execute((trx) => recordIdempotentResponse(trx, ws.id, 'idem-1', { requestHash: 'h', status: 202, body: { messages: aliceMsgs.map((m) => ({ id: m.id, conversation_id: m.conversationId, external_id: m.externalId })) } }, T))
      const stats = await workspaceStats(open.db, ws.id)

      const exported = await exportCustomer(open.db, ws.id, alice.id)
      expect(exported?.customer).toMatchObject({ id: alice.id, external_id: 'alice' })
      expect(exported?.messages.map((m) => m.text)).toContain('agent reply to alice zqagent')
      expect(exported?.messages).toHaveLength(5)
      expect(exported?.readings).toHaveLength(4)
      expect(exported).toMatchObject({ conversationReadings: [{ body: { note: 'alice' } }, {}], customerReading: { churn_risk: 0.4 }, corrections: [{ id: 'k-alice' }], reviewFlags: [{ note: 'hmm' }], alerts: [{ kind: 'customer-at-risk' }], deliveries: [{ notice: { title: 'Customer alice at risk' } }], writeBacks: [{ external_id: 'ticket-1' }] })
      expect(JSON.stringify(exported)).not.toContain('zqbob')
      expect(await exportCustomer(open.db, ws.id, 'nobody')).toBeUndefined()

      const receipt = await eraseCustomer(open.db, ws.id, alice.id, T + 100)
      expect(receipt).toEqual({
        customerId: alice.id,
        found: true,
        erasedAt: T + 100,
        removed: { customers: 1, conversations: 2, messages: 5, readings: 4, conversationReadings: 2, customerReadings: 1, corrections: 1, reviewFlags: 1, alerts: 1, deliveries: 1, writeBacks: 1, idempotencyAnswers: 1, driverDays: 0 },
      })
      for (const s of ['zqalice', 'zqagent', 'alice-m', 'Customer alice', alice.id]) expect(await findText(open.db, dialect, s)).toEqual(s === alice.id ? ['customer_erasures.customer_id'] : [])
      expect(await findText(open.db, dialect, 'zqbob0')).toEqual(['messages.text'])
      expect(await workspaceStats(open.db, ws.id)).toEqual(stats)
      const again = await eraseCustomer(open.db, ws.id, alice.id, T + 200)
      expect(again).toMatchObject({ found: false, erasedAt: T + 100 })
      expect(Object.values(again.removed).every((n) => n === 0)).toBe(true)
      expect(await customerErasedAt(open.db, ws.id, alice.id)).toBe(T + 100)
      expect(await eraseCustomer(open.db, ws.id, 'never-known', T)).toMatchObject({ found: false, erasedAt: T })
      expect(await customerErasedAt(open.db, ws.id, 'never-known')).toBeUndefined()

      // A reading that loaded the messages before the erasure and stored after it: the sweep takes it out.
      await saveReadings(open.db, ws.id, [reading(aliceMsgs[0] as { id: string; conversationId: string })])
      await open.db.insertInto('customer_readings').values({ customer_id: alice.id, workspace_id: ws.id, health: 0.5, trend: 'stable', churn_risk: 0.4, weighted_risk: 0.4, alert_state: '{}', body: '{}', computed_at: T }).execute()
      expect(await sweepErasures(open.db, T)).toBe(2)
      expect(await sweepErasures(open.db, T)).toBe(0)
      expect(await sweepErasures(open.db, T + 101)).toBe(0)
    })
  })
}
