import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { EventBus, createApp } from '@undertone/server'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MessageInput, type Reading, UndertoneError, createClient } from '../src/index.js'

// The client against the real app in this process: its fetch calls the app's own handler, so every
// request goes through the routes, their schemas and the database, with no socket.

const reader = createReader()
const NOW = Date.parse('2026-09-14T10:00:00Z')
const clock = () => NOW
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString()

const batch: MessageInput[] = [
  { external_id: 'zd-501', conversation_id: 'ticket-88', customer_id: 'acct-12', role: 'customer', text: 'I was charged twice this month and nobody has replied to my emails.', created_at: at(50) },
  { external_id: 'zd-502', conversation_id: 'ticket-88', customer_id: 'acct-12', role: 'agent', text: 'Sorry about that, I have refunded the second charge.', created_at: at(40) },
  { external_id: 'zd-503', conversation_id: 'ticket-88', customer_id: 'acct-12', role: 'customer', text: 'Thank you, that was quick. Much appreciated!', created_at: at(30) },
]

async function setup() {
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: clock }), reader, clock, events: new EventBus() })
  const ws = await ensureWorkspace(open.db, 'client', NOW)
  const apiKey = (await createApiKey(open.db, ws.id, 'client test', NOW)).key
  const sent: { url: string; idempotencyKey: string | null }[] = []
  // Answers with the app's own handler; `lose` drops that many answers after the app has handled the request (a lost connection).
  let lose = 0
  const inProcess: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    sent.push({ url: request.url, idempotencyKey: request.headers.get('idempotency-key') })
    const res = await app.fetch(request)
    if (lose > 0) {
      lose--
      throw new TypeError('fetch failed: socket hang up')
    }
    return res
  }
  const client = createClient({ baseUrl: 'http://undertone.test', apiKey, fetch: inProcess, retry: { delayMs: 0 } })
  return { open, client, apiKey, inProcess, sent, loseNext: (n: number) => (lose = n) }
}

describe('@undertone/client', () => {
  let s: Awaited<ReturnType<typeof setup>>
  beforeAll(async () => {
    s = await setup()
  })
  afterAll(() => s.open.close())

  it('sends a batch and answers each message in the caller ids, its reading next to it, and reads each back by those ids', async () => {
    const answer = await s.client.sendMessages(batch, { wait: true })
    expect({ accepted: answer.accepted, duplicates: answer.duplicates }).toEqual({ accepted: 3, duplicates: 0 })
    expect(answer.messages.map((m) => [m.external_id, m.conversation_external_id, m.customer_external_id, m.status])).toEqual(batch.map((m) => [m.external_id, m.conversation_id, m.customer_id, 'stored']))
    const [complaint, reply, thanks] = answer.messages
    expect(complaint?.reading?.label).toBe('negative')
    expect(reply?.reading).toBeNull()
    expect(thanks?.reading?.label).toBe('positive')
    for (const m of answer.messages) {
      const back: Reading | null = await s.client.reading('ticket-88', m.external_id)
      expect(back).toEqual(m.reading)
    }
    const conversation = await s.client.conversation('ticket-88')
    expect(conversation.id).toBe(complaint?.conversation_id)
    expect(conversation.messages.map((m) => m.external_id)).toEqual(['zd-501', 'zd-502', 'zd-503'])
    const customer = await s.client.customer('acct-12')
    expect(customer.conversations.map((c) => c.id)).toEqual([conversation.id])
    expect((await s.client.stats()).messages).toBe(3)
    expect((await s.client.queue({ limit: 5 })).map((q) => q.conversation_id)).toEqual([conversation.id])
    expect((await s.client.alerts()).alerts).toEqual(expect.any(Array))
    const scored = await s.client.score(['Still broken after the update.', 'Works great, thanks!'])
    expect(scored.map((r) => r.sentiment.label)).toEqual(['negative', 'positive'])
    expect(await s.client.score('Works great, thanks!')).toHaveLength(1)
  })

  it('sends a batch again as duplicates with their stored readings', async () => {
    const again = await s.client.sendMessages(batch.slice(0, 1), { wait: true })
    expect(again.messages[0]).toMatchObject({ external_id: 'zd-501', status: 'duplicate', reading: { label: 'negative' } })
    const queued = await s.client.sendMessages(batch.slice(0, 1))
    expect(queued.messages[0]).toMatchObject({ external_id: 'zd-501', status: 'duplicate' })
    expect(queued.messages[0]).not.toHaveProperty('reading')
  })

  it('retries a batch whose answer was lost under the same Idempotency-Key, storing it once', async () => {
    const messages: MessageInput[] = [{ external_id: 'zd-601', conversation_id: 'ticket-90', customer_id: 'acct-13', role: 'customer', text: 'The app crashes every time I open settings.', created_at: at(5) }]
    s.sent.length = 0
    s.loseNext(2)
    const answer = await s.client.sendMessages(messages, { wait: true })
    expect(s.sent).toHaveLength(3)
    expect(new Set(s.sent.map((r) => r.idempotencyKey)).size).toBe(1)
    expect(s.sent[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    expect(answer.messages[0]).toMatchObject({ external_id: 'zd-601', status: 'stored', reading: { label: 'negative' } })
    expect((await s.client.conversation('ticket-90')).messages).toHaveLength(1)
    // Each call has its own key: a second send is a new request, its message a duplicate.
    const firstKey = s.sent[0]?.idempotencyKey
    s.sent.length = 0
    expect((await s.client.sendMessages(messages)).messages[0]?.status).toBe('duplicate')
    expect(s.sent[0]?.idempotencyKey).not.toBe(firstKey)
  })

  it('answers readings when a waiting send replays an acceptance whose reading had not finished', async () => {
    const messages: MessageInput[] = [{ external_id: 'zd-701', conversation_id: 'ticket-91', customer_id: 'acct-14', role: 'customer', text: 'Honestly this is the worst support I have ever had.', created_at: at(3) }]
    const first = await s.client.sendMessages(messages, { idempotencyKey: 'batch-701' })
    const waited = await s.client.sendMessages(messages, { wait: true, idempotencyKey: 'batch-701' })
    expect(waited.messages[0]).toMatchObject({ id: first.messages[0]?.id, status: 'stored', reading: { message_id: first.messages[0]?.id, label: 'negative' } })
  })

  it('throws UndertoneError with the problem document: code, status, detail and the field at fault', async () => {
    const future = { ...batch[0], external_id: 'zd-999', created_at: new Date(NOW + 3_600_000).toISOString() } as MessageInput
    const err = await s.client.sendMessages([batch[1] as MessageInput, future]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UndertoneError)
    expect(err).toMatchObject({ status: 400, code: 'UT_E_VALIDATION', errors: [{ path: 'messages.1.created_at' }] })
    expect((err as UndertoneError).detail).toMatch(/future/)
    await expect(s.client.conversation('no-such-ticket')).rejects.toMatchObject({ status: 404, code: 'UT_E_NOT_FOUND' })
    await expect(s.client.reading('ticket-88', 'zd-404')).rejects.toMatchObject({ status: 404, code: 'UT_E_NOT_FOUND' })
    const wrongKey = createClient({ baseUrl: 'http://undertone.test', apiKey: `${s.apiKey}x`, fetch: s.inProcess })
    await expect(wrongKey.stats()).rejects.toMatchObject({ status: 401, code: 'UT_E_UNAUTHORIZED' })
  })

  it('gives up after its retries with UT_E_NETWORK when the server cannot be reached', async () => {
    let calls = 0
    const down = createClient({ baseUrl: 'http://undertone.test', apiKey: s.apiKey, retry: { attempts: 2, delayMs: 0 }, fetch: async () => {
      calls++
      throw new TypeError('fetch failed: connect ECONNREFUSED')
    } })
    const err = await down.sendMessages(batch).catch((e: unknown) => e)
    expect(err).toMatchObject({ status: 0, code: 'UT_E_NETWORK', retryable: true })
    expect(calls).toBe(3)
    // Only sends, which carry an Idempotency-Key, are retried.
    calls = 0
    await expect(down.stats()).rejects.toMatchObject({ code: 'UT_E_NETWORK' })
    expect(calls).toBe(1)
  })

  it("waits as long as a 429's Retry-After asks before sending again, and fails at once when it asks for longer than it will wait", async () => {
    // A busy server in front of the app: the first answers are 429 with Retry-After, then the app answers.
    const busy = (answers: readonly string[]): { fetch: typeof fetch; calls: () => number } => {
      let calls = 0
      return {
        calls: () => calls,
        fetch: async (input, init) => {
          const retryAfter = answers[calls++]
          if (retryAfter === undefined) return s.inProcess(input, init)
          return new Response(JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'UT_E_RATE_LIMITED', detail: 'slow down' }), {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': retryAfter },
          })
        },
      }
    }
    const waits: number[] = []
    const sleep = async (ms: number) => {
      waits.push(ms)
    }
    const twice = busy(['7', new Date(Date.now() + 30_000).toUTCString()])
    const patient = createClient({ baseUrl: 'http://undertone.test', apiKey: s.apiKey, fetch: twice.fetch, sleep, retry: { delayMs: 100 } })
    const sent = await patient.sendMessages([{ ...(batch[0] as MessageInput), external_id: 'zd-601', conversation_id: 'ticket-89' }])
    expect(sent.messages.map((m) => m.external_id)).toEqual(['zd-601'])
    expect(twice.calls()).toBe(3)
    // 7 s asked for (not the 100 ms backoff), then an HTTP date about 30 s ahead (its seconds truncated).
    expect(waits[0]).toBe(7000)
    expect(waits[1]).toBeGreaterThan(28_000)
    expect(waits[1]).toBeLessThanOrEqual(30_000)
    // Asked to wait an hour: the client does not hang, it fails with the wait asked for.
    waits.length = 0
    const hour = busy(['3600'])
    const impatient = createClient({ baseUrl: 'http://undertone.test', apiKey: s.apiKey, fetch: hour.fetch, sleep })
    const err = await impatient.sendMessages(batch).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UndertoneError)
    expect(err).toMatchObject({ status: 429, code: 'UT_E_RATE_LIMITED', retryAfterMs: 3_600_000 })
    expect(waits).toEqual([])
    expect(hour.calls()).toBe(1)
  })
})
