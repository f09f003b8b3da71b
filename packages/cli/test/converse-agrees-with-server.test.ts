import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { EventBus, createApp } from '@undertone/server'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { describe, expect, it } from 'vitest'
import { runConverse } from '../src/commands/converse.js'

const reader = createReader()
const dir = mkdtempSync(join(tmpdir(), 'undertone-agree-'))

// One customer over three conversations, written for this test: friendly, then a failed fix,
// then a deadline and a thank-you that leaves it open, with a calm third message in between.
const ROWS = [
  { conversation_id: 'g1', role: 'customer', text: 'Hi! Quick question: can I rename a shared dashboard?', created_at: '2026-10-01T09:00:00Z' },
  { conversation_id: 'g1', role: 'agent', text: 'Yes, open it and click the title.', created_at: '2026-10-01T09:05:00Z' },
  { conversation_id: 'g1', role: 'customer', text: 'Found it. Can viewers see the new name straight away?', created_at: '2026-10-01T09:07:00Z' },
  { conversation_id: 'g1', role: 'agent', text: 'They do, as soon as you save.', created_at: '2026-10-01T09:08:00Z' },
  { conversation_id: 'g1', role: 'customer', text: 'Lovely, and is there a limit on the length of the name?', created_at: '2026-10-01T09:10:00Z' },
  { conversation_id: 'g2', role: 'customer', text: 'The dashboard export to PDF cuts off the last chart.', created_at: '2026-10-02T10:00:00Z' },
  { conversation_id: 'g2', role: 'agent', text: 'Please switch the page size to A3 and export again.', created_at: '2026-10-02T10:20:00Z' },
  { conversation_id: 'g2', role: 'customer', text: 'Switched to A3 and the last chart is still cut off.', created_at: '2026-10-02T10:40:00Z' },
  { conversation_id: 'g3', role: 'customer', text: 'Our board deadline is at 9am tomorrow and the PDF export still fails. Please help ASAP.', created_at: '2026-10-03T17:00:00Z' },
  { conversation_id: 'g3', role: 'agent', text: 'I have passed this to our engineers.', created_at: '2026-10-03T17:10:00Z' },
  { conversation_id: 'g3', role: 'customer', text: 'Thank you. Please keep me posted, the clock is ticking.', created_at: '2026-10-03T17:12:00Z' },
].map((r, i) => ({ ...r, id: `a${i}`, customer_id: 'cust-1' }))
const NOW = Date.parse('2026-10-03T17:12:00Z')

/** The parts of an answer this test compares; the CLI writes the trend as a word, the API as an object. */
interface Answer {
  readonly conversation_id?: string
  readonly type?: string
  readonly arc: { score: number; label: string }[]
  readonly trend: string & { direction: string }
  readonly escalation: number
  readonly escalate: boolean
  readonly urgency: number
  readonly reasons: { code: string }[]
  readonly churnRisk: number
  readonly repeatContacts: number
  readonly statedContacts?: number
  readonly stated_contacts?: number
}

/** The customer as the API answers it (snake_case; the CLI's lines keep the analysis's camelCase). */
interface ApiCustomer {
  readonly trend: string
  readonly churn_risk: number
  readonly repeat_contacts: number
  readonly interactions: { stated_contacts?: number }[]
}

async function throughServer(rows: readonly (typeof ROWS)[number][] = ROWS, now = NOW): Promise<{ conversations: Map<string, Answer>; customer: ApiCustomer }> {
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  const clock = (): number => now
  const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: clock }), reader, clock, events: new EventBus() })
  const ws = await ensureWorkspace(open.db, 'agree', now)
  const key = (await createApiKey(open.db, ws.id, 'test', now)).key
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` }
  const messages = rows.map((r) => ({ external_id: r.id, conversation_id: r.conversation_id, customer_id: r.customer_id, role: r.role, text: r.text, created_at: r.created_at }))
  const res = await app.request('/v1/messages?wait=true', { method: 'POST', headers, body: JSON.stringify({ messages }) })
  expect(res.status).toBe(200)
  const conversations = new Map<string, Answer>()
  for (const id of new Set(rows.map((r) => r.conversation_id))) conversations.set(id, (await (await app.request(`/v1/conversations/${id}`, { headers })).json()).analysis)
  const customer = (await (await app.request(`/v1/customers/${(rows[0] as (typeof ROWS)[number]).customer_id}`, { headers })).json()).analysis
  await open.close()
  return { conversations, customer }
}

describe('undertone converse and the server', () => {
  it('give the same conversation and customer answers for the same messages', async () => {
    const input = join(dir, 'in.jsonl')
    const out = join(dir, 'out.jsonl')
    writeFileSync(input, ROWS.map((r) => JSON.stringify(r)).join('\n'))
    await runConverse(reader, { in: input, out, format: 'jsonl' })
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Answer)
    const server = await throughServer()
    for (const id of ['g1', 'g2', 'g3']) {
      const cli = lines.find((l) => l.type === 'conversation' && l.conversation_id === id) as Answer
      const api = server.conversations.get(id) as Answer
      expect(cli.arc.map((p: { score: number }) => p.score), id).toEqual(api.arc.map((p: { score: number }) => p.score))
      expect(cli.trend, id).toBe(api.trend.direction)
      expect(cli.escalation, id).toBe(api.escalation)
      expect(cli.urgency, id).toBe(api.urgency)
    }
    const cust = lines.find((l) => l.type === 'customer') as Answer
    expect(cust.trend).toBe(server.customer.trend)
    expect(cust.churnRisk).toBe(server.customer.churn_risk)
    expect(cust.repeatContacts).toBe(server.customer.repeat_contacts)

    // What the answers say: the calm third message of g1 is not a repeat; g3 stays urgent after the thank-you.
    const g1 = lines.find((l) => l.conversation_id === 'g1') as Answer
    expect(g1.arc.map((p: { label: string }) => p.label)).not.toContain('negative')
    expect(g1.reasons.map((r: { code: string }) => r.code)).not.toContain('repeated-ask')
    expect(g1.escalate).toBe(false)
    const g3 = lines.find((l) => l.conversation_id === 'g3') as Answer
    expect(g3.urgency).toBeGreaterThanOrEqual(0.5)
    expect(g3.trend).not.toBe('improving')
  })

  it("agree on a customer who counts their own contacts, weeks apart", async () => {
    // Written for this test: three contacts two weeks apart, the last one counting four.
    const rows = [
      { conversation_id: 'k1', role: 'customer', text: 'The radiator in the spare room is cold and the valve will not turn.', created_at: '2026-11-02T09:00:00Z' },
      { conversation_id: 'k1', role: 'agent', text: 'Thanks, a plumber will call you to book a visit.', created_at: '2026-11-02T10:00:00Z' },
      { conversation_id: 'k2', role: 'customer', text: 'No plumber has called about the radiator. Could you chase please?', created_at: '2026-11-16T09:00:00Z' },
      { conversation_id: 'k2', role: 'agent', text: 'Sorry, I have chased them today.', created_at: '2026-11-16T10:00:00Z' },
      { conversation_id: 'k3', role: 'customer', text: "This is the fourth time I've written to you about this radiator. Nobody has called and the room is freezing.", created_at: '2026-11-30T09:00:00Z' },
    ].map((r, i) => ({ ...r, id: `k${i}`, customer_id: 'cust-2' }))
    const now = Date.parse('2026-11-30T09:00:00Z')
    const input = join(dir, 'counted.jsonl')
    const out = join(dir, 'counted.out.jsonl')
    writeFileSync(input, rows.map((r) => JSON.stringify(r)).join('\n'))
    await runConverse(reader, { in: input, out, format: 'jsonl' })
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Answer)
    const server = await throughServer(rows, now)
    const cust = lines.find((l) => l.type === 'customer') as Answer
    // Two of the contacts were phone calls or another inbox: the customer's count is four.
    expect(cust.repeatContacts).toBe(4)
    expect(server.customer.repeat_contacts).toBe(4)
    expect(server.customer.interactions.at(-1)?.stated_contacts).toBe(4)
    expect(cust.trend).toBe(server.customer.trend)
    expect(cust.churnRisk).toBe(server.customer.churn_risk)
    const k3 = lines.find((l) => l.conversation_id === 'k3') as Answer
    expect(k3.statedContacts).toBe(4)
    expect(server.conversations.get('k3')?.stated_contacts).toBe(4)
  })

  it('agree on a customer back weeks later about the same claim, who never says so', async () => {
    // Written for this test: two contacts three weeks apart, each closed with thanks, one claim number.
    const rows = [
      { conversation_id: 'q1', role: 'customer', text: 'I have uploaded the photos for claim CLM-552190 as asked.', created_at: '2026-10-01T09:00:00Z' },
      { conversation_id: 'q1', role: 'agent', text: 'Thank you, the assessor will review them.', created_at: '2026-10-01T09:30:00Z' },
      { conversation_id: 'q1', role: 'customer', text: 'Great, thank you!', created_at: '2026-10-01T09:35:00Z' },
      { conversation_id: 'q2', role: 'customer', text: 'Could you tell me where CLM-552190 has got to? The ceiling is starting to sag.', created_at: '2026-10-22T09:00:00Z' },
    ].map((r, i) => ({ ...r, id: `q${i}`, customer_id: 'cust-3' }))
    const now = Date.parse('2026-10-22T09:00:00Z')
    const input = join(dir, 'claim.jsonl')
    const out = join(dir, 'claim.out.jsonl')
    writeFileSync(input, rows.map((r) => JSON.stringify(r)).join('\n'))
    await runConverse(reader, { in: input, out, format: 'jsonl' })
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Answer)
    const server = await throughServer(rows, now)
    const cust = lines.find((l) => l.type === 'customer') as Answer
    expect(cust.repeatContacts).toBe(2)
    expect(server.customer.repeat_contacts).toBe(2)
    expect(cust.churnRisk).toBe(server.customer.churn_risk)
  })
})
