import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type WriteBackKey,
  claimDeliveries,
  claimWriteBacks,
  createAlertRule,
  createConnector,
  createDestination,
  enqueueDeliveries,
  ensureWorkspace,
  failWriteBack,
  findConnector,
  findConnectorByHook,
  finishWriteBack,
  isStorageError,
  lastNoticeAbout,
  listAlertRules,
  listDeliveries,
  markWriteBacksDue,
  recentConnectorEvents,
  recordConnectorEvent,
  redeliver,
  removeConnector,
  removeDestination,
  saveBackfill,
  settleDelivery,
  writeBackSummary,
} from '../src/index.js'
import type { FreshDatabase } from '../src/testing.js'
import { DIALECTS, freshDatabase } from './dialects.js'

const T = 1_790_000_000_000

for (const dialect of DIALECTS) {
  describe(`connector and alert outboxes (${dialect})`, () => {
    let open: FreshDatabase
    let ws: string
    let other: string
    beforeAll(async () => {
      open = await freshDatabase(dialect)
      ws = (await ensureWorkspace(open.db, 'outbox', T)).id
      other = (await ensureWorkspace(open.db, 'elsewhere', T)).id
    })
    afterAll(async () => open.drop())

    const connector = (id: string, workspaceId = ws, name = id) =>
      createConnector(open.db, { id, workspaceId, kind: 'zendesk', name, baseUrl: 'https://acme.example', settings: { botUserId: '9' }, secrets: 'ut1:k:sealed', hookToken: `hook-${id}`, allowPrivateNetwork: false }, T)

    it('keeps connectors per workspace, unique by name, found by their hook token', async () => {
      const c = await connector('c1')
      expect(c).toMatchObject({ kind: 'zendesk', settings: { botUserId: '9' }, backfill: { state: 'idle', cursor: null, conversations: 0 } })
      await expect(connector('c1b', ws, 'c1')).rejects.toSatisfy((e: unknown) => isStorageError(e) && e.code === 'UT_E_CONFLICT')
      expect((await findConnectorByHook(open.db, 'hook-c1'))?.workspaceId).toBe(ws)
      expect(await findConnector(open.db, other, 'c1')).toBeUndefined()
      expect((await findConnector(open.db, ws, 'c1'))?.id).toBe('c1')
    })

    it('records each event id once, so a redelivery stores nothing', async () => {
      const e = { eventId: 'ev-1', receivedAt: T, outcome: 'stored', messages: 1, detail: null }
      expect(await recordConnectorEvent(open.db, 'c1', ws, e)).toBe(true)
      expect(await recordConnectorEvent(open.db, 'c1', ws, { ...e, receivedAt: T + 5 })).toBe(false)
      expect(await recentConnectorEvents(open.db, ws, 'c1', 10)).toEqual([e])
      expect(await recentConnectorEvents(open.db, other, 'c1', 10)).toEqual([])
    })

    it('saves backfill progress and resumes from the stored cursor', async () => {
      await saveBackfill(open.db, 'c1', { state: 'running', cursor: null, since: T - 1000, conversations: 0, messages: 0 }, T)
      await saveBackfill(open.db, 'c1', { cursor: 'page-3', conversations: 300, messages: 900, total: 1000 }, T + 1)
      expect((await findConnector(open.db, ws, 'c1'))?.backfill).toMatchObject({ state: 'running', cursor: 'page-3', since: T - 1000, conversations: 300, messages: 900, total: 1000, updatedAt: T + 1 })
    })

    it('claims a due write-back once, keeps a backing-off one on its schedule, and never loses a change made mid-write', async () => {
      await connector('c2')
      const key: WriteBackKey = { connectorId: 'c2', conversationId: 'conv-1', workspaceId: ws, externalId: '41' }
      await markWriteBacksDue(open.db, [key], T + 1000, T)
      expect(await claimWriteBacks(open.db, T + 999, 10, 60_000)).toEqual([])
      const [first] = await claimWriteBacks(open.db, T + 1000, 10, 60_000)
      expect(first).toMatchObject({ externalId: '41', attempts: 0, written: null })
      // Leased: a second worker gets nothing until the lease runs out.
      expect(await claimWriteBacks(open.db, T + 2000, 10, 60_000)).toEqual([])
      await failWriteBack(open.db, first as NonNullable<typeof first>, 'HTTP 429', T + 600_000)
      // A new reading while backing off does not bring the retry forward.
      await markWriteBacksDue(open.db, [key], T + 3000, T + 2000)
      expect(await claimWriteBacks(open.db, T + 5000, 10, 60_000)).toEqual([])
      const [again] = await claimWriteBacks(open.db, T + 600_000, 10, 60_000)
      expect(again?.attempts).toBe(1)
      // A reading that lands while the call is in flight keeps the row due.
      await markWriteBacksDue(open.db, [key], T + 600_500, T + 600_100)
      await finishWriteBack(open.db, again as NonNullable<typeof again>, '{"tags":["undertone_negative"],"priority":null,"note":null}')
      const [third] = await claimWriteBacks(open.db, T + 700_000, 10, 60_000)
      expect(third?.written).toContain('undertone_negative')
      await finishWriteBack(open.db, third as NonNullable<typeof third>, '{"tags":[],"priority":null,"note":null}')
      expect(await claimWriteBacks(open.db, T + 800_000, 10, 60_000)).toEqual([])
      expect(await writeBackSummary(open.db, ws, 'c2')).toMatchObject({ done: 1, due: 0, failed: 0 })
      // Given up: failed, and counted as such.
      await markWriteBacksDue(open.db, [key], T + 900_000, T + 900_000)
      const [last] = await claimWriteBacks(open.db, T + 900_000, 10, 60_000)
      await failWriteBack(open.db, last as NonNullable<typeof last>, 'HTTP 403', null)
      expect(await writeBackSummary(open.db, ws, 'c2')).toMatchObject({ failed: 1, lastError: 'HTTP 403' })
      expect(await removeConnector(open.db, ws, 'c2')).toBe(true)
      expect(await writeBackSummary(open.db, ws, 'c2')).toMatchObject({ done: 0, due: 0, failed: 0 })
    })

    it('queues a notice once per destination, dead-letters it, and redelivers it', async () => {
      for (const id of ['d1', 'd2']) await createDestination(open.db, { id, workspaceId: ws, kind: 'slack', name: id, description: { kind: 'slack', url: 'https://hooks.slack.com/…' }, secrets: 'ut1:k:x', allowPrivateNetwork: false }, T)
      await createAlertRule(open.db, { id: 'r1', workspaceId: ws, kind: 'conversation_escalated', destinationIds: ['d1', 'd2'], settings: {}, enabled: true }, T)
      const notice = (destinationId: string) => ({ id: `${destinationId}-n`, workspaceId: ws, destinationId, ruleId: 'r1', subjectId: 'conv-1', noticeId: 'n-1', notice: { title: 'escalated' }, nextAttemptAt: T })
      await enqueueDeliveries(open.db, [notice('d1'), notice('d2')], T)
      await enqueueDeliveries(open.db, [{ ...notice('d1'), id: 'again' }], T + 1)
      expect(await lastNoticeAbout(open.db, 'r1', 'conv-1')).toBe(T)
      const claimed = await claimDeliveries(open.db, T, 10, 60_000)
      expect(claimed.map((d) => d.destinationId).sort()).toEqual(['d1', 'd2'])
      expect(await claimDeliveries(open.db, T + 1, 10, 60_000)).toEqual([])
      await settleDelivery(open.db, 'd1-n', { delivered: true, at: T + 10, status: 200 })
      await settleDelivery(open.db, 'd2-n', { delivered: false, retryAt: null, error: 'HTTP 404 no_service', status: 404 })
      const dead = await listDeliveries(open.db, ws, { state: 'dead', limit: 10 })
      expect(dead).toMatchObject([{ id: 'd2-n', attempts: 1, lastError: 'HTTP 404 no_service', lastStatus: 404 }])
      expect(await listDeliveries(open.db, other, { limit: 10 })).toEqual([])
      expect(await redeliver(open.db, other, 'd2-n', T + 20)).toBe(false)
      expect(await redeliver(open.db, ws, 'd2-n', T + 20)).toBe(true)
      expect((await claimDeliveries(open.db, T + 20, 10, 60_000)).map((d) => d.id)).toEqual(['d2-n'])
      // A removed destination leaves its rules and its pending deliveries.
      expect(await removeDestination(open.db, ws, 'd2')).toBe(true)
      expect((await listAlertRules(open.db, ws))[0]?.destinationIds).toEqual(['d1'])
    })
  })
}
