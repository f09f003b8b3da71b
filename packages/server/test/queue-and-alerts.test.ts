import { describe, expect, it } from 'vitest'
import { inMemoryWorkspace } from './in-memory-workspace.js'

async function workspace(now: number) {
  const w = await inMemoryWorkspace('queue', now)
  const get = async (path: string) => (await w.request(path)).json()
  const patch = async (path: string, body: object) => expect((await w.request(path, { method: 'PATCH', body: JSON.stringify(body) })).status).toBe(200)
  return { open: w.open, send: w.send, get, patch }
}

// Conversations written for this test.
describe('the queue and alerts read conversations as a whole', () => {
  it('ranks an open deadline first after the customer thanked for the hand-off', async () => {
    const w = await workspace(Date.parse('2026-10-03T17:20:00Z'))
    await w.send([
      { external_id: 'd1', conversation_id: 'deadline', customer_id: 'u1', role: 'customer', text: 'Our board deadline is at 9am tomorrow and the quarterly export keeps failing. Please help ASAP.', created_at: '2026-10-03T17:00:00Z' },
      { external_id: 'd2', conversation_id: 'deadline', customer_id: 'u1', role: 'agent', text: 'I have passed this to our engineers.', created_at: '2026-10-03T17:05:00Z' },
      { external_id: 'd3', conversation_id: 'deadline', customer_id: 'u1', role: 'customer', text: 'Thank you. Please keep me posted, the clock is ticking.', created_at: '2026-10-03T17:15:00Z' },
      { external_id: 'q1', conversation_id: 'question', customer_id: 'u2', role: 'customer', text: 'Could you tell me where to change the invoice address? It is wrong on our invoices.', created_at: '2026-10-03T17:08:00Z' },
    ])
    const queue = await w.get('/v1/queue')
    expect(queue.items.map((i: { external_id: string }) => i.external_id)).toEqual(['deadline', 'question'])
    expect(queue.items[0].urgency).toBeGreaterThanOrEqual(0.5)
    await w.open.close()
  })

  it("measures a wait against the workspace's own SLA", async () => {
    const w = await workspace(Date.parse('2026-10-03T18:00:00Z'))
    await w.patch('/v1/settings', { analysis: { sla: { reply_minutes: 30 } } })
    await w.send([{ external_id: 's1', conversation_id: 'slow', customer_id: 'u3', role: 'customer', text: 'The invoice page will not load for our team.', created_at: '2026-10-03T17:00:00Z' }])
    const queue = await w.get('/v1/queue')
    const wait = queue.items[0].reasons.find((r: { code: string }) => r.code === 'wait')
    expect(wait.detail).toBe('waiting 60 of 30 min')
    const conversation = await w.get(`/v1/conversations/${(await w.open.db.selectFrom('conversations').select('id').executeTakeFirstOrThrow()).id}`)
    expect(conversation.analysis.sla_minutes).toBe(30)
    await w.open.close()
  })

  it("says the churn risk the customer page shows", async () => {
    const w = await workspace(Date.parse('2026-10-04T09:30:00Z'))
    const rows = [
      ['k1', 'Hello! A small question about the PDF report layout.', '2026-10-02T10:00:00Z'],
      ['k2', 'Tried the preset, the report is still cut off.', '2026-10-03T11:00:00Z'],
      ['k3', 'Third time writing in. Fix this today or we cancel our plan.', '2026-10-04T09:00:00Z'],
    ]
    await w.send(rows.map(([id, text, at]) => ({ external_id: id, conversation_id: `c-${id}`, customer_id: 'big', role: 'customer', text, created_at: at, customer: { value: 80000 } })))
    const alerts = (await w.get('/v1/alerts')).alerts as { title: string }[]
    const page = (await w.get('/v1/customers/big')).analysis as { churn_risk: number; weighted_risk: number }
    expect(alerts.length).toBeGreaterThan(0)
    expect(page.weighted_risk).toBeGreaterThan(page.churn_risk)
    expect(alerts[alerts.length - 1]?.title).toContain(`churn risk ${Math.round(page.churn_risk * 100)}%`)
    await w.open.close()
  })
})
