import { signedZendeskEvent, zendeskCommentAddedEvent } from '@undertone/connectors/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { runBackfill, startBackfill } from '../src/index.js'
import { zendeskService } from './zendesk-service.js'

const START = Math.floor(Date.now() / 60_000) * 60_000
const SECRET = 'zendesk-signing-secret-for-redaction'
// Written for this test: a test card number, a phone number reserved for fiction, an order number and a date.
const TEXT = 'Order ORD-2026-00042 of 2026-03-02: you charged 4111 1111 1111 1111 twice. Call +44 7700 900123 or mail jane.doe@example.com.'
const REDACTED = 'Order ORD-2026-00042 of 2026-03-02: you charged [card] twice. Call [phone] or mail [email].'
const RAW = ['4111 1111 1111 1111', '+44 7700 900123', 'jane.doe@example.com']

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c()
})

/** A workspace served by the app with a Zendesk connector to a fake Zendesk of two tickets. */
async function service() {
  const s = await zendeskService({ start: START, secret: SECRET, tickets: 2, cleanup })
  const texts = async () => (await s.open.db.selectFrom('messages').select('text').execute()).map((r) => r.text)
  return { ...s, texts }
}

describe('redaction of messages that arrive through a helpdesk connector', () => {
  it('stores a signed Zendesk event with its personal data replaced', async () => {
    const s = await service()
    const event = signedZendeskEvent(zendeskCommentAddedEvent({ eventId: 'ev-pii', ticketId: 40001, commentId: 5001, body: TEXT, authorId: 9000001, requesterId: 9000001, time: new Date(START - 60_000).toISOString() }), SECRET, new Date(START).toISOString())
    const res = await s.app.request(s.connector.inbound_path, { method: 'POST', headers: event.headers, body: event.rawBody })
    expect(await res.json()).toMatchObject({ outcome: 'stored', stored: 1 })
    expect(await s.texts()).toEqual([REDACTED])
  })

  it('stores a backfilled ticket comment with its personal data replaced', async () => {
    const s = await service()
    const comment = s.fake.tickets.get('40001')?.comments[0]
    if (comment === undefined) throw new Error('the fake has no ticket 40001')
    comment.body = TEXT
    await startBackfill(s.open.db, s.workspaceId, s.connector.id, 0, START)
    await runBackfill({ db: s.open.db, runtime: s.runtime, scheduler: s.scheduler, clock: s.clock }, s.workspaceId, s.connector.id, { sleep: async () => {} })
    const texts = await s.texts()
    expect(texts).toContain(REDACTED)
    expect(RAW.filter((r) => texts.some((t) => t.includes(r)))).toEqual([])
  })
})
