import { describe, expect, it } from 'vitest'
import { type ConversationInput, type MessageReading, languageShifts, readCustomer, resolveAnalysisConfig } from '../src/index.js'

const DAY = 86_400_000
const NOW = 100 * DAY

/** A reading as the reader would give a message in `language` with this score. */
function reading(score: number, language: string): MessageReading {
  const label = score <= -0.2 ? 'negative' : score >= 0.2 ? 'positive' : 'neutral'
  return { score, label, emotions: {}, cues: [], language, languageSupported: true }
}

/** A conversation: the customer writes `scores` a minute apart, the agent answers each. */
function conversation(id: string, startDay: number, scores: readonly number[], language: string): ConversationInput {
  const start = startDay * DAY
  return {
    id,
    customerId: 'c',
    status: 'resolved',
    messages: scores.flatMap((score, i) => [
      { id: `${id}-m${i}`, role: 'customer' as const, at: start + i * 120_000, reading: reading(score, language) },
      { id: `${id}-a${i}`, role: 'agent' as const, at: start + i * 120_000 + 60_000 },
    ]),
  }
}

describe('languageShifts', () => {
  it('is a language lean against all languages together, shrunk for few conversations and capped', () => {
    const shifts = languageShifts([
      { language: 'de', n: 120, scoreSum: -12 },
      { language: 'en', n: 270, scoreSum: 54 },
      { language: 'it', n: 3, scoreSum: -3 },
      { language: 'fr', n: 7, scoreSum: -7 },
    ])
    // Overall mean 32 / 400 = 0.08; de: (−0.1 − 0.08) shrunk by 120 / 150.
    expect(shifts.de).toBeCloseTo(-0.144, 3)
    expect(shifts.en).toBeGreaterThan(0)
    // Three conversations say little: far less than their raw −1.08 lean.
    expect(Math.abs(shifts.it ?? 0)).toBeLessThan(0.11)
    expect(shifts.fr).toBeGreaterThanOrEqual(-0.25)
    // One language alone leans nowhere (and not −0).
    expect(languageShifts([{ language: 'en', n: 50, scoreSum: -13 }])).toEqual({ en: 0 })
    expect(Object.is(languageShifts([{ language: 'en', n: 3, scoreSum: -0.3 }]).en, 0)).toBe(true)
    expect(languageShifts([])).toEqual({})
  })
})

describe('a customer read against their language and their own usual', () => {
  const direct = [conversation('k1', 60, [-0.3, -0.25], 'de'), conversation('k2', 80, [-0.3, -0.3], 'de'), conversation('k3', 99, [-0.3, -0.35], 'de')]

  it("takes part of the language's usual lean out of the health, and none with languageShare 0", () => {
    const plain = readCustomer({ customerId: 'c', conversations: direct }, NOW)
    const read = readCustomer({ customerId: 'c', conversations: direct, languageShifts: { de: -0.2 } }, NOW)
    expect(read.language).toBe('de')
    expect(read.languageShift).toBe(-0.2)
    // Half of the −0.2 lean: health moves up by 0.1 / 2.
    expect(read.health).toBeCloseTo(plain.health + 0.05, 2)
    expect(read.churnRisk).toBeLessThan(plain.churnRisk)
    const off = readCustomer({ customerId: 'c', conversations: direct, languageShifts: { de: -0.2 } }, NOW, resolveAnalysisConfig({ customer: { languageShare: 0 } }))
    expect(off.health).toBeCloseTo(plain.health, 6)
    // Another language's lean does not touch this customer.
    expect(readCustomer({ customerId: 'c', conversations: direct, languageShifts: { fr: -0.2 } }, NOW).health).toBeCloseTo(plain.health, 6)
  })

  it('counts a low health that is the customer\'s usual at half, and a fall to it in full', () => {
    const fell = [conversation('k1', 60, [0.6, 0.7], 'en'), conversation('k2', 80, [0.6, 0.5], 'en'), conversation('k3', 99, [-0.3, -0.35], 'en')]
    const usual = readCustomer({ customerId: 'c', conversations: direct }, NOW)
    const fallen = readCustomer({ customerId: 'c', conversations: fell }, NOW)
    expect(usual.usualHealth).toBeLessThan(0.5)
    expect(fallen.usualHealth).toBeGreaterThan(0.5)
    const lowHealth = (r: typeof usual): number => r.reasons.find((x) => x.code === 'low-health')?.weight ?? 0
    // The same latest conversation; the direct writer's health is even a little lower overall.
    expect(usual.health).toBeLessThan(0.5)
    expect(lowHealth(usual)).toBeGreaterThan(0)
    const deficit = (0.5 - usual.health) / 0.5
    expect(lowHealth(usual)).toBeLessThan(0.35 * deficit * 0.8)
    // usualShare 1 counts the usual in full again.
    const full = readCustomer({ customerId: 'c', conversations: direct }, NOW, resolveAnalysisConfig({ customer: { usualShare: 1 } }))
    expect(lowHealth(full)).toBeCloseTo(0.35 * deficit, 2)
    // One conversation has no usual to compare with.
    expect(readCustomer({ customerId: 'c', conversations: [direct[2] as ConversationInput] }, NOW).usualHealth).toBeUndefined()
  })
})

describe('a customer who left their latest contact satisfied', () => {
  it('is not deteriorating, while the same customer left unhappy is', () => {
    const praise = conversation('p1', 70, [0.9], 'en')
    // A bug report the agent fixes, then the customer's thanks (a satisfied close).
    const fixed: ConversationInput = {
      id: 'p2',
      customerId: 'c',
      status: 'resolved',
      messages: [
        { id: 'b1', role: 'customer', at: 95 * DAY, reading: { ...reading(-0.7, 'en'), cues: ['issue-report'] } },
        { id: 'b2', role: 'agent', at: 95 * DAY + 60_000 },
        { id: 'b3', role: 'customer', at: 95 * DAY + 120_000, reading: { ...reading(0.9, 'en'), cues: ['gratitude'] } },
      ],
    }
    const unhappy: ConversationInput = { ...fixed, messages: [(fixed.messages[0] as ConversationInput['messages'][number]), (fixed.messages[1] as ConversationInput['messages'][number])] }
    const left = readCustomer({ customerId: 'c', conversations: [praise, fixed] }, NOW)
    const stuck = readCustomer({ customerId: 'c', conversations: [praise, unhappy] }, NOW)
    expect(left.trend).not.toBe('deteriorating')
    expect(left.reasons.find((r) => r.code === 'deteriorating')?.weight ?? 0).toBe(0)
    expect(stuck.trend).toBe('deteriorating')
    expect(stuck.churnRisk).toBeGreaterThan(left.churnRisk)
  })
})
