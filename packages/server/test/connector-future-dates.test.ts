import { randomBytes } from 'node:crypto'
import { VENDOR_ADAPTERS, createBoundedFetch } from '@undertone/connectors'
import { signedZendeskEvent, startFakeZendesk, zendeskCommentAddedEvent } from '@undertone/connectors/testing'
import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterEach, describe, expect, it } from 'vitest'
import type { ConnectorRuntime } from '../src/app/connectors/connector-runtime.js'
import { EventBus, SecretBox, createApp, queueScheduler, runBackfill, startBackfill } from '../src/index.js'

// A helpdesk's clock is trusted less than an API caller's, and a refused webhook is lost: a message
// a helpdesk dates after its event arrived is stored at the arrival, not refused.

const reader = createReader()
const START = Math.floor(Date.now() / 60_000) * 60_000
const HOUR = 3_600_000
const SECRET = 'zendesk-signing-secret-for-clock-skew'

const runtime: ConnectorRuntime = {
  adapters: VENDOR_ADAPTERS,
  secretBox: new SecretBox([{ id: 't1', key: randomBytes(32) }]),
  allowPrivateNetwork: true,
  fetchFor: (allow: boolean) => createBoundedFetch({ timeoutMs: 3_000, allowPrivateNetwork: allow }),
  publicUrl: 'http://undertone.test',
  timeoutMs: 3_000,
}

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c()
})

async function service() {
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  const clock = (): number => START
  const queue = new SqliteJobQueue(open.db, { now: clock })
  const app = createApp({ db: open.db, dialect: 'sqlite', queue, reader, clock, events: new EventBus(), connectors: runtime })
  const ws = await ensureWorkspace(open.db, 'acme', START)
  const key = (await createApiKey(open.db, ws.id, 'test', START)).key
  const fake = await startFakeZendesk({ tickets: 1 })
  cleanup.push(() => fake.close(), () => open.close())
  const created = await app.request('/v1/connectors', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ kind: 'zendesk', base_url: fake.url, options: { email: fake.email, token: fake.token, webhookSecret: SECRET }, allow_private_network: true }),
  })
  expect(created.status).toBe(201)
  const connector = ((await created.json()) as { connector: { id: string; inbound_path: string } }).connector
  const times = async () => (await open.db.selectFrom('messages').select(['text', 'created_at']).execute()).map((r) => [r.text, Number(r.created_at)])
  return { open, app, fake, connector, workspaceId: ws.id, scheduler: queueScheduler(queue), clock, times }
}

describe('helpdesk messages dated after they arrived', () => {
  it('stores a webhook event dated in the future at its arrival, and one dated before as it is', async () => {
    const s = await service()
    for (const [id, at, body] of [
      ['ev-future', START + 2 * HOUR, 'Our invoices are wrong again.'],
      ['ev-past', START - HOUR, 'The export works now, thanks.'],
    ] as const) {
      const event = signedZendeskEvent(zendeskCommentAddedEvent({ eventId: id, ticketId: 40001, commentId: id === 'ev-future' ? 5001 : 5002, body, authorId: 9000001, requesterId: 9000001, time: new Date(at).toISOString() }), SECRET, new Date(START).toISOString())
      const res = await s.app.request(s.connector.inbound_path, { method: 'POST', headers: event.headers, body: event.rawBody })
      expect(await res.json()).toMatchObject({ outcome: 'stored', stored: 1 })
    }
    expect((await s.times()).sort()).toEqual([
      ['Our invoices are wrong again.', START],
      ['The export works now, thanks.', START - HOUR],
    ])
  })

  it('stores a backfilled comment dated in the future at the backfill’s time', async () => {
    const s = await service()
    const ticket = s.fake.tickets.get('40001')
    if (ticket === undefined) throw new Error('the fake has no ticket 40001')
    ticket.comments.push({ id: 99_001, authorId: ticket.requesterId, public: true, body: 'Written by a clock a day ahead.', createdAt: new Date(START + 24 * HOUR).toISOString() })
    await startBackfill(s.open.db, s.workspaceId, s.connector.id, 0, START)
    await runBackfill({ db: s.open.db, runtime, scheduler: s.scheduler, clock: s.clock }, s.workspaceId, s.connector.id, { sleep: async () => {} })
    const times = await s.times()
    expect(times).toContainEqual(['Written by a clock a day ahead.', START])
    expect(times.every(([, at]) => (at as number) <= START)).toBe(true)
  })
})
