import { describe, expect, it } from 'vitest'
import { inMemoryWorkspace } from './in-memory-workspace.js'

async function workspace(now: number) {
  const w = await inMemoryWorkspace('queue-parts', now)
  return { open: w.open, send: w.send, get: (path: string) => w.request(path) }
}

interface Part {
  code: string
  value: number
  weight: number
  contribution: number
}

// Conversations written for this test: a German customer never answered, an English one who was
// answered and thanked, an English one waiting for a second reply.
const MESSAGES = [
  { external_id: 'de1', conversation_id: 'berlin', customer_id: 'k-berlin', role: 'customer', text: 'Der Export schlägt seit heute Morgen fehl und wir brauchen die Daten dringend.', created_at: '2026-11-04T08:00:00Z', customer: { value: 48000 } },
  { external_id: 'en1', conversation_id: 'thanked', customer_id: 'k-leeds', role: 'customer', text: 'The invoice shows the wrong address, can you fix it?', created_at: '2026-11-04T08:10:00Z' },
  { external_id: 'en2', conversation_id: 'thanked', customer_id: 'k-leeds', role: 'agent', text: 'Fixed, the new invoice is on its way.', created_at: '2026-11-04T08:20:00Z' },
  { external_id: 'en3', conversation_id: 'thanked', customer_id: 'k-leeds', role: 'customer', text: 'Thank you, that was quick!', created_at: '2026-11-04T08:25:00Z' },
  { external_id: 'en4', conversation_id: 'again', customer_id: 'k-york', role: 'customer', text: 'Our dashboard will not load for anyone on the team.', created_at: '2026-11-04T07:00:00Z' },
  { external_id: 'en5', conversation_id: 'again', customer_id: 'k-york', role: 'agent', text: 'Could you clear the cache and try again?', created_at: '2026-11-04T07:30:00Z' },
  { external_id: 'en6', conversation_id: 'again', customer_id: 'k-york', role: 'customer', text: 'We cleared it and it still does not load. This is the second day without a dashboard!', created_at: '2026-11-04T08:00:00Z' },
]

describe('GET /v1/queue explains each priority', () => {
  it('answers every part, largest first, adding up to the priority, with the reasons among them and the damping apart', async () => {
    const w = await workspace(Date.parse('2026-11-04T10:00:00Z'))
    await w.send(MESSAGES)
    const res = await w.get('/v1/queue')
    expect(res.status).toBe(200)
    const items = (await res.json()).items as { external_id: string; priority: number; parts: Part[]; reasons: { code: string; weight: number }[]; damping: { code: string; factor: number; removed: number } | null; waiting: boolean; waiting_since: number | null; answered: boolean; language: string }[]
    expect(items.map((i) => i.external_id).sort()).toEqual(['again', 'berlin', 'thanked'])
    for (const item of items) {
      expect(item.parts).toHaveLength(7)
      const contributions = item.parts.map((p) => p.contribution)
      expect(contributions).toEqual([...contributions].sort((a, b) => b - a))
      expect(contributions.reduce((s, x) => s + x, 0)).toBeCloseTo(item.priority, 6)
      // Reasons are the parts that matter, with the same weight as their contribution.
      expect(item.reasons).toEqual(item.parts.filter((p) => p.contribution >= 0.02).map((p) => expect.objectContaining({ code: p.code, weight: p.contribution })))
    }
    const byId = new Map(items.map((i) => [i.external_id, i]))
    // Never answered, waiting two hours of a four-hour SLA, a customer worth 48,000 against a scale of 10,000.
    expect(byId.get('berlin')).toMatchObject({ waiting: true, answered: false, waiting_since: Date.parse('2026-11-04T08:00:00Z'), damping: null, language: 'de' })
    expect(byId.get('berlin')?.parts.find((p) => p.code === 'wait')).toMatchObject({ weight: 0.2, value: 0.393 })
    expect(byId.get('berlin')).toMatchObject({ wait_minutes: 120, sla_minutes: 240 })
    // A failing export needed "dringend" (urgently): urgency leads, then the customer's value.
    expect(byId.get('berlin')?.parts[0]).toMatchObject({ code: 'urgency', weight: 0.25 })
    expect(byId.get('berlin')?.parts.find((p) => p.code === 'value')).toMatchObject({ weight: 0.1, value: 0.828 })
    // Thanked after the reply: not waiting, damped, and the answer says by how much.
    expect(byId.get('thanked')).toMatchObject({ waiting: false, answered: true, waiting_since: null, damping: { code: 'not-waiting', factor: 0.5 }, language: 'en' })
    expect(byId.get('thanked')?.damping?.removed).toBeGreaterThan(0)
    expect(byId.get('again')).toMatchObject({ waiting: true, answered: true, language: 'en' })
    await w.open.close()
  })

  it('filters by language, and refuses a code that is no language with a 400 problem', async () => {
    const w = await workspace(Date.parse('2026-11-04T10:00:00Z'))
    await w.send(MESSAGES)
    const german = (await (await w.get('/v1/queue?language=de')).json()).items as { external_id: string }[]
    expect(german.map((i) => i.external_id)).toEqual(['berlin'])
    const english = (await (await w.get('/v1/queue?language=en')).json()).items as { external_id: string }[]
    expect(english.map((i) => i.external_id).sort()).toEqual(['again', 'thanked'])
    expect((await (await w.get('/v1/queue?language=fr')).json()).items).toEqual([])
    for (const bad of ['xx', 'German', 'DE', 'de&language=en']) {
      const res = await w.get(`/v1/queue?language=${bad}`)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      expect(await res.json()).toMatchObject({ code: 'UT_E_VALIDATION', errors: [{ path: 'language' }] })
    }
    // A misspelt parameter is refused rather than ignored into the whole queue.
    expect(await (await w.get('/v1/queue?lang=de')).json()).toMatchObject({ status: 400, errors: [{ path: 'lang' }] })
    await w.open.close()
  })
})
