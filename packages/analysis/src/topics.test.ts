import { describe, expect, it } from 'vitest'
import { assignTopic, discoverTopics } from './topics.js'

// Three clear themes, written for this test, with varied wording.
const billing = ['My invoice shows a double charge', 'Refund the double charge on my invoice', 'The invoice total is wrong again', 'Why was my card charged twice for the invoice', 'Still waiting for the refund of that charge', 'Invoice amount does not match my plan', 'Charge on my card but no invoice', 'Please refund the extra charge']
const exporting = ['The CSV export is stuck at 90 percent', 'Export to CSV fails with a timeout', 'Cannot download the CSV export file', 'The export download link is broken', 'CSV export drops the last column', 'Export keeps failing for large reports', 'Download of the export never finishes', 'Scheduled CSV export did not arrive']
const login = ['Password reset email never arrives', 'Locked out after the password reset', 'Two factor code is rejected at login', 'Login loop after resetting my password', 'The login page rejects my password', 'Two factor login fails on my phone', 'Reset password link expired instantly', 'Cannot login since the two factor change']
const texts = [...billing, ...exporting, ...login].flatMap((t, i) => [t, `${t} ${i % 2 === 0 ? 'today' : 'this week'}`])

describe('discoverTopics', () => {
  const topics = discoverTopics(texts, { k: 3, minDocs: 2, minSize: 3 })

  it('finds the three themes, named by their strongest terms', () => {
    expect(topics).toHaveLength(3)
    const labels = topics.map((t) => t.terms.slice(0, 4).map((x) => x.term).join(' '))
    expect(labels.some((l) => /invoice|charge|refund/.test(l))).toBe(true)
    expect(labels.some((l) => /export|csv|download/.test(l))).toBe(true)
    expect(labels.some((l) => /password|login|two factor|factor/.test(l))).toBe(true)
    expect(new Set(topics.map((t) => t.id)).size).toBe(3)
    expect(topics.reduce((n, t) => n + t.size, 0)).toBe(texts.length)
  })

  it('is deterministic for a seed', () => {
    expect(discoverTopics(texts, { k: 3, minDocs: 2, minSize: 3 })).toEqual(topics)
  })

  it('assigns new messages to their theme, and nothing when they share too little', () => {
    const of = (t: string) => topics.find((x) => x.id === assignTopic(t, topics))?.terms.map((x) => x.term).join(' ') ?? ''
    expect(of('The export to CSV timed out again')).toMatch(/export|csv/)
    expect(of('I was charged twice, refund please')).toMatch(/charge|refund|invoice/)
    expect(of('Password reset is not working')).toMatch(/password|reset|login/)
    expect(assignTopic('Lovely weather in Lisbon', topics)).toBeUndefined()
    expect(assignTopic('anything', [])).toBeUndefined()
  })
})
