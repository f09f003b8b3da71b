import { signedZendeskEvent, zendeskCommentAddedEvent } from '@undertone/connectors/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { runBackfill, startBackfill } from '../src/index.js'
import { zendeskService } from './zendesk-service.js'

// A helpdesk's clock is trusted less than an API caller's, and a refused webhook is lost: a message
// a helpdesk dates after its event arrived is stored at the arrival, not refused.

const START = Math.floor(Date.now() / 60_000) * 60_000
const HOUR = 3_600_000
const SECRET = 'zendesk-signing-secret-for-clock-skew'

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c()
})

async function service() {
  const s = await zendeskService({ start: START, secret: SECRET, tickets: 1, cleanup })
  const times = async () => (await s.open.db.selectFrom('messages').select(['text', 'created_at']).execute()).map((r) => [r.text, Number(r.created_at)])
  return { ...s, times }
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
    await runBackfill({ db: s.open.db, runtime: s.runtime, scheduler: s.scheduler, clock: s.clock }, s.workspaceId, s.connector.id, { sleep: async () => {} })
    const times = await s.times()
    expect(times).toContainEqual(['Written by a clock a day ahead.', START])
    expect(times.every(([, at]) => (at as number) <= START)).toBe(true)
  })
})
