import type { IncomingMessage } from '@undertone/storage'
import { describe, expect, it } from 'vitest'
import { INCIDENT_AREA, INCIDENT_DAYS, generateDemo } from '../src/commands/demo-generator.js'

const END = Date.parse('2026-11-20T12:00:00Z')
const all = (opts: Parameters<typeof generateDemo>[0]): IncomingMessage[] => [...generateDemo(opts)].flat()
// Messages by conversation, in the order they came (Map.groupBy is Node 21+).
function byConversation(msgs: readonly IncomingMessage[]): Map<string, IncomingMessage[]> {
  const out = new Map<string, IncomingMessage[]>()
  for (const m of msgs) out.set(m.conversationId, [...(out.get(m.conversationId) ?? []), m])
  return out
}

describe('generateDemo', () => {
  it('is the same for the same seed and another for another seed', () => {
    const a = all({ conversations: 200, end: END })
    expect(all({ conversations: 200, end: END })).toEqual(a)
    expect(all({ conversations: 200, end: END, seed: 7 }).map((m) => m.text)).not.toEqual(a.map((m) => m.text))
  })

  it('makes the conversations asked for, started in order, nothing after the end, within the history', () => {
    const msgs = all({ conversations: 500, end: END })
    const firsts = new Map<string, number>()
    for (const m of msgs) if (!firsts.has(m.conversationId)) firsts.set(m.conversationId, m.createdAt)
    expect(firsts.size).toBe(500)
    const starts = [...firsts.values()]
    expect(starts).toEqual([...starts].sort((x, y) => x - y))
    expect(msgs.every((m) => m.createdAt <= END && m.createdAt >= END - 42 * 86_400_000)).toBe(true)
  })

  it('has agents answer most conversations and close most with the customer thanking them', () => {
    const msgs = all({ conversations: 1000, end: END })
    const byConv = byConversation(msgs)
    const answered = [...byConv.values()].filter((ms) => ms.some((m) => m.role !== 'customer')).length
    const resolved = [...byConv.values()].filter((ms) => ms.some((m) => m.status === 'resolved')).length
    expect(answered / byConv.size).toBeGreaterThan(0.9)
    expect(resolved / byConv.size).toBeGreaterThan(0.6)
    expect(msgs.filter((m) => m.role === 'customer' && /thank/i.test(m.text)).length / byConv.size).toBeGreaterThan(0.5)
  })

  it('plants one incident: export contacts jump after the release, with one bug named the same way', () => {
    const msgs = all({ conversations: 1500, end: END })
    const release = END - INCIDENT_DAYS * 86_400_000
    const opening = (ms: IncomingMessage[]) => ms[0] as IncomingMessage
    const convs = [...byConversation(msgs).values()].map(opening)
    const share = (from: number, to: number) => {
      const inWindow = convs.filter((m) => m.createdAt >= from && m.createdAt < to)
      return inWindow.filter((m) => m.productArea === INCIDENT_AREA).length / inWindow.length
    }
    expect(share(release - 28 * 86_400_000, release)).toBeLessThan(0.16)
    expect(share(release, END)).toBeGreaterThan(0.4)
    const reports = convs.filter((m) => m.createdAt >= release && m.productArea === INCIDENT_AREA)
    expect(reports.filter((m) => /export stops at 80%/i.test(m.text)).length / reports.length).toBeGreaterThan(0.75)
    expect(convs.filter((m) => m.createdAt < release && /stops at 80%/.test(m.text))).toEqual([])
  })
})
