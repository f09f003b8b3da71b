import { type ConversationInput, readConversation, readCustomer, resolveAnalysisConfig, toMessageReading } from '@undertone/analysis'
import { createReader } from '@undertone/engine'
import { type IncomingMessage, conversationTimeline, conversationsOfCustomers, ensureWorkspace, ingestMessages, retryOnConflict } from '@undertone/storage'
import { type FreshDatabase, freshDatabase, testDialects } from '@undertone/storage/testing'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, readAndStore } from '../src/index.js'

const PG_URL = process.env.UNDERTONE_PG_URL
const MINUTE = 60_000
const start = Date.parse('2026-11-02T09:00:00Z')
const now = start + 3 * 86_400_000
const reader = createReader()
const config = resolveAnalysisConfig(undefined)

// Messages written for this test: plain asks, repeats, asks for a person, churn threats, thanks, deadlines.
const CUSTOMER_LINES = [
  'Hi, how do I change the billing email on our account?',
  'This is the third time I am asking about the same refund.',
  'Still broken. I already tried clearing the cache like you said.',
  'I want to speak to a manager right now.',
  'If this is not fixed today we will cancel our subscription.',
  'Thanks, that fixed it!',
  'We have a board meeting at 9am and the export is still empty, please hurry.',
  'Fine, I guess that works.',
  'Thank you. Please keep me posted.',
  'Oh great, another update that logs everyone out.',
]
const AGENT_LINES = ['Sorry about that, could you try again now?', 'I have passed this to our engineers.', 'Your refund was issued today.']

interface Plan {
  readonly messages: IncomingMessage[]
  readonly batches: number[][]
}

/** Conversations of three customers, some messages late, split into batches processed out of order. */
const plans = fc
  .array(
    fc.record({
      conversation: fc.integer({ min: 0, max: 3 }),
      role: fc.constantFrom('customer', 'customer', 'customer', 'agent', 'bot', 'note'),
      line: fc.nat(),
      late: fc.integer({ min: 0, max: 8 }),
      resolve: fc.boolean(),
    }),
    { minLength: 6, maxLength: 40 },
  )
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      cuts: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: rows.length, maxLength: rows.length }),
      order: fc.array(fc.nat(), { minLength: rows.length, maxLength: rows.length }),
    }),
  )
  .map(({ rows, cuts, order }): Plan => {
    const messages = rows.map((r, i): IncomingMessage => {
      const customer = r.role === 'customer' || r.role === 'note'
      const lines = customer && r.role !== 'note' ? CUSTOMER_LINES : AGENT_LINES
      return {
        externalId: `m${i}`,
        conversationId: `c${r.conversation}`,
        customerId: `u${r.conversation % 3}`,
        role: r.role === 'note' ? 'agent' : (r.role as IncomingMessage['role']),
        text: lines[r.line % lines.length] as string,
        // A message may carry a time earlier than the ones sent before it.
        createdAt: start + (i - r.late) * 7 * MINUTE + i,
        ...(r.role === 'note' ? { internal: true } : {}),
        ...(r.role === 'agent' ? { agentId: `a${r.line % 2}` } : {}),
        ...(r.resolve && i === rows.length - 1 ? { status: 'resolved' as const } : {}),
      }
    })
    const batches: number[][] = []
    for (let i = 0, k = 0; i < messages.length; k++) {
      const n = cuts[k] as number
      batches.push(Array.from({ length: Math.min(n, messages.length - i) }, (_, j) => i + j))
      i += n
    }
    // Jobs run roughly in order, a few overtaking the ones before them.
    const keyed = batches.map((b, i) => ({ b, key: i + ((order[i] as number) % 4) }))
    keyed.sort((x, y) => x.key - y.key)
    return { messages, batches: keyed.map((x) => x.b) }
  })

for (const dialect of testDialects(PG_URL))
  describe(`conversation state folded message by message (${dialect})`, () => {
    let open: FreshDatabase
    beforeAll(async () => {
      open = await freshDatabase(dialect, PG_URL, 'ut_state')
    })
    afterAll(() => open.drop())

    const stored = async (ws: string) => {
      const conversations = await open.db.selectFrom('conversation_readings').selectAll().where('workspace_id', '=', ws).orderBy('conversation_id').execute()
      const customers = await open.db.selectFrom('customer_readings').selectAll().where('workspace_id', '=', ws).orderBy('customer_id').execute()
      return {
        conversations: conversations.map(({ computed_at: _c, state: _s, ...rest }) => ({ ...rest, body: JSON.parse(rest.body) as unknown })),
        customers: customers.map(({ computed_at: _c, alert_state: _a, ...rest }) => {
          const { alert: _alert, ...body } = JSON.parse(rest.body) as { alert: unknown }
          return { ...rest, body }
        }),
      }
    }

    // The whole history read again from the stored messages and readings, as if there were no state.
    const input = async (ws: string, id: string, customerId: string, status: string): Promise<ConversationInput> => {
      const timeline = await conversationTimeline(open.db, ws, id)
      return {
        id,
        customerId,
        ...(status === 'resolved' ? { status: 'resolved' as const } : {}),
        messages: timeline.map((m) => ({ id: m.id, role: m.role, at: m.createdAt, internal: m.internal, ...(m.reading === undefined ? {} : { reading: toMessageReading(m.reading, reader.languages, m.text) }) })),
      }
    }

    it('gives what reading the whole history gives, whatever the batches and their order', async () => {
      let run = 0
      await fc.assert(
        fc.asyncProperty(plans, async (plan) => {
          const ws = (await ensureWorkspace(open.db, `state-${run++}`, now)).id
          const deps = { db: open.db, reader, clock: () => now, events: new EventBus(), stateTail: 3 }
          const ids: string[][] = []
          for (const b of plan.batches) ids.push((await ingestMessages(open.db, ws, b.map((i) => plan.messages[i] as IncomingMessage), now)).inserted.map((m) => m.id))
          // PostgreSQL: two jobs at a time, as two workers would run them.
          const step = dialect === 'postgres' ? 2 : 1
          for (let i = 0; i < ids.length; i += step) await Promise.all(ids.slice(i, i + step).map((batch) => retryOnConflict(() => readAndStore(deps, ws, batch))))
          const incremental = await stored(ws)

          for (const c of incremental.conversations) {
            const meta = await open.db.selectFrom('conversations').select(['customer_id', 'status']).where('id', '=', c.conversation_id).executeTakeFirstOrThrow()
            expect(c.body).toEqual(JSON.parse(JSON.stringify(readConversation(await input(ws, c.conversation_id, meta.customer_id as string, meta.status), now, config))))
          }
          for (const c of incremental.customers) {
            const list = (await conversationsOfCustomers(open.db, ws, [c.customer_id], 20)).get(c.customer_id) ?? []
            const { conversations: _c, alert: _a, ...expected } = readCustomer({ customerId: c.customer_id, conversations: await Promise.all(list.map((x) => input(ws, x.id, c.customer_id, x.status))), profile: {} }, now, config)
            expect(c.body).toEqual(JSON.parse(JSON.stringify(expected)))
          }

          // Rebuilt from the stored messages (no state): the same rows, facts included.
          await open.db.updateTable('conversation_readings').set({ state: null }).where('workspace_id', '=', ws).execute()
          await readAndStore(deps, ws, ids.flat())
          expect(await stored(ws)).toEqual(incremental)
        }),
        { numRuns: dialect === 'postgres' ? 6 : 12, seed: 20261205 },
      )
    }, 240_000)

    it("stores the states it rebuilt for a customer's other conversations, where none was stored yet", async () => {
      const ws = (await ensureWorkspace(open.db, 'fill-others', now)).id
      const deps = { db: open.db, reader, clock: () => now, events: new EventBus() }
      const message = (externalId: string, conversationId: string, text: string, minutes: number): IncomingMessage => ({ externalId, conversationId, customerId: 'u1', role: 'customer', text, createdAt: start + minutes * MINUTE })
      const first = await ingestMessages(open.db, ws, [message('a1', 'ca', CUSTOMER_LINES[1] as string, 0), message('b1', 'cb', CUSTOMER_LINES[2] as string, 5)], now)
      await readAndStore(deps, ws, first.inserted.map((m) => m.id))
      // As a database from before the states were kept: none stored.
      await open.db.updateTable('conversation_readings').set({ state: null }).where('workspace_id', '=', ws).execute()
      const next = await ingestMessages(open.db, ws, [message('a2', 'ca', CUSTOMER_LINES[4] as string, 10)], now)
      await readAndStore(deps, ws, next.inserted.map((m) => m.id))
      const states = await open.db.selectFrom('conversation_readings').select(['conversation_id', 'state']).where('workspace_id', '=', ws).execute()
      expect(states).toHaveLength(2)
      expect(states.filter((r) => r.state === null)).toEqual([])
      // The state filled in for the other conversation folds its next message as a full re-read does.
      const last = await ingestMessages(open.db, ws, [message('b2', 'cb', CUSTOMER_LINES[5] as string, 15)], now)
      await readAndStore(deps, ws, last.inserted.map((m) => m.id))
      const { conversationId: cb, customerId } = last.inserted[0] as { conversationId: string; customerId: string }
      const body = (await stored(ws)).conversations.find((c) => c.conversation_id === cb)?.body
      expect(body).toEqual(JSON.parse(JSON.stringify(readConversation(await input(ws, cb, customerId, 'open'), now, config))))
    })
  })
