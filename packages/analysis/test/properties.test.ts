import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ConversationMessage, DEFAULT_ANALYSIS_CONFIG, type MessageReading, type PriorityInput, normalizeConversation, priorityScore, readConversation, readCustomer } from '../src/index.js'

const T0 = Date.parse('2026-01-01T00:00:00Z')
const MIN = 60_000

const arbReading: fc.Arbitrary<MessageReading> = fc.record({
  score: fc.double({ min: -1, max: 1, noNaN: true }),
  frustration: fc.double({ min: 0, max: 1, noNaN: true }),
  anger: fc.double({ min: 0, max: 1, noNaN: true }),
  cues: fc.subarray(['repeat-contact', 'human-request', 'churn-threat', 'time-pressure'] as const),
}).map((r) => ({ score: r.score, label: r.score > 0.2 ? 'positive' : r.score < -0.2 ? 'negative' : 'neutral', emotions: { frustration: r.frustration, anger: r.anger }, cues: [...r.cues] }) as MessageReading)

const arbConversation = fc.array(fc.tuple(fc.constantFrom('customer', 'agent', 'bot') as fc.Arbitrary<'customer' | 'agent' | 'bot'>, fc.integer({ min: 0, max: 600 }), arbReading), { minLength: 1, maxLength: 12 }).map((rows) => {
  let t = T0
  return rows.map(([role, gap, reading], i): ConversationMessage => {
    t += gap * MIN
    return role === 'customer' ? { id: `m${i}`, role, at: t, reading } : { id: `m${i}`, role, at: t }
  })
})

describe('analysis invariants', () => {
  it('appending a calmer, more positive customer message never raises escalation', () => {
    fc.assert(
      fc.property(arbConversation, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 120 }), (messages, lift, gap) => {
        // The last customer message as the analysis sees it: messages at the same time are ordered by id.
        const ordered = normalizeConversation({ id: 'c', messages }).messages
        const customers = ordered.filter((m) => m.role === 'customer' && m.reading !== undefined)
        const last = customers[customers.length - 1]?.reading
        if (last === undefined) return
        const lastAt = (ordered[ordered.length - 1] as { at: number }).at
        const better: MessageReading = {
          score: Math.min(1, last.score + lift * (1 - last.score)),
          label: 'neutral',
          emotions: { frustration: (last.emotions?.frustration ?? 0) * (1 - lift), anger: (last.emotions?.anger ?? 0) * (1 - lift) },
          cues: [],
        }
        const now = lastAt + 180 * MIN
        const before = readConversation({ id: 'c', messages }, now)
        const after = readConversation({ id: 'c', messages: [...messages, { id: 'new', role: 'customer', at: lastAt + gap * MIN, reading: better }] }, now)
        expect(after.escalation).toBeLessThanOrEqual(before.escalation + 1e-9)
      }),
      { numRuns: 500 },
    )
  })

  it('tone alone never escalates: without an event cue or a wait the score stays below the threshold', () => {
    fc.assert(
      fc.property(arbConversation, (messages) => {
        const calm = messages.map((m) => (m.reading === undefined ? m : { ...m, reading: { ...m.reading, cues: [] } }))
        const r = readConversation({ id: 'c', slaMinutes: 1e9, messages: calm }, T0 + 10_000 * MIN)
        expect(r.escalate).toBe(false)
        expect(r.escalation).toBeLessThanOrEqual(DEFAULT_ANALYSIS_CONFIG.escalation.weights.trajectory + 1e-9)
      }),
      { numRuns: 300 },
    )
  })

  it('more frustration or a longer wait never lowers priority', () => {
    const arbPriority = fc.record({
      urgency: fc.double({ min: 0, max: 1, noNaN: true }),
      frustration: fc.double({ min: 0, max: 1, noNaN: true }),
      repeatContacts: fc.integer({ min: 0, max: 10 }),
      waitMinutes: fc.double({ min: 0, max: 5000, noNaN: true }),
      slaMinutes: fc.integer({ min: 1, max: 1440 }),
      value: fc.double({ min: 0, max: 1e6, noNaN: true }),
      escalation: fc.double({ min: 0, max: 1, noNaN: true }),
      churnRisk: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    fc.assert(
      fc.property(arbPriority, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 5000, noNaN: true }), (p, moreFrustration, moreWait) => {
        const base: PriorityInput = { id: 'q', waitingSince: 0, ...p }
        const s = priorityScore(base).score
        expect(priorityScore({ ...base, frustration: Math.min(1, p.frustration + moreFrustration) }).score).toBeGreaterThanOrEqual(s)
        expect(priorityScore({ ...base, waitMinutes: p.waitMinutes + moreWait }).score).toBeGreaterThanOrEqual(s)
        // A customer who is not waiting never ranks above the same conversation with the customer waiting.
        expect(priorityScore({ ...base, waiting: false }).score).toBeLessThanOrEqual(priorityScore({ ...base, waiting: true }).score)
      }),
      { numRuns: 1000 },
    )
  })

  it('results do not depend on the order of rows that share a timestamp', () => {
    fc.assert(
      fc.property(arbConversation, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (messages, seed) => {
        // Squash times so many rows share one, then shuffle the rows.
        const squashed = messages.map((m) => ({ ...m, at: T0 + Math.floor(((m.at as number) - T0) / (240 * MIN)) * 240 * MIN }))
        const shuffled = [...squashed]
        let s = seed
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2 ** 31
          const j = s % (i + 1)
          ;[shuffled[i], shuffled[j]] = [shuffled[j] as ConversationMessage, shuffled[i] as ConversationMessage]
        }
        const now = T0 + 10_000 * MIN
        const a = readConversation({ id: 'c', messages: squashed }, now)
        const b = readConversation({ id: 'c', messages: shuffled }, now)
        expect({ ...b, repairs: [] }).toEqual({ ...a, repairs: [] })
        const ca = readCustomer({ customerId: 'u', conversations: [{ id: 'c', messages: squashed }] }, now)
        const cb = readCustomer({ customerId: 'u', conversations: [{ id: 'c', messages: shuffled }] }, now)
        expect(cb.churnRisk).toBe(ca.churnRisk)
        expect(cb.health).toBe(ca.health)
      }),
      { numRuns: 400 },
    )
  })
})

describe('bad input', () => {
  const r = (score: number): MessageReading => ({ score, label: score > 0 ? 'positive' : 'negative' })
  it('sorts messages that arrive out of order and says so', () => {
    const n = normalizeConversation({ id: 'c', messages: [{ id: 'b', role: 'customer', at: T0 + MIN, reading: r(-0.5) }, { id: 'a', role: 'customer', at: T0, reading: r(0.5) }] })
    expect(n.messages.map((m) => m.id)).toEqual(['a', 'b'])
    expect(n.repairs.map((x) => x.code)).toContain('reordered')
  })

  it('keeps one copy of a duplicated message id', () => {
    const m = { id: 'x', role: 'customer' as const, at: T0, reading: r(-0.9) }
    const conv = readConversation({ id: 'c', messages: [m, m, { ...m, at: T0 + MIN }] }, T0 + 2 * MIN)
    expect(conv.arc).toHaveLength(1)
    expect(conv.repairs.filter((x) => x.code === 'duplicate-dropped')).toHaveLength(2)
  })

  it('imputes missing or invalid timestamps from neighbours', () => {
    const n = normalizeConversation({
      id: 'c',
      messages: [
        { id: 'a', role: 'customer', reading: r(0.1) },
        { id: 'b', role: 'agent', at: T0 + 5 * MIN },
        { id: 'c', role: 'customer', at: Number.NaN, reading: r(-0.2) },
      ],
    })
    expect(n.messages.map((m) => [m.id, m.at])).toEqual([['a', T0 + 5 * MIN - 1], ['b', T0 + 5 * MIN], ['c', T0 + 5 * MIN + 1]])
    expect(n.repairs.map((x) => x.code)).toEqual(expect.arrayContaining(['timestamp-imputed', 'timestamp-invalid']))
  })

  it('reads a conversation with no customer message as empty, not as an error', () => {
    const conv = readConversation({ id: 'c', messages: [{ id: 'a', role: 'agent', at: T0 }] }, T0)
    expect(conv.arc).toEqual([])
    expect(conv.trend.direction).toBe('stable')
    expect(conv.escalate).toBe(false)
    expect(conv.repairs.map((x) => x.code)).toContain('no-customer-message')
    expect(readConversation({ id: 'empty', messages: [] }, T0).arc).toEqual([])
  })

  it('ignores internal notes', () => {
    const conv = readConversation({ id: 'c', messages: [{ id: 'n', role: 'customer', internal: true, at: T0, reading: r(-1) }, { id: 'a', role: 'customer', at: T0, reading: r(0.5) }] }, T0)
    expect(conv.arc.map((p) => p.messageId)).toEqual(['a'])
  })
})
