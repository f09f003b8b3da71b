import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OpenDatabase, MAX_BULK_ACK, acknowledgeAlerts, alertFacets, ensureWorkspace, ingestMessages, insertAlert, listAlertPage, updateAlert } from '../src/index.js'
import * as alertListIndex from '../src/migrations/0020-alert-list-index.js'
import { DIALECTS, freshDatabase } from './dialects.js'

const T = Date.parse('2026-11-02T09:00:00Z')
const HOUR = 3_600_000

/** A customer alert as the reader raises it: reasons strongest first, in a JSON payload. */
const customerAlert = (subjectId: string, severity: number, codes: readonly string[], createdAt: number) => ({
  kind: 'customer-at-risk',
  subjectId,
  severity,
  title: `Customer at risk: ${codes.join(', ')}`,
  payload: { reasons: codes.map((code) => ({ code, weight: 0.5, detail: `${code} detail` })), health: 0.3, trend: 'deteriorating', churnRisk: severity, weightedRisk: severity },
  createdAt,
})

for (const dialect of DIALECTS) {
  describe(`alert list: ${dialect}`, () => {
    let open: OpenDatabase & { drop(): Promise<void> }
    let ws: string
    let other: string
    const ids: Record<string, string> = {}
    beforeAll(async () => {
      open = await freshDatabase(dialect)
      ws = (await ensureWorkspace(open.db, 'alert-list', T)).id
      other = (await ensureWorkspace(open.db, 'alert-list-other', T)).id
      // Four customers: two enterprise (one worth more), one smb, one with no profile.
      const people = [
        ['acme', { segment: 'enterprise', value: 90_000 }],
        ['birch', { segment: 'enterprise', value: 40_000 }],
        ['cedar', { segment: 'smb', value: 1_200 }],
        ['dune', undefined],
      ] as const
      const stored = await ingestMessages(
        open.db,
        ws,
        people.map(([name, customer], i) => ({ externalId: `${name}-1`, conversationId: `${name}-c`, customerId: name, role: 'customer' as const, text: `${name} writes in about the broken export`, createdAt: T - HOUR * (i + 1), ...(customer === undefined ? {} : { customer }) })),
        T,
      )
      const customer = (name: string) => stored.inserted.find((m) => m.externalId === `${name}-1`)?.customerId as string
      ids.acme = (await insertAlert(open.db, ws, customerAlert(customer('acme'), 0.9, ['churn-threat', 'low-health'], T - 30 * HOUR))).id
      ids.birch = (await insertAlert(open.db, ws, customerAlert(customer('birch'), 0.6, ['repeat-contacts'], T - 2 * HOUR))).id
      ids.cedar = (await insertAlert(open.db, ws, customerAlert(customer('cedar'), 0.75, ['churn-threat'], T - 5 * HOUR))).id
      ids.dune = (await insertAlert(open.db, ws, customerAlert(customer('dune'), 0.5, ['low-health'], T - HOUR))).id
      ids.change = (await insertAlert(open.db, ws, { kind: 'sentiment-change', subjectId: 'product_area:billing', severity: 0.8, title: 'Billing turned negative', payload: { dimension: 'product_area', value: 'billing' }, createdAt: T - 3 * HOUR })).id
      ids.snoozed = (await insertAlert(open.db, ws, customerAlert(customer('cedar'), 0.99, ['churn-threat'], T - 4 * HOUR))).id
      await updateAlert(open.db, ws, ids.snoozed, { snoozedUntil: T + HOUR })
      ids.elsewhere = (await insertAlert(open.db, other, customerAlert('someone', 0.95, ['churn-threat'], T))).id
    })
    afterAll(async () => {
      await open.drop()
    })

    const page = (filter: object, sort: 'severity' | 'newest' | 'oldest' | 'value' = 'severity', offset = 0, limit = 25) => listAlertPage(open.db, ws, { now: T, ...filter }, { sort, offset, limit })
    const names = (rows: readonly { id: string }[]) => rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.id))

    it('lists the open alerts of the workspace, most severe first, with the customer segment and value', async () => {
      const all = await page({})
      expect(all.total).toBe(5)
      expect(names(all.alerts)).toEqual(['acme', 'change', 'cedar', 'birch', 'dune'])
      expect(all.alerts[0]).toMatchObject({ segment: 'enterprise', value: 90_000, kind: 'customer-at-risk' })
      expect(all.alerts[1]).toMatchObject({ segment: null, value: null, kind: 'sentiment-change' })
      // Snoozed until later is left out; with includeAcknowledged it is listed.
      expect((await page({ includeAcknowledged: true })).total).toBe(6)
    })

    it('sorts by newest, oldest and customer value (unknown value last)', async () => {
      expect(names((await page({}, 'newest')).alerts)).toEqual(['dune', 'birch', 'change', 'cedar', 'acme'])
      expect(names((await page({}, 'oldest')).alerts)).toEqual(['acme', 'cedar', 'change', 'birch', 'dune'])
      expect(names((await page({}, 'value')).alerts)).toEqual(['acme', 'birch', 'cedar', 'change', 'dune'])
    })

    it('pages without skipping or repeating, the total the same on every page', async () => {
      const seen: string[] = []
      for (let offset = 0; offset < 6; offset += 2) {
        const p = await page({}, 'severity', offset, 2)
        expect(p.total).toBe(5)
        seen.push(...p.alerts.map((a) => a.id))
      }
      expect(seen).toHaveLength(5)
      expect(new Set(seen).size).toBe(5)
    })

    it('filters by kind, reason, segment, least value and age', async () => {
      expect(names((await page({ kind: 'sentiment-change' })).alerts)).toEqual(['change'])
      const threats = await page({ reason: 'churn-threat' })
      expect(names(threats.alerts)).toEqual(['acme', 'cedar'])
      expect(threats.total).toBe(2)
      expect((await page({ reason: 'churn' })).total).toBe(0)
      // LIKE's wildcards in a reason are taken literally.
      expect((await page({ reason: 'churn_threat' })).total).toBe(0)
      expect((await page({ reason: '%' })).total).toBe(0)
      expect(names((await page({ segment: 'enterprise' })).alerts)).toEqual(['acme', 'birch'])
      expect(names((await page({ minValue: 40_000 })).alerts)).toEqual(['acme', 'birch'])
      expect(names((await page({ createdFrom: T - 4 * HOUR })).alerts)).toEqual(['change', 'birch', 'dune'])
      expect(names((await page({ createdBefore: T - 24 * HOUR })).alerts)).toEqual(['acme'])
      expect(names((await page({ reason: 'churn-threat', segment: 'smb' })).alerts)).toEqual(['cedar'])
    })

    it('counts the open alerts per kind, segment and reason, for the filter controls', async () => {
      const f = await alertFacets(open.db, ws, { now: T })
      expect(f.kinds).toEqual([
        { value: 'customer-at-risk', count: 4 },
        { value: 'sentiment-change', count: 1 },
      ])
      expect(f.segments).toEqual([
        { value: 'enterprise', count: 2 },
        { value: 'smb', count: 1 },
      ])
      expect(f.reasons).toEqual([
        { value: 'churn-threat', count: 2 },
        { value: 'low-health', count: 2 },
        { value: 'repeat-contacts', count: 1 },
      ])
    })

    it('has a migration for the open-alert index that goes down and up again', async () => {
      // Down first: the index is there already once migrate.ts lists the migration.
      await alertListIndex.down(open.db as never)
      await alertListIndex.up(open.db as never)
      await expect(alertListIndex.up(open.db as never)).rejects.toThrow()
      expect((await page({})).total).toBe(5)
    })

    it("acknowledges in bulk only this workspace's open alerts and says how many", async () => {
      const fresh = await ensureWorkspace(open.db, 'alert-bulk', T)
      const mine = await Promise.all([0, 1, 2].map((i) => insertAlert(open.db, fresh.id, customerAlert(`c${i}`, 0.5, ['low-health'], T))))
      const theirs = await insertAlert(open.db, other, customerAlert('x', 0.5, ['low-health'], T))
      const [a, b, c] = mine.map((m) => m.id)
      expect(await acknowledgeAlerts(open.db, fresh.id, [a as string, b as string, b as string, theirs.id, 'no-such-alert'], T + 1)).toBe(2)
      // Already acknowledged ones are not counted twice.
      expect(await acknowledgeAlerts(open.db, fresh.id, [a as string, c as string], T + 2)).toBe(1)
      expect((await listAlertPage(open.db, fresh.id, { now: T + 3 }, { sort: 'newest', offset: 0, limit: 10 })).total).toBe(0)
      expect((await listAlertPage(open.db, other, { now: T + 3 }, { sort: 'newest', offset: 0, limit: 10 })).alerts.map((x) => x.id)).toContain(theirs.id)
      const first = (await listAlertPage(open.db, fresh.id, { now: T + 3, includeAcknowledged: true }, { sort: 'newest', offset: 0, limit: 10 })).alerts.find((x) => x.id === a)
      expect(first?.acknowledgedAt).toBe(T + 1)
      await expect(acknowledgeAlerts(open.db, fresh.id, Array.from({ length: MAX_BULK_ACK + 1 }, (_, i) => `id-${i}`), T)).rejects.toThrow(RangeError)
    })
  })
}
